import { z } from 'zod';
import { refuse, ok, type ClockResult } from './clock-result.js';
import { MS_PER_MINUTE, type ClockState } from './clock-state.js';
import { isOverdue, remainingMs } from './clock-queries.js';

/**
 * The round clock state machine: scheduled -> running <-> paused -> ended.
 *
 * Every command is a pure function of (state, now, args) returning the next state and the
 * facts to broadcast, or a refusal; nothing here throws, reads the wall clock or ticks.
 * `now` is the server's integer epoch ms (`Date.now()`), which is what the schema stores.
 * Who may send a command (the round's interviewer or the organizer) is checked by the room,
 * not here. This file is the clock's public entry: the siblings are re-exported below.
 */

export * from './clock-result.js';
export * from './clock-state.js';
export * from './clock-queries.js';
export * from './clock-warnings.js';

export const MIN_EXTEND_MINUTES = 1;
export const MAX_EXTEND_MINUTES = 30;

/** Commands a controller may send, as validated at the socket edge (`clock:<type>`). */
export const ClockCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start') }),
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({
    type: z.literal('extend'),
    minutes: z
      .number()
      .int('Extend by whole minutes.')
      .min(MIN_EXTEND_MINUTES, `Extend by at least ${MIN_EXTEND_MINUTES} minute.`)
      .max(MAX_EXTEND_MINUTES, `Extend by at most ${MAX_EXTEND_MINUTES} minutes.`),
  }),
  z.object({ type: z.literal('end') }),
]);
export type ClockCommand = z.infer<typeof ClockCommand>;

/** Facts, past tense, each carrying the state after the change. */
export type ClockEvent =
  | { type: 'clock:started'; state: ClockState }
  | { type: 'clock:paused'; state: ClockState }
  | { type: 'clock:resumed'; state: ClockState }
  | { type: 'clock:extended'; state: ClockState; addedMs: number }
  | { type: 'clock:ended'; state: ClockState };
export type ClockEventType = ClockEvent['type'];

export interface ClockTransition {
  state: ClockState;
  events: ClockEvent[];
}

const TIME_IS_UP = 'Time is up for this round; it is ending now.';

/** Start a scheduled round: the deadline is now plus the planned duration. */
export function startClock(state: ClockState, now: number): ClockResult<ClockTransition> {
  if (state.status !== 'scheduled') {
    return refuse('invalid-transition', `The round cannot start because it is ${describe(state)}.`);
  }
  const next = advance(state, { status: 'running', startedAt: now, deadline: now + state.durationMs });
  return ok({ state: next, events: [{ type: 'clock:started', state: next }] });
}

/** Pause a running round, freezing the time left. */
export function pauseClock(state: ClockState, now: number): ClockResult<ClockTransition> {
  if (state.status !== 'running') {
    return refuse('invalid-transition', `The round cannot be paused because it is ${describe(state)}.`);
  }
  // Past the deadline the round has logically ended; only expiry may follow, so the record
  // says "expired" rather than a pause with nothing left.
  if (isOverdue(state, now)) return refuse('invalid-transition', TIME_IS_UP);
  const next = advance(state, {
    status: 'paused',
    deadline: null,
    remainingAtPauseMs: remainingMs(state, now),
  });
  return ok({ state: next, events: [{ type: 'clock:paused', state: next }] });
}

/** Resume a paused round: the new deadline is now plus the frozen time left. */
export function resumeClock(state: ClockState, now: number): ClockResult<ClockTransition> {
  if (state.status !== 'paused') {
    return refuse('invalid-transition', `The round cannot resume because it is ${describe(state)}.`);
  }
  const next = advance(state, {
    status: 'running',
    deadline: now + (state.remainingAtPauseMs ?? 0),
    remainingAtPauseMs: null,
  });
  return ok({ state: next, events: [{ type: 'clock:resumed', state: next }] });
}

/**
 * Add whole minutes to a running or paused round. The time goes to the last phase (via
 * `extendedMs`; the plan itself is untouched): earlier boundaries may already have passed and
 * been announced on every screen, and the last phase is never in the past while the clock is
 * live, so no phase starts or ends twice and elapsed time, the current phase and every
 * announced phase change stay as they were. Only the end moves.
 */
export function extendClock(
  state: ClockState,
  now: number,
  minutes: number,
): ClockResult<ClockTransition> {
  if (!Number.isInteger(minutes) || minutes < MIN_EXTEND_MINUTES || minutes > MAX_EXTEND_MINUTES) {
    return refuse(
      'bad-request',
      `A round can be extended by ${MIN_EXTEND_MINUTES} to ${MAX_EXTEND_MINUTES} whole minutes.`,
    );
  }
  if (state.status !== 'running' && state.status !== 'paused') {
    return refuse('invalid-transition', `The round cannot be extended because it is ${describe(state)}.`);
  }
  if (isOverdue(state, now)) return refuse('invalid-transition', TIME_IS_UP);
  const addedMs = minutes * MS_PER_MINUTE;
  const next = advance(state, {
    durationMs: state.durationMs + addedMs,
    extendedMs: state.extendedMs + addedMs,
    deadline: state.deadline === null ? null : state.deadline + addedMs,
    remainingAtPauseMs: state.remainingAtPauseMs === null ? null : state.remainingAtPauseMs + addedMs,
  });
  return ok({ state: next, events: [{ type: 'clock:extended', state: next, addedMs }] });
}

/** End a running or paused round before its time is up. */
export function endClock(state: ClockState, now: number): ClockResult<ClockTransition> {
  if (state.status !== 'running' && state.status !== 'paused') {
    return refuse('invalid-transition', `The round cannot be ended because it is ${describe(state)}.`);
  }
  if (isOverdue(state, now)) return refuse('invalid-transition', TIME_IS_UP);
  const next = advance(state, {
    status: 'ended',
    deadline: null,
    remainingAtPauseMs: remainingMs(state, now),
    endedAt: now,
    endReason: 'ended-early',
  });
  return ok({ state: next, events: [{ type: 'clock:ended', state: next }] });
}

/**
 * Expire a running round whose deadline has passed. Only the server calls this, from its
 * timer or on start-up for rounds that fell due while it was down. `endedAt` is the deadline,
 * not `now`, so a late firing still records when time really ran out. Exactly once: a second
 * call sees an ended clock and is refused, and the `version` bump lets the store reject a
 * concurrent expiry by another server process.
 */
export function expireClock(state: ClockState, now: number): ClockResult<ClockTransition> {
  if (state.status !== 'running' || state.deadline === null) {
    return refuse('invalid-transition', `The round cannot expire because it is ${describe(state)}.`);
  }
  if (now < state.deadline) {
    return refuse('invalid-transition', 'The round cannot expire because it still has time left.');
  }
  const next = advance(state, {
    status: 'ended',
    deadline: null,
    remainingAtPauseMs: 0,
    endedAt: state.deadline,
    endReason: 'expired',
  });
  return ok({ state: next, events: [{ type: 'clock:ended', state: next }] });
}

/** Apply a controller's command; the single entry point for socket handlers. */
export function applyClockCommand(
  state: ClockState,
  command: ClockCommand,
  now: number,
): ClockResult<ClockTransition> {
  switch (command.type) {
    case 'start':
      return startClock(state, now);
    case 'pause':
      return pauseClock(state, now);
    case 'resume':
      return resumeClock(state, now);
    case 'extend':
      return extendClock(state, now, command.minutes);
    case 'end':
      return endClock(state, now);
  }
}

function advance(state: ClockState, changes: Partial<ClockState>): ClockState {
  return { ...state, ...changes, version: state.version + 1 };
}

function describe(state: ClockState): string {
  switch (state.status) {
    case 'scheduled':
      return 'not started yet';
    case 'running':
      return 'already running';
    case 'paused':
      return 'paused';
    case 'ended':
      return 'already over';
  }
}
