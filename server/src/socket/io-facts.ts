import type { FactsPort } from '../application/facts.js';
import type { MockLoopIo } from './gateway.js';

/** The facts port over Socket.IO: each fact goes to its rooms, across processes with the Redis adapter. */
export function ioFacts(io: MockLoopIo): FactsPort {
  return {
    publish(facts) {
      for (const fact of facts) {
        if (fact.kind === 'disconnect') {
          io.in(fact.rooms).disconnectSockets(true);
          continue;
        }
        const target = fact.exceptOrigin ? io.to(fact.rooms).except(fact.exceptOrigin) : io.to(fact.rooms);
        (target.emit as (event: string, payload: unknown) => boolean)(fact.event, fact.payload);
      }
    },
  };
}
