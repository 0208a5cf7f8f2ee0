import type { Fact, FactsPort } from '../application/facts.js';
import type { MockLoopIo } from './gateway.js';

/** The facts port over Socket.IO: each fact becomes one emit to its rooms (or a disconnect). */
export function socketFacts(io: MockLoopIo): FactsPort {
  return {
    publish(facts: readonly Fact[]) {
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
