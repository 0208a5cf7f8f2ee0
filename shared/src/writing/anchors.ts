// Comment anchors without zod, for the reviewer's and the candidate's pages.

/**
 * Where a reviewer's comment points: a character range of the submitted text, plus the quoted
 * text and a little context either side. The text is locked once submitted, so the range
 * normally holds as is; the quote and context let a comment find its place again if the text
 * it was made on ever differs (a text normalised differently, an imported copy), and let a
 * comment that can no longer be placed say so rather than point at the wrong words.
 */
export type TextAnchor = { from: number; to: number; quote: string; prefix: string; suffix: string };

/** Characters of context kept either side of the quote. */
export const ANCHOR_CONTEXT = 32;
/** The longest passage one comment may quote. */
export const MAX_QUOTE = 2000;

/** Builds the anchor of `text[from, to)`; null when the range is empty, reversed or outside the text. */
export function makeAnchor(text: string, from: number, to: number): TextAnchor | null {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > text.length || from >= to || to - from > MAX_QUOTE) return null;
  return {
    from,
    to,
    quote: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - ANCHOR_CONTEXT), from),
    suffix: text.slice(to, to + ANCHOR_CONTEXT),
  };
}

/** Whether an anchor describes exactly what `text` holds at its range. */
export function anchorHolds(text: string, anchor: TextAnchor): boolean {
  return text.slice(anchor.from, anchor.to) === anchor.quote && text.slice(Math.max(0, anchor.from - anchor.prefix.length), anchor.from) === anchor.prefix;
}

/**
 * Where the anchor's quote is in `text` now: its own range if that still holds, else the
 * occurrence of the quote whose surrounding context matches best (ties go to the one nearest
 * the old position), else null. Never a range that does not hold the quote.
 */
export function resolveAnchor(text: string, anchor: TextAnchor): { from: number; to: number } | null {
  if (anchor.quote === '') return null;
  if (text.slice(anchor.from, anchor.to) === anchor.quote) return { from: anchor.from, to: anchor.to };
  let best: { from: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(anchor.quote); at >= 0; at = text.indexOf(anchor.quote, at + 1)) {
    const score = commonSuffix(text.slice(Math.max(0, at - anchor.prefix.length), at), anchor.prefix) + commonPrefix(text.slice(at + anchor.quote.length, at + anchor.quote.length + anchor.suffix.length), anchor.suffix);
    const distance = Math.abs(at - anchor.from);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { from: at, score, distance };
  }
  return best ? { from: best.from, to: best.from + anchor.quote.length } : null;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

export type AnchoredSpan<T> = { from: number; to: number; items: T[] };

/**
 * Splits a text into plain and commented spans for display: each boundary of a placed comment
 * starts a new span, and a span lists every comment covering it (comments may overlap).
 */
export function splitByAnchors<T>(text: string, placed: { from: number; to: number; item: T }[]): AnchoredSpan<T>[] {
  const cuts = new Set<number>([0, text.length]);
  for (const p of placed) cuts.add(p.from).add(p.to);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const spans: AnchoredSpan<T>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (from === to) continue;
    spans.push({ from, to, items: placed.filter((p) => p.from <= from && p.to >= to).map((p) => p.item) });
  }
  return spans;
}
