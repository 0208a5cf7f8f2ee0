import { RUBRIC_CRITERIA, RUBRIC_PRACTICE, RUBRIC_LABELS, ratingStep, type DebriefBoard, type DebriefWriting, type FeedbackWriting } from '@mockloop/shared';

type Outcome = FeedbackWriting['rubric'][number]['outcome'];

/**
 * The writing exercise in the candidate's feedback: per criterion one outcome across the
 * reviewers (mixed when they differ), every anchored comment on the text, the reviewers'
 * summaries, and what to practise: advice for each criterion below the bar or mixed, then the
 * reviewers' own suggestions. Names only when the Bar Raiser shows interviewer names.
 */
export function writingFeedback(writing: DebriefWriting | null | undefined, showNames: boolean): FeedbackWriting | null {
  if (!writing) return null;
  const reviews = writing.reviews;
  const name = (reviewer: string) => (showNames ? reviewer : null);
  const rubric = RUBRIC_CRITERIA.map((criterion) => {
    const steps = reviews.map((r) => r.draft.ratings[criterion]).flatMap((rating) => (rating ? [ratingStep(rating)!] : []));
    return { criterion, outcome: outcomeOf(steps) };
  });
  const weak = rubric.filter((r) => r.outcome === 'below' || r.outcome === 'mixed');
  return {
    promptTitle: writing.promptTitle,
    text: writing.text,
    words: writing.words,
    lengthLimit: writing.lengthLimit,
    lockedByDeadline: writing.status === 'locked',
    rubric,
    comments: reviews.flatMap((r) => r.draft.comments.map((c) => ({ ...c, reviewer: name(r.reviewerName) }))).sort((a, b) => a.anchor.from - b.anchor.from),
    summaries: reviews.filter((r) => r.draft.summary.trim()).map((r) => ({ reviewer: name(r.reviewerName), text: r.draft.summary.trim() })),
    practice: [
      ...weak.map((r) => `${RUBRIC_LABELS[r.criterion]}: ${RUBRIC_PRACTICE[r.criterion]}`),
      ...reviews.map((r) => r.draft.practice.trim()).filter(Boolean),
    ],
  };
}

function outcomeOf(steps: number[]): Outcome {
  if (!steps.length) return 'not-assessed';
  if (Math.max(...steps) !== Math.min(...steps)) return 'mixed';
  return (['below', 'meets', 'raises-the-bar'] as const)[steps[0]!]!;
}

/** How a story's "round" reads in feedback: the narrative is the writing exercise. */
export function roundLabel(board: DebriefBoard, participantId: string, roundPosition: number): { position: number; round: string; short: string } {
  if (roundPosition === 0) return { position: 0, round: 'Writing exercise', short: 'the writing exercise' };
  const person = board.interviewers.find((p) => p.participantId === participantId)!;
  return { position: person.roundPosition, round: `Round ${person.roundPosition}: ${person.roundTitle}`, short: `Round ${person.roundPosition}` };
}
