import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorHolds, makeAnchor, resolveAnchor, splitByAnchors } from '../../../shared/src/writing/anchors';

const text = fc.string({ minLength: 1, maxLength: 300 });
const withRange = text.chain((t) => fc.tuple(fc.constant(t), fc.nat(t.length - 1)).chain(([t2, from]) => fc.tuple(fc.constant(t2), fc.constant(from), fc.integer({ min: from + 1, max: t2.length }))));

describe('comment anchors', () => {
  it('on the text it was made on, an anchor holds and resolves to its own range', () => {
    fc.assert(
      fc.property(withRange, ([t, from, to]) => {
        const anchor = makeAnchor(t, from, to)!;
        expect(anchorHolds(t, anchor)).toBe(true);
        expect(resolveAnchor(t, anchor)).toEqual({ from, to });
      }),
    );
  });

  it('after text is inserted before or after it, it still finds exactly its quote', () => {
    fc.assert(
      fc.property(withRange, fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), ([t, from, to], before, after) => {
        const anchor = makeAnchor(t, from, to)!;
        const moved = before + t + after;
        const found = resolveAnchor(moved, anchor);
        expect(found).not.toBeNull();
        expect(moved.slice(found!.from, found!.to)).toBe(anchor.quote);
      }),
    );
  });

  it('never points at words that are not its quote: a vanished quote resolves to null', () => {
    const anchor = makeAnchor('We shipped two weeks early to customers.', 11, 26)!;
    expect(resolveAnchor('We shipped late.', anchor)).toBeNull();
    // Two occurrences: the one with the matching context wins.
    const twice = 'two weeks early? No. We shipped two weeks early to customers.';
    expect(resolveAnchor(twice, anchor)).toEqual({ from: twice.lastIndexOf('two weeks early'), to: twice.lastIndexOf('two weeks early') + 15 });
  });

  it('refuses empty, reversed and out-of-text ranges', () => {
    expect(makeAnchor('abc', 1, 1)).toBeNull();
    expect(makeAnchor('abc', 2, 1)).toBeNull();
    expect(makeAnchor('abc', 0, 4)).toBeNull();
  });

  it('splits the text into spans that cover it exactly once, each listing the comments over it', () => {
    fc.assert(
      fc.property(withRange, withRange, ([t, from, to], [, a, b]) => {
        const placed = [{ from, to, item: 'x' }, ...(b <= t.length ? [{ from: a, to: b, item: 'y' }] : [])];
        const spans = splitByAnchors(t, placed);
        expect(spans.map((s) => t.slice(s.from, s.to)).join('')).toBe(t);
        for (const span of spans) for (const p of placed) expect(span.items.includes(p.item)).toBe(p.from <= span.from && p.to >= span.to);
      }),
    );
  });
});
