import {
  CONFLICT_KIND_LABELS,
  LP_RATING_LABELS,
  lpById,
  questionsForLp,
  ratingStep,
  type CandidateFeedback,
  type DebriefBoard,
  type FeedbackLp,
  type LpOutcome,
  type PublishFeedback,
} from '@mockloop/shared';
import { roundLabel, writingFeedback } from './writing-feedback.js';

/**
 * The feedback the candidate receives: per LP an outcome, a summary and the evidence; the
 * Bar Raiser's strengths and growth areas; each story conflict explained; and questions
 * to practise for the weakest LPs. Built once, at publishing, and stored as published.
 */
export function buildCandidateFeedback(
  board: DebriefBoard,
  input: PublishFeedback,
  meta: { candidateName: string; publishedAt: Date },
): CandidateFeedback {
  if (!board.decision) throw new Error('a decision must be recorded before publishing');
  const lps = board.matrix.map((row) => feedbackForLp(board, row.lpId, input));
  return {
    loopId: board.loopId,
    candidateName: meta.candidateName,
    publishedAt: meta.publishedAt.toISOString(),
    decision: board.decision,
    showInterviewerNames: input.showInterviewerNames,
    lps,
    strengths: input.strengths,
    growthAreas: input.growthAreas,
    // A flag the Bar Raiser dismissed as not a conflict is not held against the candidate.
    consistency: board.conflicts.filter((conflict) => !conflict.dismissal).map((conflict) => explainConflict(board, conflict)),
    practice: weakest(lps).map((lp) => ({
      lpId: lp.lpId,
      name: lp.name,
      questions: questionsForLp(lp.lpId)
        .filter((q) => q.kind === 'behavioral')
        .slice(0, 3)
        .map((q) => ({ text: q.text, probes: q.probes.slice(0, 3) })),
    })),
    writing: writingFeedback(board.writing, input.showInterviewerNames),
  };
}

function feedbackForLp(board: DebriefBoard, lpId: FeedbackLp['lpId'], input: PublishFeedback): FeedbackLp {
  const row = board.matrix.find((r) => r.lpId === lpId)!;
  const rated = row.cells.filter((c) => c.rating && c.rating !== 'not-assessed');
  const steps = rated.map((c) => ratingStep(c.rating!)!);
  const outcome = outcomeOf(steps);
  const evidence = rated.map((cell) => {
    const person = board.interviewers.find((p) => p.participantId === cell.participantId)!;
    return {
      round: `Round ${person.roundPosition}: ${person.roundTitle}`,
      interviewer: input.showInterviewerNames ? person.name : null,
      rating: cell.rating!,
      text: cell.evidence,
    };
  });
  const counted = (label: string) => evidence.filter((e) => LP_RATING_LABELS[e.rating] === label).length;
  const auto = evidence.length
    ? ['Raises the Bar', 'Meets', 'Below']
        .filter((label) => counted(label) > 0)
        .map((label) => `${label} in ${counted(label)} round${counted(label) > 1 ? 's' : ''}`)
        .join(', ') + '.'
    : 'Not assessed in this loop.';
  return {
    lpId,
    name: lpById(lpId).name,
    outcome,
    score: steps.length ? steps.reduce((a, b) => a + b, 0) / steps.length : null,
    summary: input.lpSummaries[lpId]?.trim() || auto,
    evidence,
  };
}

function outcomeOf(steps: number[]): LpOutcome {
  if (!steps.length) return 'not-assessed';
  if (Math.max(...steps) !== Math.min(...steps)) return 'mixed';
  return (['below', 'meets', 'raises-the-bar'] as const)[steps[0]!]!;
}

/** The LPs to practise: the lowest-scoring ones below Meets or mixed, at most three. */
function weakest(lps: FeedbackLp[]): FeedbackLp[] {
  return lps
    .filter((lp) => lp.score !== null && (lp.outcome === 'below' || lp.outcome === 'mixed'))
    .sort((a, b) => a.score! - b.score!)
    .slice(0, 3);
}

function explainConflict(board: DebriefBoard, conflict: DebriefBoard['conflicts'][number]): CandidateFeedback['consistency'][number] {
  const told = conflict.stories
    .map((storyId, index) => {
      const story = board.stories.find((s) => s.id === storyId)!;
      return { ...roundLabel(board, story.participantId, story.roundPosition), phrase: conflict.phrases[index]! };
    })
    .sort((x, y) => x.position - y.position);
  const retellings = told.map(({ round, phrase }) => ({ round, phrase }));
  const [a, b] = told;
  return {
    kind: conflict.kind,
    explanation:
      `${CONFLICT_KIND_LABELS[conflict.kind]}: you told the same story in ${a!.short} and ${b!.short}, ` +
      `but said “${a!.phrase}” in one and “${b!.phrase}” in the other. Interviewers compare notes in the debrief: ` +
      'keep the facts of a story the same each time you tell it.',
    retellings,
  };
}
