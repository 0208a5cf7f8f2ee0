import { describe, expect, it } from 'vitest';
import { figureOf, figuresAgree } from '@mockloop/shared/stories/agreement';
import { readQuantities } from '@mockloop/shared/stories/quantities';
import { tokenize } from '@mockloop/shared/stories/text';

function same(a: string, b: string): boolean {
  const [x] = readQuantities(tokenize(a));
  const [y] = readQuantities(tokenize(b));
  if (!x || !y) throw new Error(`no quantity in "${a}" or "${b}"`);
  return figuresAgree(figureOf(x), figureOf(y), x.dim);
}

describe('quantity matching', () => {
  it('accepts the same fact written differently', () => {
    expect(same('$1.2M', '1.2 million dollars')).toBe(true);
    expect(same('six weeks', '6 wks')).toBe(true);
    expect(same('40%', 'forty percent')).toBe(true);
    expect(same('a third', '33%')).toBe(true);
    expect(same('$45K a month', '$540K a year')).toBe(true);
    expect(same('over one quarter', '3 months')).toBe(true);
  });

  it('accepts rounding a listener would accept', () => {
    expect(same('about 40%', '38%')).toBe(true);
    expect(same('roughly $50K', '$48K')).toBe(true);
  });

  it('refuses figures that cannot both be true', () => {
    expect(same('a quarter', '40%')).toBe(false);
    expect(same('3 weeks', '6 months')).toBe(false);
    expect(same('$2M', '$5M')).toBe(false);
  });

  it('measures rounding of a share against the smaller of the part and the rest', () => {
    expect(same('96%', '98%')).toBe(false);
    expect(same('about 90%', '97%')).toBe(false);
    expect(same('about 70%', '76%')).toBe(true);
    expect(same('91%', '90%')).toBe(true);
    expect(same('a 150% rise', 'a 160% rise')).toBe(true);
  });

  it('respects bounds', () => {
    expect(same('under a week', '5 days')).toBe(true);
    expect(same('under a week', '12 days')).toBe(false);
    expect(same('more than 60%', '65%')).toBe(true);
  });
});
