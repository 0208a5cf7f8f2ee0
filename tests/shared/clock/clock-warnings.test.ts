import { describe, expect, it } from 'vitest';
import {
  clockWarnings,
  dueWarnings,
  extendClock,
  nextWarning,
  pauseClock,
  scheduledClock,
  startClock,
  warningsBetween,
  type ClockWarning,
} from '@mockloop/shared/clock/round-clock';
import { MIN, T0, accepted, freshClock } from './fixtures.js';

const running = () => accepted(startClock(freshClock(), T0)).state;
const names = (warnings: ClockWarning[]) =>
  warnings.map((w) => (w.kind === 'time-left' ? `${w.minutesLeft} min left` : `phase ${w.key}`));

describe('warnings', () => {
  it('lists phase changes and 10, 5, 1 minutes left in order', () => {
    expect(names(clockWarnings(running()))).toEqual([
      'phase lp',
      'phase questions',
      '10 min left',
      '5 min left',
      '1 min left',
    ]);
    const [first] = clockWarnings(running());
    expect(first).toMatchObject({
      kind: 'phase-change',
      label: 'Leadership Principle questions',
      atElapsedMs: 5 * MIN,
      dueAt: T0 + 5 * MIN,
    });
  });

  it('puts the phase change first when it falls on a time-left point', () => {
    const clock = scheduledClock([
      { key: 'talk', label: 'Talk', minutes: 10 },
      { key: 'wrap', label: 'Wrap-up', minutes: 5 },
    ]);
    expect(names(clockWarnings(clock))).toEqual(['10 min left', 'phase wrap', '5 min left', '1 min left']);
    expect(clockWarnings(clock).every((w) => w.dueAt === null)).toBe(true);
  });

  it('skips time-left warnings a short round never reaches', () => {
    const clock = scheduledClock([{ key: 'only', label: 'Only', minutes: 5 }]);
    expect(names(clockWarnings(clock))).toEqual(['1 min left']);
  });

  it('reports what crossed in a half-open interval, once across consecutive intervals', () => {
    const clock = running();
    expect(names(warningsBetween(clock, T0, T0 + 5 * MIN))).toEqual(['phase lp']);
    expect(warningsBetween(clock, T0 + 5 * MIN, T0 + 6 * MIN)).toEqual([]);
    expect(names(warningsBetween(clock, T0 + 30 * MIN, T0 + 50 * MIN))).toEqual([
      'phase questions',
      '10 min left',
      '5 min left',
      '1 min left',
    ]);
    const frames: ClockWarning[] = [];
    for (let t = T0; t < T0 + 46 * MIN; t += 16) frames.push(...dueWarnings(clock, t, t + 16));
    expect(frames).toEqual(clockWarnings(clock));
  });

  it('reports nothing for a clock that is not running or a backwards interval', () => {
    const paused = accepted(pauseClock(running(), T0 + 4 * MIN)).state;
    expect(warningsBetween(paused, T0, T0 + 60 * MIN)).toEqual([]);
    expect(warningsBetween(freshClock(), T0, T0 + 60 * MIN)).toEqual([]);
    expect(warningsBetween(running(), T0 + 10 * MIN, T0)).toEqual([]);
  });

  it('warns again after an extension moves the end', () => {
    const before = running();
    expect(names(warningsBetween(before, T0 + 39 * MIN, T0 + 41 * MIN))).toEqual(['5 min left']);
    const after = accepted(extendClock(before, T0 + 41 * MIN, 5)).state;
    expect(names(warningsBetween(after, T0 + 41 * MIN, T0 + 46 * MIN))).toEqual(['5 min left']);
    expect(nextWarning(after, T0 + 41 * MIN)).toMatchObject({ minutesLeft: 5, dueAt: T0 + 45 * MIN });
  });

  it('names the next warning to schedule, or none', () => {
    expect(nextWarning(running(), T0)).toMatchObject({ key: 'lp', dueAt: T0 + 5 * MIN });
    expect(nextWarning(running(), T0 + 44 * MIN)).toBeNull();
    expect(nextWarning(freshClock(), T0)).toBeNull();
  });
});
