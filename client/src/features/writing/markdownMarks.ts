/** How a stretch of the candidate's Markdown is shown: its syntax marks muted, headings and emphasis as such. */
export type MarkKind = 'syntax' | 'heading' | 'strong' | 'em';
export type MarkdownMark = { from: number; to: number; kind: MarkKind };

const HEADING = /^(#{1,6})[ \t]+/;
const BULLET = /^[ \t]*(?:[-*+]|\d+[.)])(?=[ \t])/;
const QUOTE = /^[ \t]*>/;
const RULE = /^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;
const STRONG = /(\*\*|__)(?=\S)([^\n]*?\S)\1/g;
const EM = /(?<![*_\w])([*_])(?![*_\s])([^\n]*?)(?<![*_\s])\1(?![*_\w])/g;
const CODE = /`[^`\n]+`/g;

/**
 * Where the text's Markdown marks are, so reviewers read it as prose while every character
 * stays in place: comment anchors are offsets into this exact text, so nothing is rendered
 * away, only styled. Ranges may overlap (a bold word in a heading); a reader takes the union.
 */
export function markdownMarks(text: string): MarkdownMark[] {
  const marks: MarkdownMark[] = [];
  const add = (from: number, to: number, kind: MarkKind) => (to > from ? marks.push({ from, to, kind }) : 0);
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const heading = HEADING.exec(line);
    if (heading) add(start, end, 'heading'), add(start, start + heading[1]!.length, 'syntax');
    else if (RULE.test(line) || (line.includes('|') && TABLE_RULE.test(line))) add(start, end, 'syntax');
    else {
      const bullet = BULLET.exec(line) ?? QUOTE.exec(line);
      if (bullet) add(start + bullet[0].length - bullet[0].trimStart().length, start + bullet[0].length, 'syntax');
      if (/^[ \t]*\|/.test(line)) for (let i = line.indexOf('|'); i >= 0; i = line.indexOf('|', i + 1)) add(start + i, start + i + 1, 'syntax');
    }
    start = end + 1;
  }
  for (const m of text.matchAll(STRONG)) delimited(m, 2, 'strong', add);
  for (const m of text.matchAll(EM)) delimited(m, 1, 'em', add);
  for (const m of text.matchAll(CODE)) add(m.index, m.index + 1, 'syntax'), add(m.index + m[0].length - 1, m.index + m[0].length, 'syntax');
  return marks;
}

function delimited(m: RegExpExecArray | RegExpMatchArray, size: number, kind: MarkKind, add: (from: number, to: number, kind: MarkKind) => unknown) {
  const from = m.index!;
  const to = from + m[0].length;
  add(from, from + size, 'syntax');
  add(from + size, to - size, kind);
  add(to - size, to, 'syntax');
}

/** The pieces of `[from, to)` with the kinds of mark that cover each, for styling one span at a time. */
export function styledPieces(marks: MarkdownMark[], from: number, to: number): { from: number; to: number; kinds: MarkKind[] }[] {
  const inside = marks.filter((m) => m.to > from && m.from < to);
  const cuts = [...new Set([from, to, ...inside.flatMap((m) => [m.from, m.to]).filter((c) => c > from && c < to)])].sort((a, b) => a - b);
  const pieces: { from: number; to: number; kinds: MarkKind[] }[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    pieces.push({ from: a, to: b, kinds: [...new Set(inside.filter((m) => m.from <= a && m.to >= b).map((m) => m.kind))].sort() });
  }
  return pieces;
}
