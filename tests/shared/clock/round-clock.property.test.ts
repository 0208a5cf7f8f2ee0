import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClockState,
  applyClockCommand,
  clockInvariantViolations,
  elapsedMs,
  expireClock,
  remainingMs,
  scheduledClock,
  type ClockCommand,
  type ClockResult,
  type ClockStatus,
  type ClockTransition,
} from '@mockloop/shared/clock/round-clock';
import { MIN, T0 } from './fixtures.js';

const RUNS = { numRuns: 600, seed: 20250106 };

/** The only status changes the clock may make (extend keeps the status). */
const ALLOWED = new Set<string>([
  'scheduled>running',
  'running>paused',
  'paused>running',
  'running>running',
  'paused>paused',
  'running>ended',
  'paused>ended',
]);

type Step = { waitMs: number; command: ClockCommand | { type: 'expire' } };

const phases = fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 5 }).map((minutes) =>
  minutes.map((m, i) => ({ key: `p${i}`, label: `Phase ${i + 1}`, minutes: m })),
);
// Weighted so sequences live long enough to pause, resume and extend before they end.
const command: fc.Arbitrary<Step['command']> = fc.oneof(
  { arbitrary: fc.constant({ type: 'start' as const }), weight: 2 },
  { arbitrary: fc.constant({ type: 'pause' as const }), weight: 4 },
  { arbitrary: fc.constant({ type: 'resume' as const }), weight: 4 },
  // Out-of-range minutes too: the pure function must refuse them without changing anything.
  {
    arbitrary: fc.integer({ min: -1, max: 32 }).map((minutes) => ({ type: 'extend' as const, minutes })),
    weight: 3,
  },
  { arbitrary: fc.constant({ type: 'end' as const }), weight: 1 },
  { arbitrary: fc.constant({ type: 'expire' as const }), weight: 2 },
);
// Waits from 0 to 40 minutes, biased towards short gaps and exact hits on a boundary.
const wait = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 2_000 }),
  fc.integer({ min: 0, max: 10 * MIN }),
  fc.integer({ min: 0, max: 40 * MIN }),
);
const steps = fc.array(fc.record({ waitMs: wait, command }), { minLength: 1, maxLength: 40 });

/** What may happen to a started clock before it is due: never an end or an expiry. */
const runningHistory = fc.array(
  fc.record({
    waitMs: wait,
    command: fc.oneof(
      fc.constant({ type: 'pause' as const }),
      fc.constant({ type: 'resume' as const }),
      fc.integer({ min: -1, max: 32 }).map((minutes) => ({ type: 'extend' as const, minutes })),
    ),
  }),
  { maxLength: 20 },
);

function run(state: ClockState, step: Step, now: number): ClockResult<ClockTransition> {
  return step.command.type === 'expire' ? expireClock(state, now) : applyClockCommand(state, step.command, now);
}

describe('round clock under random command sequences', () => {
  it('keeps time honest, follows the graph and bumps the version once per change', () => {
    fc.assert(
      fc.property(phases, steps, (plan, sequence) => {
        let state = scheduledClock(plan);
        let now = T0;
        let expiries = 0;
        for (const step of sequence) {
          const before = remainingMs(state, now);
          const elapsedBefore = elapsedMs(state, now);
          now += step.waitMs;
          const waited = remainingMs(state, now);

          // Time alone only ever counts down, by exactly the wait while running, never below 0.
          expect(waited).toBeGreaterThanOrEqual(0);
          if (state.status === 'running') expect(waited).toBe(Math.max(0, before - step.waitMs));
          else expect(waited).toBe(before);
          expect(elapsedMs(state, now)).toBeGreaterThanOrEqual(elapsedBefore);

          const result = run(state, step, now);
          if (!result.ok) {
            expect(['invalid-transition', 'bad-request']).toContain(result.error.code);
            continue;
          }
          const next = result.data.state;
          const fromStatus: ClockStatus = state.status;
          expect(ALLOWED.has(`${fromStatus}>${next.status}`)).toBe(true);
          expect(next.version).toBe(state.version + 1);
          expect(clockInvariantViolations(next)).toEqual([]);
          expect(ClockState.parse(JSON.parse(JSON.stringify(next)))).toEqual(next);
          expect(result.data.events).toHaveLength(1);
          expect(result.data.events[0]?.state).toEqual(next);

          // A command changes the time left only by extending (up) or ending (to zero).
          const after = remainingMs(next, now);
          expect(after).toBeGreaterThanOrEqual(0);
          const event = result.data.events[0];
          if (event?.type === 'clock:extended') expect(after).toBe(waited + event.addedMs);
          else if (next.status === 'ended') expect(after).toBe(0);
          else expect(after).toBe(waited);
          // ...and never the time already used: extending adds to the end, not the past.
          expect(elapsedMs(next, now)).toBe(elapsedMs(state, now));

          if (step.command.type === 'expire') expiries += 1;
          state = next;
        }
        expect(expiries).toBeLessThanOrEqual(1);
        if (state.status === 'ended') {
          // Nothing is accepted after the end, at any later time.
          for (const type of ['start', 'pause', 'resume', 'end'] as const) {
            expect(applyClockCommand(state, { type }, now + MIN).ok).toBe(false);
          }
          expect(expireClock(state, now + 1_000 * MIN).ok).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('expires exactly once at the deadline, however late the server looks', () => {
    let reached = 0;
    fc.assert(
      fc.property(phases, runningHistory, fc.integer({ min: 0, max: 24 * 60 * MIN }), (plan, history, lateMs) => {
        // A clock that is running, with whatever pauses, resumes and extensions came before.
        let now = T0;
        const started = applyClockCommand(scheduledClock(plan), { type: 'start' }, now);
        expect(started.ok).toBe(true);
        if (!started.ok) return;
        let state = started.data.state;
        for (const step of history) {
          now += step.waitMs;
          const result = applyClockCommand(state, step.command, now);
          if (result.ok) state = result.data.state;
        }
        if (state.status === 'paused') {
          const resumed = applyClockCommand(state, { type: 'resume' }, now);
          expect(resumed.ok).toBe(true);
          if (resumed.ok) state = resumed.data.state;
        }
        expect(state.status).toBe('running');
        expect(state.deadline).not.toBeNull();
        reached += 1;

        const deadline = state.deadline!;
        const fireAt = Math.max(now, deadline) + lateMs;
        const first = expireClock(state, fireAt);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        expect(first.data.state.endedAt).toBe(deadline);
        expect(first.data.state.version).toBe(state.version + 1);
        // A second process holding the same (stale) row would also compute an expiry; the
        // store rejects it because the row's version has moved on. On the new row it is refused.
        expect(expireClock(first.data.state, fireAt).ok).toBe(false);
      }),
      RUNS,
    );
    console.info(`clock expiry property: ${reached} of ${RUNS.numRuns} generated cases reached the assertions`);
    expect(reached).toBe(RUNS.numRuns);
  });
});
