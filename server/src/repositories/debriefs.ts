import { bankOfLoop, loadBank } from './banks.js';
import { and, asc, eq } from 'drizzle-orm';
import type { CandidateFeedback, DebriefPhase, Decision, LpId, Spotlight, Vote } from '@mockloop/shared';
import type { Database, Executor } from '../db/database.js';
import { debriefReads, debriefs, loops, participants, rounds, votes } from '../db/schema.js';
import type { DebriefInputs } from '../domain/debrief/board.js';
import { loadDismissals } from './dismissals.js';
import { loadScorecard, loopScorecardIds } from './scorecards.js';
import type { WritingInput } from '../domain/debrief/writing-board.js';
import { loadReviews } from './writing-reviews.js';
import { loadLoopExercise } from './writing.js';

/** The debrief of a loop: its state, reads and re-votes. */

type DebriefRow = typeof debriefs.$inferSelect;

export async function isDebriefOpen(db: Database, loopId: string): Promise<boolean> {
  return (await loadDebrief(db, loopId)) !== null;
}

export async function loadDebrief(db: Executor, loopId: string): Promise<DebriefRow | null> {
  const [row] = await db.select().from(debriefs).where(eq(debriefs.loopId, loopId));
  return row ?? null;
}

/**
 * The debrief, held until the caller's transaction ends: a step checks its rule (the phase)
 * on what it read here, so a concurrent step waits instead of acting on a stale phase.
 */
export async function lockDebrief(tx: Executor, loopId: string): Promise<DebriefRow | null> {
  const [row] = await tx.select().from(debriefs).where(eq(debriefs.loopId, loopId)).for('update');
  return row ?? null;
}

/** Opens the debrief once; false when it was already open. */
export async function insertDebrief(db: Executor, loopId: string, openedEarlyReason: string | null, at: Date): Promise<boolean> {
  const inserted = await db
    .insert(debriefs)
    .values({ loopId, openedEarlyReason, openedAt: at })
    .onConflictDoNothing()
    .returning({ loopId: debriefs.loopId });
  return inserted.length > 0;
}

type DebriefChange = Partial<{
  phase: DebriefPhase;
  spotlight: Spotlight | null;
  decision: Decision;
  rationale: string;
  decidedAt: Date;
  showInterviewerNames: boolean;
  publishedFeedback: CandidateFeedback;
  publishedAt: Date;
}>;

/** Applies a change only if the debrief is still in one of the given phases. */
export async function updateDebrief(db: Executor, loopId: string, change: DebriefChange, fromPhases: DebriefPhase[]): Promise<boolean> {
  const current = await loadDebrief(db, loopId);
  if (!current || !fromPhases.includes(current.phase as DebriefPhase)) return false;
  const updated = await db
    .update(debriefs)
    .set({ ...change, version: current.version + 1 })
    .where(and(eq(debriefs.loopId, loopId), eq(debriefs.version, current.version)))
    .returning({ loopId: debriefs.loopId });
  return updated.length > 0;
}

export async function recordRead(db: Executor, loopId: string, readerId: string, scorecardId: string): Promise<void> {
  await db.insert(debriefReads).values({ loopId, readerId, scorecardId }).onConflictDoNothing();
}

/** A re-vote is a new row: the scorecard's vote is never overwritten. */
export async function recordRevote(db: Executor, loopId: string, participantId: string, vote: Vote, at: Date): Promise<void> {
  await db.insert(votes).values({ loopId, participantId, stage: 'debrief', vote, castAt: at });
}

/** Everything the debrief board is computed from. */
export async function loadDebriefInputs(db: Database, loopId: string, debrief: DebriefRow): Promise<DebriefInputs> {
  const [[loop], roundRows, people, voteRows, readRows, cardIds, dismissals, writing] = await Promise.all([
    db.select({ candidateName: loops.candidateName }).from(loops).where(eq(loops.id, loopId)),
    db.select().from(rounds).where(eq(rounds.loopId, loopId)).orderBy(asc(rounds.position)),
    db.select().from(participants).where(and(eq(participants.loopId, loopId), eq(participants.role, 'interviewer'))),
    db.select().from(votes).where(eq(votes.loopId, loopId)),
    db.select().from(debriefReads).where(eq(debriefReads.loopId, loopId)),
    loopScorecardIds(db, loopId),
    loadDismissals(db, loopId),
    loadWritingInput(db, loopId),
  ]);
  const shared = await bankOfLoop(db, loopId);
  const bank = shared?.sharedTitles ? await loadBank(db, shared.bankId) : null;
  const cards = await Promise.all(cardIds.map((c) => loadScorecard(db, c.id)));
  return {
    loopId,
    candidateName: loop!.candidateName,
    debrief: {
      phase: debrief.phase as DebriefPhase,
      openedAt: debrief.openedAt,
      openedEarlyReason: debrief.openedEarlyReason,
      spotlight: debrief.spotlight as Spotlight | null,
      decision: debrief.decision as Decision | null,
      rationale: debrief.rationale,
    },
    rounds: roundRows.map((r) => ({ id: r.id, position: r.position, title: r.title, assignedLps: r.assignedLps as LpId[] })),
    interviewers: people
      .filter((p) => p.roundId)
      .map((p) => ({ participantId: p.id, name: p.name, roundId: p.roundId!, isBarRaiser: p.isBarRaiser })),
    scorecards: cards.filter((c) => c !== null).map(({ loopId: _l, ...card }) => card),
    votes: voteRows.map((v) => ({ participantId: v.participantId, stage: v.stage as 'scorecard' | 'debrief', vote: v.vote as Vote, castAt: v.castAt })),
    reads: readRows.map((r) => ({ readerId: r.readerId, scorecardId: r.scorecardId })),
    dismissals,
    bankStories: bank?.stories ?? [],
    writing,
  };
}

/** The loop's writing exercise for the board: its chosen prompt, text and reviews. */
async function loadWritingInput(db: Database, loopId: string): Promise<WritingInput | null> {
  const exercise = await loadLoopExercise(db, loopId);
  const prompt = exercise?.prompts.find((p) => p.id === exercise.chosenPromptId) ?? exercise?.prompts[0];
  if (!exercise || !prompt) return null;
  const [candidate] = await db.select({ id: participants.id }).from(participants).where(and(eq(participants.loopId, loopId), eq(participants.role, 'candidate')));
  return {
    exerciseId: exercise.id,
    candidateId: candidate?.id ?? exercise.id,
    prompt,
    status: exercise.state.status,
    text: exercise.text,
    lengthLimit: exercise.lengthLimit,
    reviewerIds: exercise.reviewers.map((r) => r.participantId),
    reviews: await loadReviews(db, exercise.id),
  };
}
