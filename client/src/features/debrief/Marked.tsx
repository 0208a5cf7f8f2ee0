import type { ReactNode } from 'react';

/** Splits `text` around every occurrence of `phrases` (case-insensitive), longest phrase first. */
function markPhrases(text: string, phrases: string[]): { text: string; marked: boolean }[] {
  const wanted = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!wanted.length) return [{ text, marked: false }];
  const lower = text.toLowerCase();
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  while (at < text.length) {
    let hit: { index: number; length: number } | null = null;
    for (const phrase of wanted) {
      const index = lower.indexOf(phrase.toLowerCase(), at);
      if (index >= 0 && (!hit || index < hit.index)) hit = { index, length: phrase.length };
    }
    if (!hit) break;
    if (hit.index > at) parts.push({ text: text.slice(at, hit.index), marked: false });
    parts.push({ text: text.slice(hit.index, hit.index + hit.length), marked: true });
    at = hit.index + hit.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

/** Story text with the clashing phrases wrapped in <mark>, which screen readers can announce. */
export function Marked({ text, phrases }: { text: string; phrases: string[] }): ReactNode {
  return markPhrases(text, phrases).map((part, index) =>
    part.marked ? (
      <mark key={index} className="db-mark">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
