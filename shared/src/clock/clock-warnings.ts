import { elapsedMs, phaseSpans } from './clock-queries.js';
import { MS_PER_MINUTE } from './clock-rules.js';
import type { ClockState } from './clock-state.js';

/**
 * Warnings are points on the elapsed-time axis, not timers: "10, 5 and 1 minutes left" and
 * every phase change. Because elapsed time is derived from the deadline, a client that asks
 * "what crossed between my last frame and this one?" and a server that asks "what crossed
 * since I last looked?" get the same answer, however late either of them looks.
 */

export const WARNING_MINUTES_LEFT = [10, 5, 1] as const;
export type WarningMinutesLeft = (typeof WARNING_MINUTES_LEFT)[number];

interface WarningBase {
  /** Elapsed running time at which the warning falls. */
  atElapsedMs: number;
  /** Server epoch ms when it falls, if the clock is running; null otherwise. */
  dueAt: number | null;
}

export type ClockWarning =
  | (WarningBase & { kind: 'time-left'; minutesLeft: WarningMinutesLeft })
  | (WarningBase & { kind: 'phase-change'; phaseIndex: number; key: string; label: string });

/**
 * Every warning of the clock as it stands, in order. A time-left warning is skipped when the
 * round is not longer than it (a 5-minute round has no "10 minutes left"). After an
 * extension the time-left points move with the new end, so they fall again, as they should.
 */
export function clockWarnings(state: ClockState): ClockWarning[] {
  const dueAt = (atElapsedMs: number): number | null =>
    state.status === 'running' && state.deadline !== null
      ? state.deadline - state.durationMs + atElapsedMs
      : null;
  const timeLeft: ClockWarning[] = WARNING_MINUTES_LEFT.filter(
    (minutesLeft) => minutesLeft * MS_PER_MINUTE < state.durationMs,
  ).map((minutesLeft) => {
    const atElapsedMs = state.durationMs - minutesLeft * MS_PER_MINUTE;
    return { kind: 'time-left', minutesLeft, atElapsedMs, dueAt: dueAt(atElapsedMs) };
  });
  const phaseChanges: ClockWarning[] = phaseSpans(state)
    .slice(1)
    .map((span) => ({
      kind: 'phase-change',
      phaseIndex: span.index,
      key: span.key,
      label: span.label,
      atElapsedMs: span.startMs,
      dueAt: dueAt(span.startMs),
    }));
  // Phase changes first on a tie: "Wrap-up" reads better before "5 minutes left".
  return [...phaseChanges, ...timeLeft].sort((a, b) => a.atElapsedMs - b.atElapsedMs);
}

/**
 * The warnings crossed after `fromMs` and up to and including `toMs` (server epoch ms), for
 * the clock as it stands. Only a running clock moves, so other states yield nothing. Half-open
 * so that consecutive intervals (frame to frame, check to check) report each warning once.
 * When a new state arrives (resumed, extended), start the next interval at its arrival: the
 * new deadline does not describe the time before it.
 */
export function warningsBetween(state: ClockState, fromMs: number, toMs: number): ClockWarning[] {
  if (state.status !== 'running' || !(toMs > fromMs)) return [];
  const from = elapsedMs(state, fromMs);
  const to = elapsedMs(state, toMs);
  return clockWarnings(state).filter((w) => w.atElapsedMs > from && w.atElapsedMs <= to);
}

/** Alias of {@link warningsBetween} named for the server's "what is due since I last looked". */
export const dueWarnings = warningsBetween;

/** The next warning still ahead of `now` on a running clock, for a server that schedules them. */
export function nextWarning(state: ClockState, now: number): ClockWarning | null {
  if (state.status !== 'running') return null;
  const elapsed = elapsedMs(state, now);
  return clockWarnings(state).find((w) => w.atElapsedMs > elapsed) ?? null;
}
