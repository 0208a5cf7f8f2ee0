import { and, asc, eq, sql } from 'drizzle-orm';
import {
  ScorecardDraft,
  type LpId,
  type Scorecard,
  type StoryCard,
} from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { lpRatings, rounds, scorecards, stories, votes } from '../db/schema.js';

/** Scorecards, their LP ratings and stories: the one place that reads and writes them. */

// Autosave (exactly-once patches, group commit) lives beside this file.
export { applyPatch } from './scorecard-autosave.js';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
type Executor = Tx | Database;

export type ScorecardRecord = Scorecard & { loopId: string };

/** The caller's scorecard for a round, created empty on first open. */
export async function openScorecard(db: Database, roundId: string, interviewerId: string): Promise<ScorecardRecord> {
  await db.insert(scorecards).values({ roundId, interviewerId }).onConflictDoNothing();
  const [row] = await db
    .select({ id: scorecards.id })
    .from(scorecards)
    .where(and(eq(scorecards.roundId, roundId), eq(scorecards.interviewerId, interviewerId)));
  return (await loadScorecard(db, row!.id))!;
}

/** A whole scorecard with its draft assembled from its rows; null when it does not exist. */
export async function loadScorecard(db: Executor, scorecardId: string): Promise<ScorecardRecord | null> {
  const [row] = await db
    .select({ card: scorecards, loopId: rounds.loopId, assignedLps: rounds.assignedLps })
    .from(scorecards)
    .innerJoin(rounds, eq(rounds.id, scorecards.roundId))
    .where(eq(scorecards.id, scorecardId));
  if (!row) return null;
  const [ratingRows, storyRows] = await Promise.all([
    db.select().from(lpRatings).where(eq(lpRatings.scorecardId, scorecardId)),
    db.select().from(stories).where(eq(stories.scorecardId, scorecardId)).orderBy(asc(stories.position)),
  ]);
  const { card } = row;
  const draft = ScorecardDraft.parse({
    ratings: Object.fromEntries(
      ratingRows.map((r) => [r.lpId, { rating: r.rating, evidence: r.evidence, notAssessedReason: r.notAssessedReason }]),
    ),
    strengths: card.strengths,
    concerns: card.concerns,
    summary: card.summary,
    vote: card.vote,
    stories: storyRows.map((s) => ({
      id: s.id,
      questionId: s.questionId,
      questionText: s.questionText,
      lps: s.lps,
      situation: s.situation,
      task: s.task,
      action: s.action,
      result: s.result,
      notes: s.notes,
      flags: s.flags,
      dataPoints: s.dataPoints,
      // Only a story told from the bank carries the field, as the story a client adds does.
      ...(s.bankStoryId ? { bankStoryId: s.bankStoryId } : {}),
    })),
    askedQuestionIds: card.askedQuestionIds,
  });
  return {
    id: card.id,
    roundId: card.roundId,
    interviewerId: card.interviewerId,
    status: card.status as Scorecard['status'],
    version: card.version,
    submittedAt: card.submittedAt?.toISOString() ?? null,
    assignedLps: row.assignedLps as LpId[],
    draft,
    loopId: row.loopId,
  };
}

/** Holds the scorecard's row until the transaction ends: autosaves to it wait behind. */
export async function lockScorecard(tx: Tx, scorecardId: string): Promise<void> {
  await tx.select({ id: scorecards.id }).from(scorecards).where(eq(scorecards.id, scorecardId)).for('update');
}

/**
 * Locks a complete scorecard and records its vote, inside the caller's transaction (which
 * holds the row and checked completeness on what it read under that lock).
 */
export async function markSubmitted(tx: Tx, card: ScorecardRecord, at: Date): Promise<boolean> {
  const updated = await tx
    .update(scorecards)
    .set({ status: 'submitted', submittedAt: at, version: sql`${scorecards.version} + 1`, updatedAt: at })
    .where(and(eq(scorecards.id, card.id), eq(scorecards.status, 'draft')))
    .returning({ id: scorecards.id });
  if (updated.length === 0) return false;
  await tx.insert(votes).values({ loopId: card.loopId, participantId: card.interviewerId, stage: 'scorecard', vote: card.draft.vote!, castAt: at });
  return true;
}

/** The scorecards of a loop, with status, for independence checks and the debrief. */
export async function loopScorecardIds(db: Executor, loopId: string) {
  return db
    .select({ id: scorecards.id, interviewerId: scorecards.interviewerId, roundId: scorecards.roundId, status: scorecards.status })
    .from(scorecards)
    .innerJoin(rounds, eq(rounds.id, scorecards.roundId))
    .where(eq(rounds.loopId, loopId));
}

type ScorecardSnapshot = {
  loopId: string;
  roundId: string;
  interviewerId: string;
  status: 'draft' | 'submitted';
  strengths: string;
  concerns: string;
  summary: string;
  vote: string | null;
  ratings: { lpId: string; rating: string | null; evidence: string; notAssessedReason?: string }[];
  stories: Omit<StoryCard, 'id'>[];
};

/** Writes a whole scorecard at once (sample loops, imports); live editing goes through patches. */
export async function insertScorecardSnapshot(db: Executor, card: ScorecardSnapshot): Promise<string> {
  const submittedAt = card.status === 'submitted' ? new Date() : null;
  const [row] = await db
    .insert(scorecards)
    .values({
      roundId: card.roundId,
      interviewerId: card.interviewerId,
      status: card.status,
      strengths: card.strengths,
      concerns: card.concerns,
      summary: card.summary,
      vote: card.vote,
      version: 1,
      submittedAt,
    })
    .returning({ id: scorecards.id });
  const scorecardId = row!.id;
  if (card.ratings.length) {
    await db.insert(lpRatings).values(card.ratings.map((r) => ({ scorecardId, notAssessedReason: '', ...r })));
  }
  if (card.stories.length) {
    await db.insert(stories).values(card.stories.map((s, position) => ({ scorecardId, position, ...s })));
  }
  if (card.status === 'submitted' && card.vote) {
    await db.insert(votes).values({ loopId: card.loopId, participantId: card.interviewerId, stage: 'scorecard', vote: card.vote });
  }
  return scorecardId;
}
