import { describe, expect, it } from 'vitest';
import { readQuantities, type Quantity } from '@mockloop/shared/stories/quantities';
import { parseWordNumber } from '@mockloop/shared/stories/numbers';
import { tokenize } from '@mockloop/shared/stories/text';

/** The quantities of a note, as [dimension, value, unit]. */
function read(text: string): [Quantity['dim'], number, string][] {
  return readQuantities(tokenize(text)).map((q) => [q.dim, Math.round(q.value * 100) / 100, q.unit]);
}

describe('number parsing', () => {
  it('reads spelled-out numbers', () => {
    expect(parseWordNumber('a hundred and twenty')).toBe(120);
    expect(parseWordNumber('twenty-five')).toBe(25);
    expect(parseWordNumber('nine')).toBe(9);
  });

  it('reads shares as percentages', () => {
    expect(read('churn fell by a third')).toEqual([['percent', 33.33, '']]);
    expect(read('roughly one in eight users')).toEqual([['percent', 12.5, '']]);
    expect(read('two-thirds of tickets')).toEqual([['percent', 66.67, '']]);
    expect(read('costs halved')).toEqual([['multiplier', 0.5, '']]);
  });

  it('reads money with scale and period', () => {
    const [a] = readQuantities(tokenize('saved $1.2M/yr'));
    const [b] = readQuantities(tokenize('saved 1.2 million dollars a year'));
    expect([a?.dim, a?.value, a?.unit, a?.periodDays]).toEqual(['money', 1_200_000, 'USD', 365]);
    expect([b?.dim, b?.value, b?.unit, b?.periodDays]).toEqual(['money', 1_200_000, 'USD', 365]);
    expect(read('a €40k budget')).toEqual([['money', 40_000, 'EUR']]);
  });

  it('reads durations on one scale whatever the abbreviation', () => {
    expect(read('six weeks')).toEqual(read('6 wks'));
    expect(read('over two quarters')).toEqual([['duration', 182.6, '']]);
    expect(read('in ~3 mos')).toEqual([['duration', 91.2, '']]);
    expect(read('in under a week')).toEqual([['duration', 7, '']]);
    expect(read('p99 at 250ms')[0]?.[2]).toBe('latency');
  });

  it('tells head counts from other counts', () => {
    expect(read('3 eng + 1 designer')).toEqual([['people', 3, 'engineer'], ['people', 1, 'designer']]);
    expect(read('a four-person team')).toEqual([['people', 4, 'people']]);
    expect(read('a team of eleven')).toEqual([['people', 11, 'people']]);
    expect(read('we migrated 300 tenants')).toEqual([['count', 300, 'tenant']]);
  });

  it('keeps rounding, bounds and signs', () => {
    const [about] = readQuantities(tokenize('about 40%'));
    const [under] = readQuantities(tokenize('under 5 days'));
    const [signed] = readQuantities(tokenize('NPS +12 pts'));
    expect(about?.approx).toBe(true);
    expect(under?.bound).toBe('max');
    expect([signed?.dim, signed?.sign]).toEqual(['points', 1]);
  });

  it('ignores version numbers and times of day glued to letters', () => {
    expect(read('paged at 7am about the 3DS flow')).toEqual([]);
  });
});
