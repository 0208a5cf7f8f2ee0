import { isHireVote, ratingStep, type Decision, type LpRating, type Vote } from '../scale-values.js';
import type { Leaning, LpTrend } from './history.js';

/** How far from the others, in rating steps, still counts as in line. */
export const IN_LINE_BAND = 0.35;

const VOTE_STEP: Record<Vote, number> = { 'strong-not-hire': 0, 'inclined-not-hire': 1, 'inclined-hire': 2, 'strong-hire': 3 };

export type CardRatings = { interviewerId: string; vote: Vote | null; ratings: Partial<Record<string, LpRating>> };

/**
 * One interviewer's scorecard against the loop's other submitted scorecards for the same
 * candidate. Interviewers of one loop mostly probe different LPs, so the main measure is the
 * mean of their ratings against the mean of the others' ratings; where two cards rated the
 * same LP it is listed too. The vote counts alongside, scaled to the same 0-2 range.
 * Positive means more generous than the group.
 */
export function compareCard(mine: CardRatings, others: readonly CardRatings[], decision: Decision | null) {
  const steps = (card: CardRatings) => Object.values(card.ratings).flatMap((r) => (r && ratingStep(r) !== null ? [ratingStep(r)!] : []));
  const lps: { lpId: string; mine: number; othersMean: number }[] = [];
  for (const [lpId, rating] of Object.entries(mine.ratings)) {
    const step = rating ? ratingStep(rating) : null;
    const theirs = others.map((o) => o.ratings[lpId]).flatMap((r) => (r && ratingStep(r) !== null ? [ratingStep(r)!] : []));
    if (step !== null && theirs.length > 0) lps.push({ lpId, mine: step, othersMean: round2(mean(theirs)) });
  }
  const myRatings = steps(mine);
  const theirRatings = others.flatMap(steps);
  const meanRating = myRatings.length > 0 ? round2(mean(myRatings)) : null;
  const othersMeanRating = theirRatings.length > 0 ? round2(mean(theirRatings)) : null;
  const diffs: number[] = [];
  if (meanRating !== null && othersMeanRating !== null) diffs.push(meanRating - othersMeanRating);
  const otherVotes = others.flatMap((o) => (o.vote ? [VOTE_STEP[o.vote]] : []));
  if (mine.vote && otherVotes.length > 0) diffs.push(((VOTE_STEP[mine.vote] - mean(otherVotes)) * 2) / 3);
  const difference = diffs.length > 0 ? round2(mean(diffs)) : null;
  const agreesWithDecision = mine.vote && decision ? isHireVote(mine.vote) === (decision === 'hire') : null;
  return { lps, meanRating, othersMeanRating, difference, leaning: leaningOf(difference), agreesWithDecision };
}

export function leaningOf(difference: number | null): Leaning {
  if (difference === null) return 'not-enough';
  if (difference > IN_LINE_BAND) return 'lenient';
  if (difference < -IN_LINE_BAND) return 'harsh';
  return 'in-line';
}

/** The overall leaning: the mean of the per-loop differences that exist. */
export function overallDifference(differences: readonly (number | null)[]): number | null {
  const known = differences.filter((d): d is number => d !== null);
  return known.length > 0 ? round2(mean(known)) : null;
}

/**
 * How one LP went across a member's loops as candidate (scores 0-2, null when nobody
 * assessed it): improved or declined from the first to the latest score, still weak when
 * every score is below Meets, strong when every score is at Raises.
 */
export function lpTrend(scores: readonly (number | null)[]): LpTrend {
  const known = scores.filter((s): s is number => s !== null);
  if (known.length === 0) return 'once';
  if (known.every((s) => s < 1)) return 'still-weak';
  if (known.length === 1) return 'once';
  const first = known[0]!;
  const last = known.at(-1)!;
  if (last - first >= 0.5) return 'improved';
  if (first - last >= 0.5) return 'declined';
  if (known.every((s) => s >= 1.75)) return 'strong';
  return 'steady';
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const round2 = (n: number) => Math.round(n * 100) / 100;
