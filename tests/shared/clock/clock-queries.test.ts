import { describe, expect, it } from 'vitest';
import {
  currentPhase,
  elapsedMs,
  endClock,
  expireClock,
  extendClock,
  nextDueAt,
  pauseClock,
  remainingMs,
  resumeClock,
  startClock,
} from '@mockloop/shared/clock/round-clock';
import { MIN, T0, accepted, freshClock } from './fixtures.js';

describe('remaining and elapsed time', () => {
  it('counts the whole plan before the start', () => {
    const clock = freshClock();
    expect(remainingMs(clock, T0)).toBe(45 * MIN);
    expect(elapsedMs(clock, T0)).toBe(0);
    expect(nextDueAt(clock)).toBeNull();
  });

  it('counts down from the deadline while running, clamped at both ends', () => {
    const clock = accepted(startClock(freshClock(), T0)).state;
    expect(remainingMs(clock, T0 + 12_345)).toBe(45 * MIN - 12_345);
    expect(elapsedMs(clock, T0 + 12_345)).toBe(12_345);
    expect(remainingMs(clock, T0 - 5_000)).toBe(45 * MIN);
    expect(remainingMs(clock, T0 + 99 * MIN)).toBe(0);
    expect(nextDueAt(clock)).toBe(T0 + 45 * MIN);
  });

  it('holds still while paused and picks up after resume', () => {
    let clock = accepted(startClock(freshClock(), T0)).state;
    clock = accepted(pauseClock(clock, T0 + 10 * MIN)).state;
    expect(remainingMs(clock, T0 + 10 * MIN)).toBe(35 * MIN);
    expect(remainingMs(clock, T0 + 500 * MIN)).toBe(35 * MIN);
    expect(nextDueAt(clock)).toBeNull();
    clock = accepted(resumeClock(clock, T0 + 30 * MIN)).state;
    expect(remainingMs(clock, T0 + 31 * MIN)).toBe(34 * MIN);
    expect(elapsedMs(clock, T0 + 31 * MIN)).toBe(11 * MIN);
    expect(nextDueAt(clock)).toBe(T0 + 65 * MIN);
  });

  it('adds an extension to the time left but not to the time used', () => {
    let clock = accepted(startClock(freshClock(), T0)).state;
    clock = accepted(extendClock(clock, T0 + 40 * MIN, 5)).state;
    expect(remainingMs(clock, T0 + 40 * MIN)).toBe(10 * MIN);
    expect(elapsedMs(clock, T0 + 40 * MIN)).toBe(40 * MIN);
  });

  it('reports nothing left after the end but remembers the time used', () => {
    const running = accepted(startClock(freshClock(), T0)).state;
    const early = accepted(endClock(running, T0 + 12 * MIN)).state;
    expect(remainingMs(early, T0 + 13 * MIN)).toBe(0);
    expect(elapsedMs(early, T0 + 99 * MIN)).toBe(12 * MIN);
    expect(nextDueAt(early)).toBeNull();
    const expired = accepted(expireClock(running, T0 + 50 * MIN)).state;
    expect(elapsedMs(expired, T0 + 99 * MIN)).toBe(45 * MIN);
  });
});

describe('current phase', () => {
  const running = () => accepted(startClock(freshClock(), T0)).state;

  it('starts in the first phase', () => {
    expect(currentPhase(freshClock(), T0)).toEqual({
      index: 0,
      key: 'intro',
      label: 'Introductions',
      remainingInPhaseMs: 5 * MIN,
    });
  });

  it('moves on exactly at a boundary', () => {
    const clock = running();
    expect(currentPhase(clock, T0 + 5 * MIN - 1)).toMatchObject({ key: 'intro', remainingInPhaseMs: 1 });
    expect(currentPhase(clock, T0 + 5 * MIN)).toMatchObject({ key: 'lp', remainingInPhaseMs: 30 * MIN });
    expect(currentPhase(clock, T0 + 44 * MIN)).toMatchObject({ key: 'questions', remainingInPhaseMs: MIN });
  });

  it('measures phases in running time, so a pause holds the phase', () => {
    let clock = accepted(pauseClock(running(), T0 + 4 * MIN)).state;
    expect(currentPhase(clock, T0 + 60 * MIN)).toMatchObject({ key: 'intro', remainingInPhaseMs: MIN });
    clock = accepted(resumeClock(clock, T0 + 60 * MIN)).state;
    expect(currentPhase(clock, T0 + 61 * MIN)).toMatchObject({ key: 'lp', remainingInPhaseMs: 30 * MIN });
  });

  it('gives an extension to the last phase and leaves earlier boundaries alone', () => {
    const clock = accepted(extendClock(running(), T0 + 10 * MIN, 7)).state;
    expect(currentPhase(clock, T0 + 10 * MIN)).toMatchObject({ key: 'lp', remainingInPhaseMs: 25 * MIN });
    expect(currentPhase(clock, T0 + 35 * MIN)).toMatchObject({ key: 'questions', remainingInPhaseMs: 17 * MIN });
  });

  it('stays on the phase reached once the round is over', () => {
    const early = accepted(endClock(running(), T0 + 20 * MIN)).state;
    expect(currentPhase(early, T0 + 99 * MIN)).toMatchObject({ key: 'lp', remainingInPhaseMs: 0 });
    const expired = accepted(expireClock(running(), T0 + 45 * MIN)).state;
    expect(currentPhase(expired, T0 + 99 * MIN)).toMatchObject({ key: 'questions', remainingInPhaseMs: 0 });
  });
});
