import { describe, expect, it } from 'vitest';
import {
  ClockCommand,
  ClockState,
  applyClockCommand,
  clockInvariantViolations,
  endClock,
  expireClock,
  extendClock,
  pauseClock,
  phaseSpans,
  planClock,
  resumeClock,
  startClock,
  type ClockResult,
  type ClockTransition,
} from '@mockloop/shared/clock/round-clock';
import type { Ack } from '@mockloop/shared/api/errors';
import { MIN, PHASES, T0, accepted, freshClock } from './fixtures.js';

const running = () => accepted(startClock(freshClock(), T0)).state;
const paused = () => accepted(pauseClock(running(), T0 + 10 * MIN)).state;
const endedEarly = () => accepted(endClock(running(), T0 + 10 * MIN)).state;
const expired = () => accepted(expireClock(running(), T0 + 45 * MIN)).state;

function expectValid(transition: ClockTransition): void {
  expect(clockInvariantViolations(transition.state)).toEqual([]);
  expect(transition.events).toHaveLength(1);
  expect(transition.events[0]?.state).toEqual(transition.state);
}

function expectRefused(result: ClockResult<unknown>, code = 'invalid-transition'): void {
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(/^[A-Z].*\.$/);
  }
}

describe('planClock', () => {
  it('builds a scheduled clock when the phases fill the round exactly', () => {
    expect(accepted(planClock(PHASES, 45))).toEqual(freshClock());
  });

  it('refuses phases that do not add up, repeat a key or are missing', () => {
    const refusals = [
      planClock(PHASES, 50),
      planClock([], 0),
      planClock([{ key: 'a', label: 'A', minutes: 5 }, { key: 'a', label: 'B', minutes: 5 }], 10),
      planClock([{ key: 'a', label: 'A', minutes: 2.5 }], 2.5),
      planClock('not phases', 45),
    ];
    for (const result of refusals) expectRefused(result, 'bad-request');
    expect(refusals.map((r) => (r.ok ? '' : r.error.message))).toEqual([
      'The phases add up to 45 minutes but the round is 50 minutes long.',
      'A round needs at least one phase.',
      'Phase 2: Two phases share the key "a".',
      'Phase 1: A phase lasts a whole number of minutes.',
      'The phases must be a list.',
    ]);
  });
});

describe('scheduled clock', () => {
  it('holds the whole plan and no times', () => {
    const clock = freshClock();
    expect(clock).toMatchObject({ status: 'scheduled', durationMs: 45 * MIN, version: 0, deadline: null });
    expect(ClockState.safeParse(clock).success).toBe(true);
  });

  it('refuses everything except start', () => {
    const clock = freshClock();
    expectRefused(pauseClock(clock, T0));
    expectRefused(resumeClock(clock, T0));
    expectRefused(extendClock(clock, T0, 5));
    expectRefused(endClock(clock, T0));
    expectRefused(expireClock(clock, T0 + 100 * MIN));
  });
});

describe('start', () => {
  it('sets the deadline from the planned duration', () => {
    const result = accepted(startClock(freshClock(), T0));
    expectValid(result);
    expect(result.state).toMatchObject({ status: 'running', startedAt: T0, deadline: T0 + 45 * MIN, version: 1 });
    expect(result.events[0]?.type).toBe('clock:started');
  });

  it('cannot start twice', () => {
    expectRefused(startClock(running(), T0 + 1));
    expectRefused(startClock(paused(), T0 + 1));
    expectRefused(startClock(endedEarly(), T0 + 1));
  });
});

describe('pause and resume', () => {
  it('freezes the time left and resumes from it', () => {
    const p = accepted(pauseClock(running(), T0 + 10 * MIN));
    expectValid(p);
    expect(p.state).toMatchObject({ status: 'paused', deadline: null, remainingAtPauseMs: 35 * MIN, version: 2 });
    expect(p.events[0]?.type).toBe('clock:paused');

    const r = accepted(resumeClock(p.state, T0 + 60 * MIN));
    expectValid(r);
    expect(r.state).toMatchObject({ status: 'running', deadline: T0 + 95 * MIN, remainingAtPauseMs: null, version: 3 });
    expect(r.state.startedAt).toBe(T0);
    expect(r.events[0]?.type).toBe('clock:resumed');
  });

  it('refuses to pause a paused clock or resume a running one', () => {
    expectRefused(pauseClock(paused(), T0 + 11 * MIN));
    expectRefused(resumeClock(running(), T0 + 1));
  });

  it('refuses to pause once time is up, leaving that to expiry', () => {
    expectRefused(pauseClock(running(), T0 + 45 * MIN));
  });
});

describe('extend', () => {
  it('moves the deadline and grows the last phase while running', () => {
    const result = accepted(extendClock(running(), T0 + 40 * MIN, 5));
    expectValid(result);
    expect(result.state).toMatchObject({ deadline: T0 + 50 * MIN, durationMs: 50 * MIN, extendedMs: 5 * MIN, version: 2 });
    // The plan is untouched; the extension belongs to the last phase through `extendedMs`.
    expect(result.state.phases.map((p) => p.minutes)).toEqual([5, 30, 10]);
    expect(phaseSpans(result.state).map((span) => [span.startMs, span.endMs])).toEqual([
      [0, 5 * MIN],
      [5 * MIN, 35 * MIN],
      [35 * MIN, 50 * MIN],
    ]);
    expect(result.events[0]).toMatchObject({ type: 'clock:extended', addedMs: 5 * MIN });
  });

  it('adds to the frozen time while paused', () => {
    const result = accepted(extendClock(paused(), T0 + 20 * MIN, 3));
    expectValid(result);
    expect(result.state).toMatchObject({ status: 'paused', remainingAtPauseMs: 38 * MIN, extendedMs: 3 * MIN });
  });

  it('accepts 1 to 30 whole minutes only', () => {
    expect(extendClock(running(), T0, 1).ok).toBe(true);
    expect(extendClock(running(), T0, 30).ok).toBe(true);
    for (const minutes of [0, 31, -1, 2.5, Number.NaN]) {
      expectRefused(extendClock(running(), T0, minutes), 'bad-request');
    }
  });

  it('refuses after time is up and after the end', () => {
    expectRefused(extendClock(running(), T0 + 45 * MIN, 5));
    expectRefused(extendClock(endedEarly(), T0 + 20 * MIN, 5));
    expectRefused(extendClock(expired(), T0 + 50 * MIN, 5));
  });
});

describe('end early', () => {
  it('ends a running clock and keeps how much was left', () => {
    const result = accepted(endClock(running(), T0 + 10 * MIN));
    expectValid(result);
    expect(result.state).toMatchObject({
      status: 'ended',
      endReason: 'ended-early',
      endedAt: T0 + 10 * MIN,
      remainingAtPauseMs: 35 * MIN,
      deadline: null,
    });
    expect(result.events[0]?.type).toBe('clock:ended');
  });

  it('ends a paused clock', () => {
    const result = accepted(endClock(paused(), T0 + 30 * MIN));
    expectValid(result);
    expect(result.state).toMatchObject({ endedAt: T0 + 30 * MIN, remainingAtPauseMs: 35 * MIN });
  });

  it('refuses to end twice or after time is up', () => {
    expectRefused(endClock(endedEarly(), T0 + 11 * MIN));
    expectRefused(endClock(expired(), T0 + 50 * MIN));
    expectRefused(endClock(running(), T0 + 45 * MIN));
  });
});

describe('expire', () => {
  it('ends a running clock at its deadline, even when fired late', () => {
    const result = accepted(expireClock(running(), T0 + 3 * 60 * MIN));
    expectValid(result);
    expect(result.state).toMatchObject({
      status: 'ended',
      endReason: 'expired',
      endedAt: T0 + 45 * MIN,
      remainingAtPauseMs: 0,
      version: 2,
    });
  });

  it('happens exactly once', () => {
    const first = accepted(expireClock(running(), T0 + 45 * MIN));
    expectRefused(expireClock(first.state, T0 + 45 * MIN));
    expectRefused(expireClock(first.state, T0 + 90 * MIN));
  });

  it('refuses before the deadline, while paused and after an early end', () => {
    expectRefused(expireClock(running(), T0 + 45 * MIN - 1));
    expectRefused(expireClock(paused(), T0 + 100 * MIN));
    expectRefused(expireClock(endedEarly(), T0 + 100 * MIN));
  });
});

describe('applyClockCommand', () => {
  it('dispatches each command to its transition', () => {
    let state = freshClock();
    const steps: [ClockCommand, string][] = [
      [{ type: 'start' }, 'clock:started'],
      [{ type: 'pause' }, 'clock:paused'],
      [{ type: 'extend', minutes: 2 }, 'clock:extended'],
      [{ type: 'resume' }, 'clock:resumed'],
      [{ type: 'end' }, 'clock:ended'],
    ];
    for (const [index, [command, fact]] of steps.entries()) {
      const result = accepted(applyClockCommand(state, command, T0 + index * MIN));
      expect(result.events.map((e) => e.type)).toEqual([fact]);
      expect(result.state.version).toBe(state.version + 1);
      state = result.state;
    }
  });

  it('validates commands at the edge', () => {
    expect(ClockCommand.safeParse({ type: 'extend', minutes: 31 }).success).toBe(false);
    expect(ClockCommand.safeParse({ type: 'expire' }).success).toBe(false);
    expect(ClockCommand.safeParse({ type: 'pause' }).success).toBe(true);
  });

  it('returns results that are already valid socket acks', () => {
    const ack: Ack<ClockTransition> = applyClockCommand(freshClock(), { type: 'pause' }, T0);
    expect(ack.ok).toBe(false);
  });

  it('never changes the state it was given', () => {
    const state = running();
    const copy = structuredClone(state);
    applyClockCommand(state, { type: 'extend', minutes: 5 }, T0 + MIN);
    applyClockCommand(state, { type: 'end' }, T0 + MIN);
    expect(state).toEqual(copy);
  });
});

describe('stored state', () => {
  it('survives a JSON round trip in every status', () => {
    for (const state of [freshClock(), running(), paused(), endedEarly(), expired()]) {
      const parsed = ClockState.parse(JSON.parse(JSON.stringify(state)));
      expect(parsed).toEqual(state);
    }
  });

  it('rejects rows whose columns disagree', () => {
    const bad: unknown[] = [
      { ...running(), deadline: null },
      { ...paused(), remainingAtPauseMs: null },
      { ...freshClock(), durationMs: 50 * MIN },
      { ...running(), extendedMs: 5 * MIN },
      { ...endedEarly(), endReason: null },
      { ...freshClock(), phases: [] },
      { ...freshClock(), phases: [{ key: 'a', label: 'A', minutes: 5 }, { key: 'a', label: 'B', minutes: 40 }] },
    ];
    for (const row of bad) expect(ClockState.safeParse(row).success).toBe(false);
  });
});
