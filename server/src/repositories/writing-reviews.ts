import { and, eq } from 'drizzle-orm';
import { WritingReviewDraft, type WritingReview } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { participants, writingReviews } from '../db/schema.js';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

const EMPTY_REVIEW: WritingReviewDraft = { ratings: {}, lpsShown: [], vote: null, summary: '', practice: '', comments: [] };

/** Every review of an exercise, with its reviewer's name. */
export async function loadReviews(db: Database | Tx, exerciseId: string): Promise<WritingReview[]> {
  const rows = await db
    .select({ review: writingReviews, name: participants.name })
    .from(writingReviews)
    .innerJoin(participants, eq(participants.id, writingReviews.reviewerId))
    .where(eq(writingReviews.exerciseId, exerciseId));
  return rows.map(({ review, name }) => ({
    id: review.id,
    exerciseId: review.exerciseId,
    reviewerId: review.reviewerId,
    reviewerName: name,
    status: review.status as WritingReview['status'],
    submittedAt: review.submittedAt?.toISOString() ?? null,
    // Parsed on the way out, so a row written by an older version still reads as the contract says.
    draft: WritingReviewDraft.parse(review.draft),
  }));
}

/**
 * Saves a reviewer's whole draft (the last save wins, as with a scorecard field) unless the
 * review is already submitted; `check` runs under the row lock, on what is stored.
 */
export async function saveReview(
  db: Database,
  exerciseId: string,
  reviewerId: string,
  change: { draft: WritingReviewDraft; submitAt?: Date },
  check: (stored: WritingReviewDraft) => void,
): Promise<'saved' | 'locked'> {
  return db.transaction(async (tx) => {
    await tx.insert(writingReviews).values({ exerciseId, reviewerId, draft: EMPTY_REVIEW }).onConflictDoNothing();
    const [row] = await tx
      .select()
      .from(writingReviews)
      .where(and(eq(writingReviews.exerciseId, exerciseId), eq(writingReviews.reviewerId, reviewerId)))
      .for('update');
    if (row!.status === 'submitted') return 'locked';
    check(change.draft);
    await tx
      .update(writingReviews)
      .set({ draft: change.draft, updatedAt: new Date(), ...(change.submitAt ? { status: 'submitted', submittedAt: change.submitAt } : {}) })
      .where(eq(writingReviews.id, row!.id));
    return 'saved';
  });
}
