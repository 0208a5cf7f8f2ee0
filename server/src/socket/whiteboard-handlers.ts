import { OpenWhiteboard, WhiteboardUpdate } from '@mockloop/shared';
import { openWhiteboard, updateWhiteboard, type WhiteboardDeps } from '../application/whiteboard.js';
import type { FactsPort } from '../application/facts.js';
import { whiteboardRoom } from '../domain/whiteboard-access.js';
import type { MockLoopSocket } from './gateway.js';
import { onCommand } from './handle.js';

type WhiteboardHandlerDeps = WhiteboardDeps & { facts: FactsPort; log: { error(obj: unknown, msg: string): void } };

/** The design rounds' whiteboard: parse, call one use case, publish its facts, reply. */
export function registerWhiteboardHandlers(socket: MockLoopSocket, deps: WhiteboardHandlerDeps) {
  const principal = socket.data.principal;

  onCommand(socket, 'whiteboard:open', OpenWhiteboard, deps.log, async ({ roundId }) => {
    const { result } = await openWhiteboard(deps, principal, roundId, () => socket.join(whiteboardRoom(roundId)));
    return result;
  });

  onCommand(socket, 'whiteboard:update', WhiteboardUpdate, deps.log, async (update) => {
    const { result, facts } = await updateWhiteboard(deps, principal, update, socket.id);
    deps.facts.publish(facts);
    return result;
  });
}
