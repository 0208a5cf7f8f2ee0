import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClockSync,
  estimateOffset,
  formatCountdown,
  measureSample,
  type ClockSample,
} from '@mockloop/shared/clock/clock-sync';
import { remainingMs, startClock } from '@mockloop/shared/clock/round-clock';
import { MIN, T0, accepted, freshClock } from './fixtures.js';

const RUNS = { numRuns: 500, seed: 424242 };
const HOUR = 60 * MIN;

/** One simulated round trip: the server's clock reads `offset` ahead of the client's. */
function roundTrip(offset: number, clientSendAt: number, upMs: number, downMs: number): ClockSample {
  return {
    clientSendAt,
    serverAt: clientSendAt + upMs + offset,
    clientReceiveAt: clientSendAt + upMs + downMs,
  };
}

/** Feed legs [up, down] as round trips one second apart and return the estimated offset. */
function estimate(offset: number, legs: readonly (readonly [number, number])[]): number {
  const sync = new ClockSync();
  legs.forEach(([up, down], i) => sync.addSample(roundTrip(offset, T0 + i * 1_000, up, down)));
  return sync.offsetMs;
}

// Client clocks up to a day off either way, and always at least an hour off.
const skew = fc.oneof(
  fc.constantFrom(HOUR, -HOUR),
  fc.tuple(fc.integer({ min: HOUR, max: 24 * HOUR }), fc.boolean()).map(([ms, ahead]) => (ahead ? ms : -ms)),
);
const baseDelay = fc.double({ min: 2, max: 150, noNaN: true });
const jitter = (max: number) => fc.double({ min: 0, max, noNaN: true });
const legJitters = (max: number, count: number) =>
  fc.array(fc.tuple(jitter(max), jitter(max)), { minLength: count, maxLength: count });
const symmetricLegs = fc.array(fc.double({ min: 1, max: 500, noNaN: true }), { minLength: 1, maxLength: 12 });

describe('clock offset estimate', () => {
  it('is exact when both legs take the same time, however far off the client clock is', () => {
    fc.assert(
      fc.property(skew, symmetricLegs, (offset, legs) => {
        // Epoch-sized doubles carry about 0.0002 ms of rounding, hence 2 decimals.
        expect(estimate(offset, legs.map((leg) => [leg, leg]))).toBeCloseTo(offset, 2);
      }),
      RUNS,
    );
  });

  it('stays within a few ms with independent jitter on both legs', () => {
    const errors: number[] = [];
    fc.assert(
      fc.property(skew, baseDelay, legJitters(20, 8), (offset, base, jitters) => {
        const error = Math.abs(estimate(offset, jitters.map(([a, b]) => [base + a, base + b])) - offset);
        // Never worse than half the largest leg difference, the NTP bound.
        expect(error).toBeLessThanOrEqual(10);
        errors.push(error);
      }),
      RUNS,
    );
    expect(mean(errors)).toBeLessThan(3);
  });

  it('stays within a few ms with jitter on one leg only', () => {
    const errors: number[] = [];
    fc.assert(
      fc.property(skew, baseDelay, legJitters(20, 8), fc.boolean(), (offset, base, jitters, upstream) => {
        const legs = jitters.map(([j]): [number, number] => (upstream ? [base + j, base] : [base, base + j]));
        const error = Math.abs(estimate(offset, legs) - offset);
        expect(error).toBeLessThanOrEqual(10);
        errors.push(error);
      }),
      RUNS,
    );
    expect(mean(errors)).toBeLessThan(4);
  });

  it('is not moved by one sample with a huge, lopsided round trip', () => {
    fc.assert(
      fc.property(skew, baseDelay, legJitters(10, 7), fc.integer({ min: 0, max: 7 }), (offset, base, jitters, at) => {
        const legs: (readonly [number, number])[] = jitters.map(([a, b]) => [base + a, base + b]);
        const withOutlier = [...legs];
        withOutlier.splice(at, 0, [5_000, 20]);
        expect(estimate(offset, withOutlier)).toBe(estimate(offset, legs));
      }),
      RUNS,
    );
  });

  it('forgets old samples so it follows a changed offset', () => {
    const sync = new ClockSync(8);
    for (let i = 0; i < 8; i++) sync.addSample(roundTrip(HOUR, T0 + i * 1_000, 20, 20));
    for (let i = 8; i < 16; i++) sync.addSample(roundTrip(HOUR + 250, T0 + i * 1_000, 30, 30));
    expect(sync.offsetMs).toBe(HOUR + 250);
    expect(sync.estimate).toEqual({ offsetMs: HOUR + 250, rttMs: 60, sampleCount: 8 });
  });

  it('uses the client clock until a sample arrives and discards impossible samples', () => {
    const sync = new ClockSync();
    expect(sync.serverNow(T0)).toBe(T0);
    expect(sync.estimate).toBeNull();
    expect(sync.addSample({ clientSendAt: T0, serverAt: T0, clientReceiveAt: T0 - 1 })).toBe(false);
    expect(sync.addSample({ clientSendAt: T0, serverAt: Number.NaN, clientReceiveAt: T0 + 1 })).toBe(false);
    expect(sync.addSample(roundTrip(-HOUR, T0, 10, 10))).toBe(true);
    expect(sync.serverNow(T0 + 500)).toBe(T0 + 500 - HOUR);
    sync.reset();
    expect(sync.offsetMs).toBe(0);
  });

  it('measures a sample the NTP way', () => {
    const sample = { clientSendAt: 100, serverAt: 1_150, clientReceiveAt: 200 };
    expect(measureSample(sample)).toEqual({ offsetMs: 1_000, rttMs: 100 });
    expect(estimateOffset([])).toBeNull();
  });

  it('keeps a rendered countdown within 100 ms of the server under any client skew', () => {
    const clock = accepted(startClock(freshClock(), T0)).state;
    fc.assert(
      fc.property(skew, baseDelay, legJitters(40, 8), fc.integer({ min: 0, max: 45 * MIN }), (offset, base, jitters, at) => {
        const sync = new ClockSync();
        // The client's clock reads server time minus `offset`.
        jitters.forEach(([a, b], i) =>
          sync.addSample(roundTrip(offset, T0 - offset + i * 1_000, base + a, base + b)),
        );
        const serverTime = T0 + at;
        const shown = remainingMs(clock, sync.serverNow(serverTime - offset));
        expect(Math.abs(shown - remainingMs(clock, serverTime))).toBeLessThan(100);
      }),
      RUNS,
    );
  });
});

describe('formatCountdown', () => {
  it.each([
    [0, '00:00.0'],
    [-5_000, '00:00.0'],
    [Number.NaN, '00:00.0'],
    [1, '00:00.1'],
    [100, '00:00.1'],
    [101, '00:00.2'],
    [59_950, '01:00.0'],
    [754_500, '12:34.5'],
    [45 * MIN, '45:00.0'],
    [HOUR - 1, '1:00:00.0'],
    [HOUR + 2 * MIN + 3_400, '1:02:03.4'],
    [10 * HOUR, '10:00:00.0'],
  ])('shows %d ms as %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
