import type { DebriefPhase, DismissConflict, Spotlight } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { buildDebriefBoard } from '../domain/debrief/board.js';
import { flagKey, sortedPair } from '../domain/debrief/story-consistency.js';
import { DomainError } from '../domain/errors.js';
import { roleRoom, type Principal } from '../domain/principal.js';
import { loadDebrief, loadDebriefInputs } from '../repositories/debriefs.js';
import { insertDismissal } from '../repositories/dismissals.js';
import { loopScorecardIds } from '../repositories/scorecards.js';
import { emitFact, type Outcome } from './facts.js';

export type DebriefFlagDeps = { db: Database; now: () => number };

const BEFORE_DECISION: DebriefPhase[] = ['read', 'revote', 'discuss', 'decide'];

/**
 * The Bar Raiser dismisses a conflict flag as "not a conflict", with a reason the panel
 * reads beside it. Only a flag on the board can be dismissed, once, before the decision; the
 * dismissal and its audit line commit together, then the panel re-reads the board.
 */
export async function dismissConflict(deps: DebriefFlagDeps, principal: Principal, input: DismissConflict): Promise<Outcome<null>> {
  const { db } = deps;
  if (principal.role !== 'interviewer' || !principal.isBarRaiser) throw new DomainError('forbidden', 'Only the Bar Raiser can dismiss a flag.');
  const own = (await loopScorecardIds(db, principal.loopId)).find((c) => c.interviewerId === principal.participantId);
  if (own?.status !== 'submitted') throw new DomainError('forbidden', 'Submit your own scorecard before reading the others.');
  const debrief = await loadDebrief(db, principal.loopId);
  if (!debrief) throw new DomainError('conflict', 'The debrief has not opened yet.');
  if (!BEFORE_DECISION.includes(debrief.phase as DebriefPhase)) throw new DomainError('invalid-transition', 'The decision is already made; flags can no longer be dismissed.');
  const board = buildDebriefBoard(await loadDebriefInputs(db, principal.loopId, debrief));
  const flag = board.conflicts.find((c) => flagKey(c.stories, c.kind) === flagKey(input.stories, input.kind));
  if (!flag) throw new DomainError('not-found', 'No such flag on the board.');
  const [storyA, storyB] = sortedPair(input.stories);
  const dismissal = { storyA, storyB, kind: input.kind, reason: input.reason, dismissedBy: principal.participantId, dismissedAt: new Date(deps.now()) };
  if (flag.dismissal || !(await insertDismissal(db, principal.loopId, dismissal))) throw new DomainError('conflict', 'This flag is already dismissed.');
  const changed = { loopId: principal.loopId, phase: debrief.phase as DebriefPhase, spotlight: debrief.spotlight as Spotlight | null };
  return { result: null, facts: [emitFact([roleRoom(principal.loopId, 'interviewer')], 'debrief:changed', changed)] };
}
