import { OpenWhiteboard, WhiteboardUpdate } from '@mockloop/shared';
import { openWhiteboard, updateWhiteboard, type WhiteboardDeps } from '../application/whiteboard.js';
import { whiteboardRoom } from '../domain/whiteboard-access.js';
import type { MockLoopSocket } from './gateway.js';
import { onCommand, type Edge } from './handle.js';

/** The design rounds' whiteboard: parse, call one use case, reply (the edge publishes its facts). */
export function registerWhiteboardHandlers(socket: MockLoopSocket, deps: WhiteboardDeps & Edge) {
  const principal = socket.data.principal;

  onCommand(socket, 'whiteboard:open', OpenWhiteboard, deps, ({ roundId }) => openWhiteboard(deps, principal, roundId, () => socket.join(whiteboardRoom(roundId))));
  onCommand(socket, 'whiteboard:update', WhiteboardUpdate, deps, (update) => updateWhiteboard(deps, principal, update, socket.id));
}
