import type { LoopProgress } from '@mockloop/shared/group/contract';
import type { Leaning, LpTrend, ScorecardTiming } from '@mockloop/shared/group/history';

export const PROGRESS_LABELS: Record<LoopProgress, string> = {
  upcoming: 'Upcoming',
  running: 'Under way',
  debrief: 'In debrief',
  decided: 'Decided',
  published: 'Feedback published',
};

export const LEANING_LABELS: Record<Leaning, string> = {
  lenient: 'Lenient',
  harsh: 'Harsh',
  'in-line': 'In line',
  'not-enough': 'Not enough data yet',
};

export const TREND_LABELS: Record<LpTrend, string> = {
  improved: 'Improved',
  declined: 'Slipped',
  'still-weak': 'Still weak',
  strong: 'Consistently strong',
  steady: 'Steady',
  once: 'Seen once',
};

export const TIMING_LABELS: Record<ScorecardTiming, string> = {
  'on-time': 'On time',
  late: 'Late',
  missing: 'Missing',
  'not-due': 'Not due yet',
};

/** "Round 3: Product sense", or the role when the seat has no round. */
export function seatLabel(seat: { role: string; roundPosition: number | null; roundTitle: string | null; isBarRaiser: boolean }): string {
  if (seat.role === 'candidate') return 'Candidate';
  if (seat.role === 'organizer') return 'Organizer';
  return `Round ${seat.roundPosition}: ${seat.roundTitle ?? ''}${seat.isBarRaiser ? ' (Bar Raiser)' : ''}`;
}
