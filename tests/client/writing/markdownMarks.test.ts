import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownMarks, styledPieces, type MarkKind } from '../../../client/src/features/writing/markdownMarks';

const kindsAt = (text: string, needle: string): Record<string, MarkKind[]> => {
  const at = text.indexOf(needle);
  const marks = markdownMarks(text);
  return Object.fromEntries(styledPieces(marks, at, at + needle.length).map((p) => [text.slice(p.from, p.to), p.kinds]));
};

describe('markdownMarks', () => {
  it('mutes a heading’s hashes and shows the rest of its line as a heading', () => {
    expect(kindsAt('## The decision\n\nBody', '## The decision')).toEqual({ '##': ['heading', 'syntax'], ' The decision': ['heading'] });
  });

  it('mutes the stars around bold and the underscores around italic, not the words', () => {
    const text = 'We **cut refunds** by _half_.';
    expect(kindsAt(text, '**cut refunds**')).toEqual({ '**': ['syntax'], 'cut refunds': ['strong'] });
    expect(kindsAt(text, '_half_')).toEqual({ _: ['syntax'], half: ['em'] });
  });

  it('mutes list bullets, table pipes and a table’s rule row', () => {
    const text = '- one\n1. two\n| a | b |\n|---|---|\n| 1 | 2 |';
    const muted = markdownMarks(text).filter((m) => m.kind === 'syntax').map((m) => text.slice(m.from, m.to));
    expect(muted).toEqual(['-', '1.', '|', '|', '|', '|---|---|', '|', '|', '|']);
  });

  it('leaves plain prose, numbers and snake_case words alone', () => {
    expect(markdownMarks('Refunds fell 40% - in a month; see refund_time and 3 * 4 = 12.')).toEqual([]);
  });

  it('covers any range exactly with pieces in order, so the text shown is the text stored', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('#', ' ', '*', '_', '|', '-', '\n', 'a', '`', '1', '.') , maxLength: 80 }), fc.nat(), fc.nat(), (text, x, y) => {
        const from = Math.min(x, y) % (text.length + 1);
        const to = Math.max(from, Math.max(x, y) % (text.length + 1));
        const pieces = styledPieces(markdownMarks(text), from, to);
        expect(pieces.map((p) => text.slice(p.from, p.to)).join('')).toBe(text.slice(from, to));
        for (const p of pieces) expect(p.to).toBeGreaterThan(p.from);
      }),
    );
  });
});
