import type { DebriefBoard, DebriefPhase, RecordDecision, Spotlight, Vote } from '@mockloop/shared';
import type { Database, Executor } from '../db/database.js';
import { buildDebriefBoard } from '../domain/debrief/board.js';
import { checkDecision, checkPhaseMove, PHASE_ORDER } from '../domain/debrief/phases.js';
import { writingReviewsFor } from '../domain/debrief/writing-board.js';
import { DomainError } from '../domain/errors.js';
import { roleRoom, type Principal } from '../domain/principal.js';
import { recordAudit } from '../repositories/audit.js';
import { insertDebrief, loadDebrief, loadDebriefInputs, lockDebrief, recordRead, recordRevote, updateDebrief } from '../repositories/debriefs.js';
import { loadLoop } from '../repositories/loops.js';
import { loopScorecardIds } from '../repositories/scorecards.js';
import { emitFact, withoutFacts, type Fact, type Outcome } from './facts.js';
import { loopChangedFact } from './loop-events.js';

/**
 * The Bar Raiser's debrief: who may open, read, re-vote, steer and decide. Only interviewers
 * who submitted their own scorecard sit at the table; the candidate and the organizer see
 * nothing until the feedback is published (`debrief-feedback.ts`), and then exactly that.
 */

export type DebriefDeps = { db: Database; now: () => number };

type DebriefRecord = NonNullable<Awaited<ReturnType<typeof loadDebrief>>>;

export function requireBarRaiser(principal: Principal): void {
  if (principal.role !== 'interviewer' || !principal.isBarRaiser) throw new DomainError('forbidden', 'Only the Bar Raiser can do this.');
}

/** The caller's seat at the table: the debrief (held until the transaction ends when `lock`). */
export async function requireSeat(db: Executor, principal: Principal, lock = false): Promise<DebriefRecord> {
  if (principal.role !== 'interviewer') throw new DomainError('forbidden', 'Only interviewers take part in the debrief.');
  const mine = (await loopScorecardIds(db, principal.loopId)).find((c) => c.interviewerId === principal.participantId);
  if (mine?.status !== 'submitted') throw new DomainError('forbidden', 'Submit your own scorecard before reading the others.');
  const debrief = lock ? await lockDebrief(db, principal.loopId) : await loadDebrief(db, principal.loopId);
  if (!debrief) throw new DomainError('conflict', 'The debrief has not opened yet.');
  return debrief;
}

/** The whole board, every writing review included (what the feedback is built from). */
export async function fullBoard(db: Database, principal: Principal): Promise<DebriefBoard> {
  return buildDebriefBoard(await loadDebriefInputs(db, principal.loopId, await requireSeat(db, principal)));
}

/** Read, re-vote, discuss or decide: the table may still change its mind. */
export function isBeforeDecision(phase: string): boolean {
  return (PHASE_ORDER as readonly string[]).includes(phase);
}

/** What the table hears after every step: the phase and the spotlight; each then re-reads the board. */
export function debriefChanged(loopId: string, debrief: Pick<DebriefRecord, 'phase' | 'spotlight'>): Fact {
  return emitFact([roleRoom(loopId, 'interviewer')], 'debrief:changed', { loopId, phase: debrief.phase as DebriefPhase, spotlight: debrief.spotlight as Spotlight | null });
}

/** The board as the caller may read it: a writing reviewer sees the other reviews once their own is in. */
export async function readDebriefBoard(deps: Pick<DebriefDeps, 'db'>, principal: Principal): Promise<Outcome<DebriefBoard>> {
  return withoutFacts(writingReviewsFor(await fullBoard(deps.db, principal), principal.participantId));
}

/**
 * One step at the table. Its rule is checked on the debrief as read under the row lock, and
 * the change and its audit line are written in the same transaction (or nothing is); then
 * the table hears the state that was committed.
 */
async function step(deps: DebriefDeps, principal: Principal, write: (tx: Executor, debrief: DebriefRecord) => Promise<void>): Promise<Fact> {
  const after = await deps.db.transaction(async (tx) => {
    await write(tx, await requireSeat(tx, principal, true));
    return (await loadDebrief(tx, principal.loopId))!;
  });
  return debriefChanged(principal.loopId, after);
}

/** The Bar Raiser opens the debrief; while scorecards are missing, only with a reason (kept). */
export async function openDebrief(deps: DebriefDeps, principal: Principal, reason: string | undefined): Promise<Outcome<DebriefBoard>> {
  requireBarRaiser(principal);
  await deps.db.transaction(async (tx) => {
    const cards = await loopScorecardIds(tx, principal.loopId);
    if (cards.find((c) => c.interviewerId === principal.participantId)?.status !== 'submitted') throw new DomainError('forbidden', 'Submit your own scorecard before opening the debrief.');
    const interviewers = (await loadLoop(tx, principal.loopId))!.participants.filter((p) => p.role === 'interviewer');
    const missing = interviewers.filter((p) => !cards.some((c) => c.interviewerId === p.id && c.status === 'submitted'));
    if (missing.length && !reason) {
      throw new DomainError('conflict', `Not every scorecard is in (${missing.map((p) => p.name).join(', ')}). Give a reason to open the debrief early.`);
    }
    if (!(await insertDebrief(tx, principal.loopId, missing.length ? reason! : null, new Date(deps.now())))) throw new DomainError('conflict', 'The debrief is already open.');
    await recordAudit(tx, { loopId: principal.loopId, actorId: principal.participantId, actorRole: 'interviewer', action: 'debrief.opened', detail: { early: missing.length > 0, missing: missing.length } });
  });
  const { result } = await readDebriefBoard(deps, principal);
  return { result, facts: [debriefChanged(principal.loopId, { phase: 'read', spotlight: null }), loopChangedFact(principal.loopId, 'debrief')] };
}

/** A member of the table marks another's submitted scorecard as read. */
export async function markDebriefRead(deps: DebriefDeps, principal: Principal, scorecardId: string): Promise<Outcome<null>> {
  const fact = await step(deps, principal, async (tx) => {
    const submitted = (await loopScorecardIds(tx, principal.loopId)).some((c) => c.id === scorecardId && c.status === 'submitted');
    if (!submitted) throw new DomainError('not-found', 'No such scorecard.');
    await recordRead(tx, principal.loopId, principal.participantId, scorecardId);
  });
  return { result: null, facts: [fact] };
}

/** The Bar Raiser moves the debrief one phase on (read, re-vote, discuss, decide). */
export async function moveDebriefPhase(deps: DebriefDeps, principal: Principal, phase: DebriefPhase): Promise<Outcome<null>> {
  requireBarRaiser(principal);
  const fact = await step(deps, principal, async (tx, debrief) => {
    checkPhaseMove(debrief.phase as DebriefPhase, phase);
    await updateDebrief(tx, principal.loopId, { phase }, [debrief.phase as DebriefPhase]);
  });
  return { result: null, facts: [fact] };
}

/** A member keeps or changes their vote, in the re-vote phase only (a new row: the first vote stays). */
export async function castRevote(deps: DebriefDeps, principal: Principal, vote: Vote): Promise<Outcome<null>> {
  const fact = await step(deps, principal, async (tx, debrief) => {
    if (debrief.phase !== 'revote') throw new DomainError('invalid-transition', 'Votes can be changed only in the re-vote phase.');
    await recordRevote(tx, principal.loopId, principal.participantId, vote, new Date(deps.now()));
  });
  return { result: null, facts: [fact] };
}

/** The Bar Raiser puts an LP or a story on every screen (or clears it), before the decision. */
export async function setSpotlight(deps: DebriefDeps, principal: Principal, spotlight: Spotlight | null): Promise<Outcome<null>> {
  requireBarRaiser(principal);
  const fact = await step(deps, principal, async (tx, debrief) => {
    if (!isBeforeDecision(debrief.phase)) throw new DomainError('invalid-transition', 'The decision is already made.');
    await updateDebrief(tx, principal.loopId, { spotlight }, [...PHASE_ORDER]);
  });
  return { result: null, facts: [fact] };
}

/** The Bar Raiser records Hire or No Hire with a rationale, in the decide phase, once. */
export async function recordDecision(deps: DebriefDeps, principal: Principal, input: RecordDecision): Promise<Outcome<DebriefBoard>> {
  requireBarRaiser(principal);
  const at = new Date(deps.now());
  const fact = await step(deps, principal, async (tx, debrief) => {
    checkDecision(debrief.phase as DebriefPhase);
    await updateDebrief(tx, principal.loopId, { decision: input.decision, rationale: input.rationale, decidedAt: at, phase: 'decided', spotlight: null }, ['decide']);
    await recordAudit(tx, { loopId: principal.loopId, actorId: principal.participantId, actorRole: 'interviewer', action: 'debrief.decided', detail: { decision: input.decision } });
  });
  return { result: (await readDebriefBoard(deps, principal)).result, facts: [fact] };
}
