import { WritingLoopRef, WritingPatch, WritingRef } from '@mockloop/shared';
import { openWriting, patchWriting, startWriting, submitWriting, type WritingDeps } from '../application/writing.js';
import type { MockLoopSocket } from './gateway.js';
import { onCommand, type Edge } from './handle.js';

/** The candidate's writing exercise: parse, call one use case, reply (the edge publishes its facts). */
export function registerWritingHandlers(socket: MockLoopSocket, deps: WritingDeps & Edge) {
  const principal = socket.data.principal;

  onCommand(socket, 'writing:open', WritingLoopRef, deps, ({ loopId }) => openWriting(deps, principal, loopId));
  onCommand(socket, 'writing:start', WritingRef, deps, ({ exerciseId }) => startWriting(deps, principal, exerciseId));
  // This socket's patches run one after another in arrival order, so a pipelining tab never
  // has seq n+1 reach the database before seq n (as for scorecards).
  let inOrder: Promise<unknown> = Promise.resolve();
  onCommand(socket, 'writing:patch', WritingPatch, deps, (patch) => {
    const next = inOrder.catch(() => undefined).then(() => patchWriting(deps, principal, patch, socket.id));
    inOrder = next.catch(() => undefined);
    return next;
  });
  onCommand(socket, 'writing:submit', WritingRef, deps, ({ exerciseId }) => submitWriting(deps, principal, exerciseId));
}
