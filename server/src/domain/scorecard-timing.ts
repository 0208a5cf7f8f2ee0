import type { ScorecardTiming } from '@mockloop/shared';

/**
 * Whether a scorecard came in on time: it is due `dueMinutes` after its round's clock ended
 * (the rule the interview screen shows); before that nothing is due yet.
 */
export function scorecardTiming(card: { status: string | null; submittedAt: Date | null; roundEndedAt: Date | null; dueMinutes: number }, now: number): ScorecardTiming {
  const dueAt = card.roundEndedAt ? card.roundEndedAt.getTime() + card.dueMinutes * 60_000 : null;
  if (card.status === 'submitted' && card.submittedAt) return dueAt !== null && card.submittedAt.getTime() > dueAt ? 'late' : 'on-time';
  return dueAt !== null && now > dueAt ? 'missing' : 'not-due';
}

/** Minutes after a seat's start before someone who has not entered its room counts as late. */
export const JOIN_GRACE_MINUTES = 5;

/** Late, never or fine, from the first entry into the seat's room against when the seat began. */
export function joinTiming(firstEnteredAt: Date | null, startsAt: Date, now: number): 'on-time' | 'late' | 'never' | 'not-yet' {
  const limit = startsAt.getTime() + JOIN_GRACE_MINUTES * 60_000;
  if (firstEnteredAt) return firstEnteredAt.getTime() > limit ? 'late' : 'on-time';
  return now > limit ? 'never' : 'not-yet';
}
