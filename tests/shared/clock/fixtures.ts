import { scheduledClock, type ClockPhase } from '@mockloop/shared/clock/round-clock';

/** A typical 45-minute behavioural round. */
export const PHASES: ClockPhase[] = [
  { key: 'intro', label: 'Introductions', minutes: 5 },
  { key: 'lp', label: 'Leadership Principle questions', minutes: 30 },
  { key: 'questions', label: 'Candidate questions', minutes: 10 },
];

export const MIN = 60_000;
/** An arbitrary fixed server time, so tests never read the wall clock. */
export const T0 = Date.UTC(2025, 0, 6, 15, 0, 0);

export const freshClock = () => scheduledClock(PHASES);

/** The data of an accepted command; fails the test with the refusal message otherwise. */
export function accepted<T>(result: { ok: true; data: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(`expected the command to be accepted: ${result.error.message}`);
  return result.data;
}
