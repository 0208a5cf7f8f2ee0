import { endClock, expireClock, ok, refuse, startClock, type ClockResult, type ClockState } from '../clock/round-clock.js';

/**
 * The writing exercise's state machine:
 *
 *   take-home:  writing ──submit──> submitted
 *                  └──deadline──> locked
 *   timed:      not-started ──start──> writing ──submit──> submitted
 *                                         └──time up──> locked
 *
 * Submitted and locked are final, and exactly one of them is ever reached: each transition
 * bumps `version`, and the store writes it only over the version it read (compare-and-set),
 * so a submit racing the deadline, or two processes racing the expiry, have one winner.
 * A timed exercise runs on the round clock's model (shared/src/clock): one phase, the
 * server's time, a deadline rather than a ticking counter. Pure: no I/O, no wall clock.
 */

export const WRITING_MODES = ['take-home', 'timed'] as const;
export type WritingMode = (typeof WRITING_MODES)[number];
export const WRITING_STATUSES = ['not-started', 'writing', 'submitted', 'locked'] as const;
export type WritingStatus = (typeof WRITING_STATUSES)[number];

export type WritingState = {
  mode: WritingMode;
  status: WritingStatus;
  /** When writing must stop (epoch ms): the due time, or the timed clock's deadline once started. */
  deadline: number | null;
  /** The timed exercise's clock; null for a take-home. */
  clock: ClockState | null;
  submittedAt: number | null;
  lockedAt: number | null;
  version: number;
};

export type WritingTransition = ClockResult<WritingState>;

/** Whether the candidate's edits may be stored at `now`. */
export function canWrite(state: WritingState, now: number): boolean {
  return state.status === 'writing' && state.deadline !== null && now < state.deadline;
}

/** Reviewers read the text only once it is final: submitted, or locked by the deadline. */
export function isFinal(status: WritingStatus): boolean {
  return status === 'submitted' || status === 'locked';
}

/** The candidate starts a timed exercise: its clock runs from now for the set duration. */
export function startWriting(state: WritingState, now: number): WritingTransition {
  if (state.mode !== 'timed' || !state.clock) return refuse('invalid-transition', 'A take-home exercise has no start: write until the due time.');
  if (state.status !== 'not-started') return refuse('invalid-transition', 'The exercise has already started.');
  const started = startClock(state.clock, now);
  if (!started.ok) return started;
  const clock = started.data.state;
  return ok(advance(state, { status: 'writing', clock, deadline: clock.deadline }));
}

/** The candidate hands the text in; refused once time is up (the deadline locks it instead). */
export function submitWriting(state: WritingState, now: number): WritingTransition {
  if (isFinal(state.status)) return refuse('invalid-transition', state.status === 'submitted' ? 'The text is already submitted.' : 'The deadline passed: the text was locked as it stood.');
  if (state.status !== 'writing') return refuse('invalid-transition', 'Start the exercise before submitting.');
  if (!canWrite(state, now)) return refuse('invalid-transition', 'Time is up: the text is being locked as it stands.');
  let clock = state.clock;
  if (clock) {
    const ended = endClock(clock, now);
    if (!ended.ok) return ended;
    clock = ended.data.state;
  }
  return ok(advance(state, { status: 'submitted', clock, submittedAt: now }));
}

/** The deadline locks an exercise still being written; refused before it, or if already final. */
export function expireWriting(state: WritingState, now: number): WritingTransition {
  if (state.status !== 'writing' || state.deadline === null) return refuse('invalid-transition', 'Only an exercise being written can be locked by its deadline.');
  if (now < state.deadline) return refuse('invalid-transition', 'The exercise still has time left.');
  let clock = state.clock;
  if (clock) {
    const expired = expireClock(clock, now);
    if (!expired.ok) return expired;
    clock = expired.data.state;
  }
  // The lock time is the deadline, not when the server noticed, as for round clocks.
  return ok(advance(state, { status: 'locked', clock, lockedAt: state.deadline }));
}

/** When the exercise next needs the server's attention (its deadline), or null. */
export function writingDueAt(state: WritingState): number | null {
  return state.status === 'writing' ? state.deadline : null;
}

function advance(state: WritingState, change: Partial<WritingState>): WritingState {
  return { ...state, ...change, version: state.version + 1 };
}
