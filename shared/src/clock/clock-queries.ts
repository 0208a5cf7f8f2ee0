import { MS_PER_MINUTE } from './clock-rules.js';
import type { ClockState } from './clock-state.js';

/**
 * Read-only questions about a clock at a given moment. `now` is always the server's epoch
 * ms (clients pass their synced estimate), and every answer is derived from the stored
 * deadline or frozen offset, so asking twice at the same `now` gives the same answer.
 */

/** Time left on the clock at `now`, never negative and never above the planned duration. */
export function remainingMs(state: ClockState, now: number): number {
  switch (state.status) {
    case 'scheduled':
      return state.durationMs;
    case 'running':
      // Clamped: a client whose sync is still settling may ask slightly before the start.
      return clamp((state.deadline ?? now) - now, 0, state.durationMs);
    case 'paused':
      return state.remainingAtPauseMs ?? 0;
    case 'ended':
      return 0;
  }
}

/** Running time used so far at `now`; pauses do not count, and extensions do not change it. */
export function elapsedMs(state: ClockState, now: number): number {
  // For an ended clock the frozen remaining time says how much was left when it stopped.
  const left = state.status === 'ended' ? (state.remainingAtPauseMs ?? 0) : remainingMs(state, now);
  return state.durationMs - left;
}

/** Where each phase starts and ends, measured in elapsed running time. */
export interface PhaseSpan {
  index: number;
  key: string;
  label: string;
  startMs: number;
  endMs: number;
}

/** The phases laid out on the elapsed-time axis, in order; extensions lengthen the last one. */
export function phaseSpans(state: ClockState): PhaseSpan[] {
  let startMs = 0;
  const last = state.phases.length - 1;
  return state.phases.map((phase, index) => {
    const endMs = startMs + phase.minutes * MS_PER_MINUTE + (index === last ? state.extendedMs : 0);
    const span = { index, key: phase.key, label: phase.label, startMs, endMs };
    startMs = endMs;
    return span;
  });
}

export interface CurrentPhase {
  index: number;
  key: string;
  label: string;
  remainingInPhaseMs: number;
}

/**
 * The phase the round is in at `now`. A phase boundary belongs to the next phase; once the
 * whole duration is used (or the round ended early) the answer stays on the phase reached.
 */
export function currentPhase(state: ClockState, now: number): CurrentPhase {
  const elapsed = elapsedMs(state, now);
  const spans = phaseSpans(state);
  // The schema guarantees at least one phase; the fallback only satisfies the type checker.
  const span =
    spans.find((candidate) => elapsed < candidate.endMs) ??
    spans[spans.length - 1] ??
    { index: 0, key: '', label: '', startMs: 0, endMs: 0 };
  const remainingInPhaseMs = state.status === 'ended' ? 0 : Math.max(0, span.endMs - elapsed);
  return { index: span.index, key: span.key, label: span.label, remainingInPhaseMs };
}

/**
 * When the server must next act on this clock on its own, i.e. expire it, or null when
 * nothing will happen without a command (scheduled, paused or ended). A scheduler sets one
 * timer for this, and on start-up fires it at once for every clock where it is in the past.
 */
export function nextDueAt(state: ClockState): number | null {
  return state.status === 'running' ? state.deadline : null;
}

/** Whether the clock's time has run out at `now` but it has not been expired yet. */
export function isOverdue(state: ClockState, now: number): boolean {
  const due = nextDueAt(state);
  return due !== null && now >= due;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
