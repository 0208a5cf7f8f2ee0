import type { ClockPhase, ClockState } from './clock-state.js';

// The clock's constants and rules without zod, so a page that shows a countdown does not
// download zod; clock-state.ts holds the schemas and re-exports all of this.

export const MS_PER_MINUTE = 60_000;

/** Longest phase we accept; a Loop round is about an hour, so this only catches typos. */
export const MAX_PHASE_MINUTES = 240;

/** Total planned minutes of a phase list, in ms. */
export function phasesDurationMs(phases: readonly ClockPhase[]): number {
  return phases.reduce((sum, phase) => sum + phase.minutes * MS_PER_MINUTE, 0);
}

/**
 * The rules that tie the columns together, as plain-language messages (empty when valid).
 * Kept separate from the schema so tests and repositories can check a row they built by hand.
 */
export function clockInvariantViolations(state: ClockState): string[] {
  const problems: string[] = [];
  const { status, startedAt, deadline, remainingAtPauseMs, endedAt, endReason } = state;
  if (phasesDurationMs(state.phases) + state.extendedMs !== state.durationMs) {
    problems.push('The phases and extensions must add up to the round duration.');
  }
  const check = (ok: boolean, message: string): void => {
    if (!ok) problems.push(message);
  };
  const running = status === 'running';
  const paused = status === 'paused';
  const ended = status === 'ended';
  check((startedAt === null) === (status === 'scheduled'), 'Only a scheduled round has no start time.');
  check((deadline === null) !== running, 'A deadline is set exactly while the clock runs.');
  check(
    (remainingAtPauseMs === null) !== (paused || ended),
    'Frozen remaining time is set exactly while paused or ended.',
  );
  check((endedAt === null) !== ended, 'An end time is set exactly when the round has ended.');
  check((endReason === null) !== ended, 'An end reason is set exactly when the round has ended.');
  if (remainingAtPauseMs !== null && remainingAtPauseMs > state.durationMs) {
    problems.push('Frozen remaining time cannot exceed the round duration.');
  }
  if (paused && remainingAtPauseMs === 0) {
    problems.push('A paused clock must have time left.');
  }
  if (endReason === 'expired' && remainingAtPauseMs !== 0) {
    problems.push('An expired round has no time left.');
  }
  return problems;
}

/**
 * A fresh clock for phases already validated (e.g. read back from the round). For input from
 * people use {@link planClock}, which checks the phases first.
 */
export function scheduledClock(phases: readonly ClockPhase[]): ClockState {
  return {
    status: 'scheduled',
    phases: phases.map((phase) => ({ ...phase })),
    durationMs: phasesDurationMs(phases),
    extendedMs: 0,
    startedAt: null,
    deadline: null,
    remainingAtPauseMs: null,
    endedAt: null,
    endReason: null,
    version: 0,
  };
}
