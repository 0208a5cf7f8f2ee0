import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DURATION_UNITS, type DataPointValue, type DurationPoint, type StoryDataPoints } from '@mockloop/shared';
import { compareConfirmed, sameDuration } from '../../../server/src/domain/debrief/confirmed.js';

const confirm = (...values: DataPointValue[]): StoryDataPoints =>
  Object.fromEntries(values.map((value) => [value.kind === 'duration' ? `duration:${value.measures}` : value.kind, { status: 'confirmed', value, phrase: null }]));

const team = (size: number, whose: 'candidate' | 'shared' | 'other' = 'candidate'): DataPointValue => ({ kind: 'team', size, whose });
const weeks = (amount: number, unit: DurationPoint['unit'] = 'weeks'): DurationPoint => ({ kind: 'duration', measures: 'project', amount, unit });

describe('comparing confirmed data points', () => {
  it('flags a kind only when both confirmed it, for the same thing, with different values', () => {
    expect(compareConfirmed(confirm(team(8)), confirm(team(8)))).toEqual([{ kind: 'team' }]);
    expect(compareConfirmed(confirm(team(8)), confirm(team(20)))).toMatchObject([{ kind: 'team', clash: { values: ['8 people', '20 people'] } }]);
    expect(compareConfirmed(confirm(team(8)), confirm(team(20, 'other'))), 'two different teams do not clash').toEqual([{ kind: 'team' }]);
    expect(compareConfirmed(confirm(team(8)), {}), 'one side only: left to the notes').toEqual([]);
    expect(compareConfirmed(confirm({ kind: 'outcome', event: 'ship', happened: true }), confirm({ kind: 'outcome', event: 'renew', happened: false }))).toEqual([]);
    expect(compareConfirmed(confirm({ kind: 'metric', name: 'a', before: 9, after: 4, unit: '%' }), confirm({ kind: 'metric', name: 'b', before: 9, after: 5, unit: ' % ' }))[0]?.clash).toBeDefined();
    expect(compareConfirmed(confirm({ kind: 'metric', name: 'a', before: 9, after: 4, unit: '%' }), confirm({ kind: 'metric', name: 'a', before: 9, after: 4, unit: 'USD' }))).toEqual([]);
    expect(compareConfirmed(confirm({ kind: 'role', part: 'led', of: null }), confirm({ kind: 'role', part: 'one-of', of: 6 }))[0]?.clash).toBeDefined();
  });

  it('reads lengths said in different units as one when the finer rounds to the coarser', () => {
    expect(sameDuration(weeks(12), weeks(3, 'months'))).toBe(true);
    expect(sameDuration(weeks(6), weeks(2, 'months'))).toBe(false);
    expect(sameDuration(weeks(6), weeks(7))).toBe(false);
  });

  const value = fc.oneof(
    fc.record({ kind: fc.constant('team' as const), size: fc.integer({ min: 1, max: 50 }), whose: fc.constantFrom('candidate' as const, 'shared' as const, 'other' as const) }),
    fc.record({ kind: fc.constant('role' as const), part: fc.constantFrom('led' as const, 'one-of' as const, 'supported' as const), of: fc.option(fc.integer({ min: 2, max: 9 }), { nil: null }) }),
    fc.record({ kind: fc.constant('duration' as const), measures: fc.constantFrom('project' as const, 'outage' as const), amount: fc.integer({ min: 1, max: 24 }), unit: fc.constantFrom(...DURATION_UNITS) }),
    fc.record({ kind: fc.constant('outcome' as const), event: fc.constantFrom('ship' as const, 'renew' as const), happened: fc.boolean() }),
  );
  const points = fc.array(value, { maxLength: 4 }).map((values) => confirm(...values));

  it('is symmetric, never flags a story against itself, and compares only kinds both confirmed', () => {
    fc.assert(
      fc.property(points, points, (a, b) => {
        const ab = compareConfirmed(a, b);
        const ba = compareConfirmed(b, a);
        expect(ab.map((c) => [c.kind, Boolean(c.clash)])).toEqual(ba.map((c) => [c.kind, Boolean(c.clash)]));
        expect(compareConfirmed(a, a).some((c) => c.clash)).toBe(false);
        const kindsOf = (p: StoryDataPoints) => new Set(Object.values(p).map((e) => (e?.status === 'confirmed' ? (e.value.kind === 'duration' ? 'timeline' : e.value.kind) : '')));
        for (const c of ab) expect(kindsOf(a).has(c.kind) && kindsOf(b).has(c.kind)).toBe(true);
      }),
      { seed: 20_261_214, numRuns: 300 },
    );
  });
});
