import { describe, expect, it } from 'vitest';
import { checkStories, type StoryInput } from '@mockloop/shared/stories/index';
import { readQuantities, type Quantity } from '@mockloop/shared/stories/quantities';
import { tokenize } from '@mockloop/shared/stories/text';

// Each sentence here is written for this file (a parcel-locker network, a print shop): it
// states one general way of telling a figure, never a story of an evaluation set.
function tellings(situation: string, first: string, second: string, field: 'action' | 'result' = 'result'): StoryInput[] {
  const story = (id: string, round: number, text: string): StoryInput => ({
    id, round, lps: ['deliver-results'], question: '', situation, task: '', action: '', result: '', [field]: text,
  });
  return [story('a', 1, first), story('b', 2, second)];
}
const kinds = (stories: StoryInput[]) => checkStories(stories).conflicts.map((c) => c.kind);
const read = (text: string): [Quantity['dim'], number, string][] =>
  readQuantities(tokenize(text)).map((q) => [q.dim, Math.round(q.value * 100) / 100, q.unit]);

const lockers = 'Our parcel lockers were often full, so couriers drove back with undelivered parcels.';

describe('figures written in other forms', () => {
  it('reads "-fold", "half a point", "half a million" and a fortnight', () => {
    expect(read('pickups rose threefold')).toEqual([['multiplier', 3, '']]);
    expect(read('pickups were up 2-fold')).toEqual([['multiplier', 2, '']]);
    expect(read('up half a point')).toEqual([['points', 0.5, '']]);
    expect(read('half a million dollars')).toEqual([['money', 500_000, 'USD']]);
    expect(read('within a fortnight')).toEqual([['duration', 14, '']]);
  });

  it('reads seasons as their own unit of time', () => {
    expect(read('over two harvest seasons')).toEqual([['duration', 2, 'season']]);
    expect(kinds(tellings(lockers, 'The trial ran for one peak season.', 'The trial ran for three peak seasons.', 'action'))).toEqual(['timeline']);
    expect(kinds(tellings(lockers, 'The trial ran for one peak season.', 'The trial ran for three months.', 'action'))).toEqual([]);
  });

  it('gives a bare number at the start of a range the unit written at its end', () => {
    expect(read('12 -> 4 percent')).toEqual([['percent', 12, ''], ['percent', 4, '']]);
    expect(read('from 1.8 to 2.4M dollars')).toEqual([['money', 1_800_000, 'USD'], ['money', 2_400_000, 'USD']]);
    expect(kinds(tellings(lockers, 'Re-delivery rate went from 12% to 9%.', 'Re-delivery rate: 12 -> 4 percent.'))).toEqual(['metric']);
    expect(kinds(tellings(lockers, 'Re-delivery rate went from 12% to 9%.', 'Re-delivery rate: 12 -> 9 percent.'))).toEqual([]);
  });

  it('does not read "went up to" as rounding', () => {
    const [q] = readQuantities(tokenize('conversion went up to 3.5%'));
    expect(q?.approx).toBe(false);
    const [r] = readQuantities(tokenize('up to 40% of parcels'));
    expect(r?.approx).toBe(true);
  });
});

describe('which way and what a figure measures', () => {
  it('reads "ended up" as where a measure finished, and a comparative after the figure as its direction', () => {
    expect(kinds(tellings(lockers, 'Courier spend ended up $200K a year lower.', 'Courier spend fell by $500K a year.'))).toEqual(['metric']);
    expect(kinds(tellings(lockers, 'Courier spend ended up about $200K a year lower.', 'We saved roughly two hundred thousand dollars a year on couriers.'))).toEqual([]);
    expect(kinds(tellings(lockers, 'The new routing was 6% better on parcels per hour.', 'Parcels per hour went up 20%.'))).toEqual(['metric']);
    expect(kinds(tellings(lockers, 'The new routing was 20% better on parcels per hour.', 'Parcels per hour went up 20%.'))).toEqual([]);
  });

  it('reads a figure after a colon as measuring the label before it', () => {
    expect(kinds(tellings(lockers, 'Full lockers fell from 30% to 10%.', 'Full lockers: 30% -> 20%.'))).toEqual(['metric']);
  });

  it('reads a clause of common words only ("the on-time rate") as its own subject', () => {
    expect(kinds(tellings(lockers, 'Our on-time rate went from 80% to 95%.', 'Our on-time rate went from 80% to 88%.'))).toEqual(['metric']);
  });

  it('reads an acronym as the words elsewhere in the loop whose initials spell it', () => {
    expect(kinds(tellings(lockers, 'Net promoter score went from 20 to 45.', 'NPS 20 -> 60.'))).toEqual(['metric']);
    expect(kinds(tellings(lockers, 'Net promoter score went from 20 to 45.', 'NPS 20 -> 45.'))).toEqual([]);
  });

  it('compares a result with a result before a starting level that happens to match', () => {
    const s = 'Only 70% of parcels were delivered first time.';
    expect(kinds(tellings(s, 'First-time delivery rose from 70% to 95%.', 'First-time delivery 70% -> 85%.'))).toEqual(['metric']);
  });

  it('gives a figure joined by "and" to a change the same direction', () => {
    expect(kinds(tellings(lockers, 'Sales were up 15% in the pilot and 8% across the network.', 'Sales rose 8% network-wide.'))).toEqual([]);
  });

  it('reads "N before and M after" as a before/after pair', () => {
    expect(kinds(tellings(lockers, 'Lockers were full 35% of the time before and 10% after.', 'Full lockers: 35% -> 10%.'))).toEqual([]);
    expect(kinds(tellings(lockers, 'Lockers were full 35% of the time before and 10% after.', 'Full lockers: 35% -> 20%.'))).toEqual(['metric']);
  });

  it('holds small percentages to half a point when neither was rounded', () => {
    expect(kinds(tellings(lockers, 'Conversion improved from 2.1% to 2.6%.', 'Conversion went up to 3.5%.'))).toEqual(['metric']);
    expect(kinds(tellings(lockers, 'Conversion improved from 2.1% to 2.6%.', 'Conversion went up to 2.5%.'))).toEqual([]);
  });
});

describe('notes that use initials', () => {
  it('does not end a sentence at a capital initial followed by its verb', () => {
    const tokens = tokenize('K. wrote the plan and ran the trial.');
    expect(new Set(tokens.map((t) => t.sentence)).size).toBe(1);
    expect(new Set(tokenize('Plan B. Then we shipped.').map((t) => t.sentence)).size).toBe(2);
  });
});

describe('rates, periods and rounded range ends', () => {
  it('reads a bare number said per period as a rate', () => {
    expect(read('300 a month')).toEqual([['count', 300, 'per:30.4']]);
    expect(kinds(tellings(lockers, 'Cancellations: 300/month -> 120/month.', 'Cancellations went from 300 a month to 250 a month.'))).toEqual(['metric']);
    expect(kinds(tellings(lockers, 'Cancellations: 300/month -> 120/month.', 'Monthly cancellations dropped from three hundred to a hundred and twenty.'))).toEqual([]);
  });

  it('reads "per annum" as a year, and a rounded end of a range', () => {
    expect(kinds(tellings(lockers, 'Couriers saved about £40k a year in fees.', 'Couriers saved roughly £90,000 per annum in fees.'))).toEqual(['metric']);
    expect(kinds(tellings(lockers, 'Missed slots down from 18% to 9%.', 'Um, so missed slots went from like eighteen percent to about fourteen.'))).toEqual(['metric']);
  });

  it('reads "the best part of a year" as nearly a year', () => {
    expect(read('the best part of a year')).toEqual([['duration', 365, '']]);
  });
});
