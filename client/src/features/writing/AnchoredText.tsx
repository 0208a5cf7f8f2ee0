import { resolveAnchor, splitByAnchors, type TextAnchor } from '@mockloop/shared/writing/anchors';
import { forwardRef, useMemo } from 'react';
import { markdownMarks, styledPieces, type MarkdownMark } from './markdownMarks';

export type ShownComment = { id: string; anchor: TextAnchor; body: string; number: number; reviewer?: string | null };

/**
 * The submitted text with each comment's passage marked and numbered, its Markdown marks muted
 * rather than rendered (`markdownMarks.ts`) so offsets stay true. Comments are placed by
 * `resolveAnchor` (their range, or their quote in context), so they stay on the words they
 * were made on; one that cannot be placed is listed as such instead of marking wrong words.
 */
export const AnchoredText = forwardRef<HTMLDivElement, { text: string; comments: ShownComment[]; label: string }>(function AnchoredText({ text, comments, label }, ref) {
  const placed = comments.flatMap((c) => {
    const at = resolveAnchor(text, c.anchor);
    return at ? [{ ...at, item: c }] : [];
  });
  const spans = splitByAnchors(text, placed);
  const marks = useMemo(() => markdownMarks(text), [text]);
  return (
    <div ref={ref} className="wr-text" aria-label={label} role="document" data-testid="anchored-text">
      {spans.map((span) => {
        const slice = <Styled text={text} marks={marks} from={span.from} to={span.to} />;
        if (!span.items.length) return <span key={span.from}>{slice}</span>;
        const numbers = span.items.map((c) => c.number);
        const ends = span.items.filter((c) => placed.find((p) => p.item === c)!.to === span.to);
        return (
          <mark key={span.from} className="wr-mark" data-comments={numbers.join(' ')} title={`Comment ${numbers.join(', ')}`}>
            {slice}
            {ends.map((c) => (
              <sup key={c.id} className="wr-mark__n">
                <a href={`#comment-${c.id}`} aria-label={`comment ${c.number}`}>
                  {c.number}
                </a>
              </sup>
            ))}
          </mark>
        );
      })}
    </div>
  );
});

/** The text as typed, every character kept (anchors are offsets into it), its Markdown marks styled. */
function Styled({ text, marks, from, to }: { text: string; marks: MarkdownMark[]; from: number; to: number }) {
  return styledPieces(marks, from, to).map((piece) =>
    piece.kinds.length ? (
      <span key={piece.from} className={piece.kinds.map((kind) => `wr-md-${kind}`).join(' ')}>
        {text.slice(piece.from, piece.to)}
      </span>
    ) : (
      text.slice(piece.from, piece.to)
    ),
  );
}

/** The character offsets of the current selection inside `container`, if it lies within it and the numbers are not part of it. */
export function selectionIn(container: HTMLElement): { from: number; to: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const offset = (node: Node, at: number) => {
    const before = document.createRange();
    before.selectNodeContents(container);
    before.setEnd(node, at);
    // Comment numbers are not part of the text: count only text outside <sup>.
    return textLength(before.cloneContents());
  };
  const from = offset(range.startContainer, range.startOffset);
  const to = offset(range.endContainer, range.endOffset);
  return to > from ? { from, to } : null;
}

function textLength(fragment: DocumentFragment): number {
  for (const sup of fragment.querySelectorAll('sup')) sup.remove();
  return fragment.textContent?.length ?? 0;
}

/** The comments in text order, numbered from 1. */
export function numbered<T extends { id: string; anchor: TextAnchor }>(comments: T[]): (T & { number: number })[] {
  return [...comments].sort((a, b) => a.anchor.from - b.anchor.from).map((c, i) => ({ ...c, number: i + 1 }));
}
