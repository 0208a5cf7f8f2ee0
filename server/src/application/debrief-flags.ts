import type { DismissConflict } from '@mockloop/shared';
import { buildDebriefBoard } from '../domain/debrief/board.js';
import { flagKey, sortedPair } from '../domain/debrief/story-consistency.js';
import { DomainError } from '../domain/errors.js';
import type { Principal } from '../domain/principal.js';
import { loadDebriefInputs } from '../repositories/debriefs.js';
import { insertDismissal } from '../repositories/dismissals.js';
import { debriefChanged, isBeforeDecision, requireSeat, type DebriefDeps } from './debrief.js';
import type { Outcome } from './facts.js';

/**
 * The Bar Raiser dismisses a conflict flag as "not a conflict", with a reason the panel
 * reads beside it. Only a flag on the board can be dismissed, once, before the decision: the
 * phase is checked on the debrief held in the transaction that writes the dismissal, so a
 * decision made meanwhile refuses it. Then the panel re-reads the board.
 */
export async function dismissConflict(deps: DebriefDeps, principal: Principal, input: DismissConflict): Promise<Outcome<null>> {
  const { db } = deps;
  if (principal.role !== 'interviewer' || !principal.isBarRaiser) throw new DomainError('forbidden', 'Only the Bar Raiser can dismiss a flag.');
  // Flags come from submitted stories, which never change: the board read before the write holds.
  const board = buildDebriefBoard(await loadDebriefInputs(db, principal.loopId, await requireSeat(db, principal)));
  const flag = board.conflicts.find((c) => flagKey(c.stories, c.kind) === flagKey(input.stories, input.kind));
  const [storyA, storyB] = sortedPair(input.stories);
  const dismissal = { storyA, storyB, kind: input.kind, reason: input.reason, dismissedBy: principal.participantId, dismissedAt: new Date(deps.now()) };
  const debrief = await db.transaction(async (tx) => {
    const debrief = await requireSeat(tx, principal, true);
    if (!isBeforeDecision(debrief.phase)) throw new DomainError('invalid-transition', 'The decision is already made; flags can no longer be dismissed.');
    if (!flag) throw new DomainError('not-found', 'No such flag on the board.');
    if (flag.dismissal || !(await insertDismissal(tx, principal.loopId, dismissal))) throw new DomainError('conflict', 'This flag is already dismissed.');
    return debrief;
  });
  return { result: null, facts: [debriefChanged(principal.loopId, debrief)] };
}
