import { WritingLoopRef, WritingPatch, WritingRef } from '@mockloop/shared';
import type { FactsPort, Outcome } from '../application/facts.js';
import { openWriting, patchWriting, startWriting, submitWriting, type WritingDeps } from '../application/writing.js';
import type { MockLoopSocket } from './gateway.js';
import { onCommand } from './handle.js';

type WritingHandlerDeps = WritingDeps & { facts: FactsPort; log: { error(obj: unknown, msg: string): void } };

/** The candidate's writing exercise: parse, call one use case, publish its facts, reply. */
export function registerWritingHandlers(socket: MockLoopSocket, deps: WritingHandlerDeps) {
  const principal = socket.data.principal;
  const publish = <T>({ result, facts }: Outcome<T>) => (deps.facts.publish(facts), result);

  onCommand(socket, 'writing:open', WritingLoopRef, deps.log, async ({ loopId }) => publish(await openWriting(deps, principal, loopId)));
  onCommand(socket, 'writing:start', WritingRef, deps.log, async ({ exerciseId }) => publish(await startWriting(deps, principal, exerciseId)));
  // This socket's patches run one after another in arrival order, so a pipelining tab never
  // has seq n+1 reach the database before seq n (as for scorecards).
  let inOrder: Promise<unknown> = Promise.resolve();
  onCommand(socket, 'writing:patch', WritingPatch, deps.log, (patch) => {
    const next = inOrder.catch(() => undefined).then(async () => publish(await patchWriting(deps, principal, patch, socket.id)));
    inOrder = next.catch(() => undefined);
    return next;
  });
  onCommand(socket, 'writing:submit', WritingRef, deps.log, async ({ exerciseId }) => publish(await submitWriting(deps, principal, exerciseId)));
}
