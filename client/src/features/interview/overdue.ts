import type { ClockState } from '@mockloop/shared';

type ScorecardDeadline =
  | { kind: 'none' }
  | { kind: 'due'; dueAt: number }
  | { kind: 'overdue'; dueAt: number };

/**
 * Where an unsubmitted scorecard stands against the loop's allowance: nothing before the round
 * ends, then due by `endedAt + dueMinutes`, then overdue (the server's rule, from the same clock).
 */
export function scorecardDeadline(clock: ClockState | undefined, dueMinutes: number, submitted: boolean, now: number): ScorecardDeadline {
  if (submitted || !clock || clock.status !== 'ended' || clock.endedAt === null) return { kind: 'none' };
  const dueAt = clock.endedAt + dueMinutes * 60_000;
  return now > dueAt ? { kind: 'overdue', dueAt } : { kind: 'due', dueAt };
}
