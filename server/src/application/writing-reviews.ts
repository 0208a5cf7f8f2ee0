import { anchorHolds, isFinal, RUBRIC_CRITERIA, RUBRIC_LABELS, type WritingReviewDraft, type WritingReviews } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import type { Principal } from '../domain/principal.js';
import { canReadOthersReviews, isReviewer } from '../domain/writing-access.js';
import { recordAudit } from '../repositories/audit.js';
import { isDebriefOpen, loadDebrief } from '../repositories/debriefs.js';
import { loadReviews, saveReview } from '../repositories/writing-reviews.js';
import { loadLoopExercise, type ExerciseRecord } from '../repositories/writing.js';
import { debriefChanged } from './debrief.js';
import { withoutFacts, type Outcome } from './facts.js';
import { loopChangedFact } from './loop-events.js';

export type WritingReviewDeps = { db: Database; now: () => number };

/** The exercise, if the caller reviews it; its text must be final before anyone reviews. */
async function reviewable(deps: WritingReviewDeps, principal: Principal, needFinal: boolean): Promise<ExerciseRecord> {
  const exercise = await loadLoopExercise(deps.db, principal.loopId);
  if (!exercise) throw new DomainError('not-found', 'This loop has no writing exercise.');
  if (!isReviewer(principal, exercise)) throw new DomainError('forbidden', 'Only the reviewers the organizer named review the writing exercise.');
  if (needFinal && !isFinal(exercise.state.status)) throw new DomainError('conflict', 'The candidate has not handed the text in yet; reviews open once it is submitted or its deadline passes.');
  return exercise;
}

/** Comments must point at the text as it was handed in; checked on the stored (locked) text. */
function checkAnchors(text: string, draft: WritingReviewDraft) {
  draft.comments.forEach((comment, index) => {
    if (!anchorHolds(text, comment.anchor)) throw new DomainError('bad-request', `comments.${index}: the quoted passage is not at that place in the text.`);
  });
}

/** Saves the reviewer's whole draft (rubric, LPs shown, vote, comments); refused once submitted. */
export async function saveWritingReview(deps: WritingReviewDeps, principal: Principal, draft: WritingReviewDraft): Promise<Outcome<WritingReviews>> {
  const exercise = await reviewable(deps, principal, true);
  const saved = await saveReview(deps.db, exercise.id, principal.participantId, { draft }, (d) => checkAnchors(exercise.text, d));
  if (saved === 'locked') throw new DomainError('locked', 'Your review is already submitted and can no longer change.');
  return readWritingReviews(deps, principal);
}

/** Saves and locks the review once every criterion is rated and a vote cast. */
export async function submitWritingReview(deps: WritingReviewDeps, principal: Principal, draft: WritingReviewDraft): Promise<Outcome<WritingReviews>> {
  const exercise = await reviewable(deps, principal, true);
  const missing = RUBRIC_CRITERIA.filter((c) => !draft.ratings[c]).map((c) => RUBRIC_LABELS[c]);
  if (missing.length) throw new DomainError('bad-request', `Rate every criterion before submitting (missing: ${missing.join(', ')}).`, { missing });
  if (!draft.vote) throw new DomainError('bad-request', 'Cast a vote before submitting.');
  // The submission (checked under the review's row lock) and its audit line commit together.
  await deps.db.transaction(async (tx) => {
    const saved = await saveReview(tx, exercise.id, principal.participantId, { draft, submitAt: new Date(deps.now()) }, (d) => checkAnchors(exercise.text, d));
    if (saved === 'locked') throw new DomainError('locked', 'Your review is already submitted.');
    await recordAudit(tx, { loopId: exercise.loopId, actorId: principal.participantId, actorRole: principal.role, action: 'writing.review-submitted', detail: { exerciseId: exercise.id, comments: draft.comments.length } });
  });
  const { result } = await readWritingReviews(deps, principal);
  const debrief = await loadDebrief(deps.db, exercise.loopId);
  // The debrief's board shows submitted reviews: those at the table re-read it.
  return { result, facts: [loopChangedFact(exercise.loopId, 'writing'), ...(debrief ? [debriefChanged(exercise.loopId, debrief)] : [])] };
}

/** The caller's own review (empty until saved) and, once it is in and the debrief is open, the others' submitted ones. */
export async function readWritingReviews(deps: WritingReviewDeps, principal: Principal): Promise<Outcome<WritingReviews>> {
  const exercise = await reviewable(deps, principal, false);
  const reviews = await loadReviews(deps.db, exercise.id);
  const own = reviews.find((r) => r.reviewerId === principal.participantId) ?? null;
  const open = canReadOthersReviews({ ownSubmitted: own?.status === 'submitted', debriefOpen: await isDebriefOpen(deps.db, exercise.loopId) });
  const others = open ? reviews.filter((r) => r.reviewerId !== principal.participantId && r.status === 'submitted') : [];
  return withoutFacts({ own, others });
}
