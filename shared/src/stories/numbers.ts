import nlp from 'compromise';
import type { Token } from './text.js';

/** A number read from a note, before its unit is known. */
export interface NumberMention {
  value: number;
  /** Token range [first, last] the number covers. */
  first: number;
  last: number;
  /** Written as a fraction of a whole ("a third", "one in six"): value is a percentage. */
  fraction: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'dozen']);
const FRACTIONS: Record<string, number> = {
  half: 50, halves: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fifth: 20, fifths: 20,
  tenth: 10, tenths: 10,
};

const wordNumberCache = new Map<string, number | undefined>();

/**
 * Value of a spelled-out number ("a hundred and forty", "fourteen"). compromise knows the
 * grammar of English numerals; it is slow to start, so each phrase is parsed once and cached.
 */
export function parseWordNumber(phrase: string): number | undefined {
  const key = phrase.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
  if (wordNumberCache.has(key)) return wordNumberCache.get(key);
  const simple = UNITS[key];
  let value: number | undefined = simple;
  // "a dozen", "two dozen": compromise reads dozens only after a digit.
  const dozens = /^(a|an|\w+) dozen$/.exec(key);
  if (dozens) value = 12 * (UNITS[dozens[1]!] ?? 1);
  if (value === undefined) {
    const parsed = nlp(key).numbers().get() as unknown[];
    value = typeof parsed[0] === 'number' ? parsed[0] : undefined;
  }
  wordNumberCache.set(key, value);
  return value;
}

/** Value of a digit string, ignoring thousands separators. */
export function parseDigits(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function isNumberWord(norm: string): boolean {
  return norm in UNITS || SCALES.has(norm);
}

/** Reads the number starting at token i, if any: digits, words, or a fraction phrase. */
export function readNumber(tokens: Token[], i: number): NumberMention | undefined {
  const n = readNumberAt(tokens, i);
  // "two and a half", "1 and a half": half a unit more.
  if (n && !n.fraction && andAHalf(tokens, n.last)) return { ...n, value: n.value + 0.5, last: n.last + 3 };
  return n;
}

/** True when "and a half" follows token i. */
export function andAHalf(tokens: Token[], i: number): boolean {
  return tokens[i + 1]?.norm === 'and' && /^(a|an)$/.test(tokens[i + 2]?.norm ?? '') && tokens[i + 3]?.norm === 'half';
}

function readNumberAt(tokens: Token[], i: number): NumberMention | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  if (token.kind === 'num') return readRatio(tokens, i, parseDigits(token.text)) ?? { value: parseDigits(token.text), first: i, last: i, fraction: false };
  if (token.kind !== 'word') return undefined;
  const half = readHalfOf(tokens, i);
  if (half) return half;
  const fraction = readFraction(tokens, i);
  if (fraction) return fraction;
  const words = readNumberWords(tokens, i);
  if (!words) return undefined;
  return readRatio(tokens, words.last, words.value, i) ?? words;
}

function readNumberWords(tokens: Token[], i: number): NumberMention | undefined {
  let last = -1;
  let j = i;
  const isArticle = (k: number) => /^(a|an)$/.test(tokens[k]?.norm ?? '') && SCALES.has(tokens[k + 1]?.norm ?? '');
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (isNumberWord(t.norm) || (j === i && isArticle(j))) last = j;
    else if (last >= 0 && (t.text === '-' || t.norm === 'and') && isNumberWord(tokens[j + 1]?.norm ?? '') && !(t.norm === 'and' && !SCALES.has(tokens[j - 1]?.norm ?? ''))) {
      // "twenty-five", "a hundred and forty"
    } else break;
    j++;
  }
  if (last < 0 || (last === i && SCALES.has(tokens[i]!.norm))) return undefined;
  const phrase = tokens.slice(i, last + 1).map((t) => t.text).join(' ');
  const value = parseWordNumber(phrase);
  return value === undefined ? undefined : { value, first: i, last, fraction: false };
}

/**
 * "half a million", "half a point": half of one unit, a number rather than a share. The
 * number ends before a unit word ("point"), which the quantity reader then reads as usual.
 */
function readHalfOf(tokens: Token[], i: number): NumberMention | undefined {
  if (tokens[i]!.norm !== 'half' || !/^(a|an)$/.test(tokens[i + 1]?.norm ?? '')) return undefined;
  const unit = tokens[i + 2]?.norm ?? '';
  if (unit === 'million' || unit === 'billion' || unit === 'thousand' || unit === 'dozen') return { value: unit === 'million' ? 5e5 : unit === 'billion' ? 5e8 : unit === 'dozen' ? 6 : 500, first: i, last: i + 2, fraction: false };
  if (/^(point|percentage)$/.test(unit)) return { value: 0.5, first: i, last: i + 1, fraction: false };
  return undefined;
}

/** "a third", "two-thirds", "half", "a quarter of": a share, returned as a percentage. */
function readFraction(tokens: Token[], i: number): NumberMention | undefined {
  const t = tokens[i]!;
  if (t.norm === 'half') return { value: 50, first: i, last: i, fraction: true };
  let count = 1;
  let j = i;
  if (t.norm === 'a' || t.norm === 'an' || t.norm === 'one') j = i + 1;
  else if (t.norm in UNITS && t.norm !== 'one') {
    count = UNITS[t.norm]!;
    j = tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
  } else return undefined;
  const share = FRACTIONS[tokens[j]?.norm ?? ''];
  if (share === undefined || (count > 1 && !/s$/.test(tokens[j]!.norm))) return undefined;
  if (tokens[j]!.norm === 'half' && j !== i + 1) return undefined;
  return { value: count * share, first: i, last: j, fraction: true };
}

/** "one in six", "2 in 9": a share, returned as a percentage. */
function readRatio(tokens: Token[], last: number, value: number, first = last): NumberMention | undefined {
  if (tokens[last + 1]?.norm !== 'in') return undefined;
  const next = tokens[last + 2];
  if (!next) return undefined;
  const denominator = next.kind === 'num' ? { value: parseDigits(next.text), last: last + 2 } : readNumberWords(tokens, last + 2);
  if (!denominator || denominator.value <= value || denominator.value === 0) return undefined;
  // "4 in 100 orders": the noun names the population the share is of, and belongs to it.
  const population = tokens[denominator.last + 1];
  const end = population?.kind === 'word' && /[^s]s$/.test(population.norm) ? denominator.last + 1 : denominator.last;
  return { value: (100 * value) / denominator.value, first, last: end, fraction: true };
}
