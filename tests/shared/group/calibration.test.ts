import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCard, IN_LINE_BAND, leaningOf, lpTrend } from '@mockloop/shared/group/calibration';
import { earliestCommonStart, mergeSpans, slotsToInstants } from '@mockloop/shared/group/availability';
import { proposeDates } from '@mockloop/shared/group/dates';

const card = (vote: 'strong-hire' | 'inclined-hire' | 'inclined-not-hire' | 'strong-not-hire', ratings: Record<string, 'raises-the-bar' | 'meets' | 'below'>) => ({ interviewerId: vote + Object.keys(ratings).join(), vote, ratings });

describe('calibration against the group', () => {
  it('a generous card beside measured ones leans lenient; a stingy one harsh; matching ones in line', () => {
    const others = [card('inclined-hire', { ownership: 'meets' }), card('inclined-hire', { 'dive-deep': 'meets' })];
    expect(compareCard(card('strong-hire', { 'bias-for-action': 'raises-the-bar' }), others, 'hire')).toMatchObject({ leaning: 'lenient', agreesWithDecision: true, meanRating: 2, othersMeanRating: 1 });
    expect(compareCard(card('strong-not-hire', { 'bias-for-action': 'below' }), others, 'hire')).toMatchObject({ leaning: 'harsh', agreesWithDecision: false });
    expect(compareCard(card('inclined-hire', { 'bias-for-action': 'meets' }), others, 'hire')).toMatchObject({ leaning: 'in-line', difference: 0 });
  });

  it('lists an LP both rated, with the others\' mean', () => {
    const result = compareCard(card('inclined-hire', { ownership: 'raises-the-bar' }), [card('inclined-hire', { ownership: 'meets' }), card('inclined-hire', { ownership: 'below' })], null);
    expect(result.lps).toEqual([{ lpId: 'ownership', mine: 2, othersMean: 0.5 }]);
    expect(result.agreesWithDecision).toBeNull();
  });

  it('alone in a loop, there is nothing to compare with', () => {
    expect(compareCard(card('strong-hire', { ownership: 'meets' }), [], 'hire')).toMatchObject({ difference: null, leaning: 'not-enough' });
  });

  it('the leaning is symmetric: swapping mine and the others flips lenient and harsh', () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), (d) => {
        const flipped = { lenient: 'harsh', harsh: 'lenient', 'in-line': 'in-line', 'not-enough': 'not-enough' } as const;
        if (Math.abs(Math.abs(d) - IN_LINE_BAND) > 1e-9) expect(leaningOf(-d)).toBe(flipped[leaningOf(d)]);
      }),
    );
  });
});

describe('LP trends across a member\'s loops', () => {
  it('names improvement, decline, lasting weakness and strength', () => {
    expect(lpTrend([0, 1, 2])).toBe('improved');
    expect(lpTrend([2, null, 1])).toBe('declined');
    expect(lpTrend([0, 0.5, null])).toBe('still-weak');
    expect(lpTrend([2, 2])).toBe('strong');
    expect(lpTrend([1, 1.2])).toBe('steady');
    expect(lpTrend([1])).toBe('once');
  });
});

describe('availability', () => {
  const hour = 3_600_000;
  it('stores local times as instants in the member\'s zone and refuses a time a clock change skips', () => {
    const converted = slotsToInstants({ timeZone: 'America/New_York', slots: [{ startsAt: '2030-01-10T18:00', minutes: 120 }] });
    expect(converted).toEqual({ slots: [{ startsAt: new Date('2030-01-10T23:00:00Z'), endsAt: new Date('2030-01-11T01:00:00Z') }] });
    expect(slotsToInstants({ timeZone: 'Europe/Berlin', slots: [{ startsAt: '2030-03-31T02:30', minutes: 60 }] })).toEqual({ invalid: 0 });
  });

  it('finds the earliest half hour everyone marked, over adjacent slots, avoiding booked time', () => {
    const a = [{ startsAt: 0, endsAt: 2 * hour }, { startsAt: 2 * hour, endsAt: 6 * hour }];
    const b = [{ startsAt: hour, endsAt: 8 * hour }];
    expect(mergeSpans(a)).toEqual([{ startsAt: 0, endsAt: 6 * hour }]);
    expect(earliestCommonStart([a, b], 4 * 60, [[], []], 0)).toBe(hour);
    expect(earliestCommonStart([a, b], 4 * 60, [[{ startsAt: hour, endsAt: 2 * hour }], []], 0)).toBe(2 * hour);
    expect(earliestCommonStart([a, b], 6 * 60, [[], []], 0)).toBeNull();
  });

  it('proposes one loop after another, never putting a person in two loops at once', () => {
    const free = [{ startsAt: 0, endsAt: 24 * hour }];
    const loops = [
      { candidateId: 'a', interviewerIds: ['b', 'c', 'd', 'e', 'f'], barRaiserId: 'f' },
      { candidateId: 'b', interviewerIds: ['a', 'c', 'd', 'e', 'f'], barRaiserId: 'f' },
    ];
    const dates = proposeDates(loops, (id) => (id === 'f' ? [] : free), 6 * 60, 0, (id) => id.toUpperCase());
    expect(dates.map((d) => d.startsAt)).toEqual([new Date(0).toISOString(), new Date(6 * hour).toISOString()]);
    expect(dates[0]!.text).toMatch(/F marked no time/);
  });
});
