// Counting without zod, so the writing page's live count does not download it.

/**
 * A page is this many words. Amazon's "two pages" is about a thousand words of 11-point text
 * with normal margins; MockLoop states the rule instead of measuring paper.
 */
export const WORDS_PER_PAGE = 500;

export type LengthUnit = 'words' | 'pages';
export type LengthLimit = { unit: LengthUnit; value: number };

/** Markdown that is layout, not words: heading marks, list bullets, table rules, emphasis. */
const MARKUP = /^\s{0,3}(#{1,6}\s|>\s?|[-*+]\s|\d+[.)]\s)|\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$|[*_`~|#>[\]()]/gm;
/** A word: letters or digits, with inner apostrophes, hyphens, dots or commas ("don't", "e-mail", "3.5", "1,200"). */
const WORD = /[\p{L}\p{N}]+(?:['’.,\-][\p{L}\p{N}]+)*/gu;

/** How many words a Markdown text holds, counting what a reader reads (markup is not counted). */
export function countWords(markdown: string): number {
  return markdown.replace(MARKUP, ' ').match(WORD)?.length ?? 0;
}

/** The limit in words: a page limit is `value` pages of {@link WORDS_PER_PAGE} words. */
export function limitInWords(limit: LengthLimit): number {
  return limit.unit === 'pages' ? limit.value * WORDS_PER_PAGE : limit.value;
}

export type LengthReading = {
  words: number;
  /** Pages at {@link WORDS_PER_PAGE} words each, to one decimal. */
  pages: number;
  limitWords: number;
  over: boolean;
  /** Words past the limit (0 when within it). */
  overBy: number;
};

/** The text's length against its limit, as the editor and the server both state it. */
export function readLength(markdown: string, limit: LengthLimit): LengthReading {
  const words = countWords(markdown);
  const limitWords = limitInWords(limit);
  const pages = words === 0 ? 0 : Math.max(0.1, Math.round((words / WORDS_PER_PAGE) * 10) / 10);
  return { words, pages, limitWords, over: words > limitWords, overBy: Math.max(0, words - limitWords) };
}

/** "1,020 of 1,000 words" or "2.1 of 2 pages", in the unit the organizer chose. */
export function describeLength(reading: LengthReading, limit: LengthLimit): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return limit.unit === 'pages' ? `${reading.pages} of ${limit.value} ${limit.value === 1 ? 'page' : 'pages'} (${n(reading.words)} words)` : `${n(reading.words)} of ${n(limit.value)} words`;
}

/**
 * The most text one exercise stores, in UTF-8 bytes: a six-page memo is about 20 KB, and a
 * whole text must fit one autosave under the socket's 64 KB message limit.
 */
export const MAX_WRITING_BYTES = 36 * 1024;

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
