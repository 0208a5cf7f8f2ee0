import { and, asc, eq, sql } from 'drizzle-orm';
import {
  ScorecardDraft,
  type LpId,
  type PatchOp,
  type Scorecard,
  type ScorecardPatch,
  type StoryCard,
} from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { lpRatings, rounds, scorecardPatches, scorecards, stories, votes } from '../db/schema.js';
import { DomainError } from '../domain/errors.js';

/** Scorecards, their LP ratings and stories: the one place that reads and writes them. */

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

/**
 * Applies one autosave exactly once: the (client, seq) pair is recorded in the same
 * transaction as the edits, so a replayed patch finds it and changes nothing. The caller
 * acks only after this returns, i.e. after the commit.
 */
export async function applyPatch(db: Database, patch: ScorecardPatch, authorId: string): Promise<{ version: number; duplicate: boolean; loopId: string }> {
  return db.transaction(async (tx) => {
    const [card] = await tx
      .select({ id: scorecards.id, interviewerId: scorecards.interviewerId, status: scorecards.status, version: scorecards.version, loopId: rounds.loopId })
      .from(scorecards)
      .innerJoin(rounds, eq(rounds.id, scorecards.roundId))
      .where(eq(scorecards.id, patch.scorecardId))
      .for('update', { of: scorecards });
    if (!card || card.interviewerId !== authorId) throw new DomainError('not-found', 'No such scorecard of yours.');
    const seen = await tx
      .insert(scorecardPatches)
      .values({ scorecardId: card.id, clientId: patch.clientId, seq: patch.seq, resultingVersion: card.version + 1 })
      .onConflictDoNothing()
      .returning({ seq: scorecardPatches.seq });
    if (seen.length === 0) return { version: card.version, duplicate: true, loopId: card.loopId };
    if (card.status === 'submitted') throw new DomainError('locked', 'This scorecard was submitted and can no longer change.');
    const fields: Partial<typeof scorecards.$inferInsert> = {};
    for (const op of patch.ops) await applyOp(tx, card.id, op, fields);
    await tx
      .update(scorecards)
      .set({ ...fields, version: sql`${scorecards.version} + 1`, updatedAt: new Date() })
      .where(eq(scorecards.id, card.id));
    return { version: card.version + 1, duplicate: false, loopId: card.loopId };
  });
}

async function applyOp(tx: Tx, scorecardId: string, op: PatchOp, fields: Partial<typeof scorecards.$inferInsert>) {
  switch (op.op) {
    case 'setText':
      fields[op.field] = op.value;
      return;
    case 'setVote':
      fields.vote = op.value;
      return;
    case 'setRating':
      return upsertRating(tx, scorecardId, op.lpId, { rating: op.value });
    case 'setEvidence':
      return upsertRating(tx, scorecardId, op.lpId, { evidence: op.value });
    case 'setNotAssessedReason':
      return upsertRating(tx, scorecardId, op.lpId, { notAssessedReason: op.value });
    case 'addStory':
      return addStory(tx, scorecardId, op.story);
    case 'setStoryText':
      return updateStory(tx, scorecardId, op.storyId, { [op.field]: op.value });
    case 'setStoryLps':
      return updateStory(tx, scorecardId, op.storyId, { lps: op.value });
    case 'setStoryFlags':
      return updateStory(tx, scorecardId, op.storyId, { flags: op.value });
    case 'removeStory':
      await tx.delete(stories).where(and(eq(stories.id, op.storyId), eq(stories.scorecardId, scorecardId)));
      return;
    case 'markAsked':
      await tx
        .update(scorecards)
        .set({ askedQuestionIds: sql`case when ${scorecards.askedQuestionIds} @> ${JSON.stringify([op.questionId])}::jsonb then ${scorecards.askedQuestionIds} else ${scorecards.askedQuestionIds} || ${JSON.stringify([op.questionId])}::jsonb end` })
        .where(eq(scorecards.id, scorecardId));
      return;
  }
}

async function upsertRating(tx: Tx, scorecardId: string, lpId: string, change: Partial<typeof lpRatings.$inferInsert>) {
  await tx
    .insert(lpRatings)
    .values({ scorecardId, lpId, ...change })
    .onConflictDoUpdate({ target: [lpRatings.scorecardId, lpRatings.lpId], set: change });
}

async function addStory(tx: Tx, scorecardId: string, story: StoryCard) {
  const [{ next } = { next: 0 }] = await tx
    .select({ next: sql<number>`coalesce(max(${stories.position}), -1)::int + 1` })
    .from(stories)
    .where(eq(stories.scorecardId, scorecardId));
  await tx.insert(stories).values({ ...story, scorecardId, position: next }).onConflictDoNothing();
}

async function updateStory(tx: Tx, scorecardId: string, storyId: string, change: Partial<typeof stories.$inferInsert>) {
  await tx
    .update(stories)
    .set({ ...change, updatedAt: new Date() })
    .where(and(eq(stories.id, storyId), eq(stories.scorecardId, scorecardId)));
}

/** Locks a complete scorecard and records its vote; the caller checked completeness. */
export async function markSubmitted(db: Database, card: ScorecardRecord, at: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(scorecards)
      .set({ status: 'submitted', submittedAt: at, version: sql`${scorecards.version} + 1`, updatedAt: at })
      .where(and(eq(scorecards.id, card.id), eq(scorecards.status, 'draft')))
      .returning({ id: scorecards.id });
    if (updated.length === 0) return false;
    await tx.insert(votes).values({ loopId: card.loopId, participantId: card.interviewerId, stage: 'scorecard', vote: card.draft.vote!, castAt: at });
    return true;
  });
}

/** The scorecards of a loop, with status, for independence checks and the debrief. */
export async function loopScorecardIds(db: Executor, loopId: string) {
  return db
    .select({ id: scorecards.id, interviewerId: scorecards.interviewerId, roundId: scorecards.roundId, status: scorecards.status })
    .from(scorecards)
    .innerJoin(rounds, eq(rounds.id, scorecards.roundId))
    .where(eq(rounds.loopId, loopId));
}

export type ScorecardSnapshot = {
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
