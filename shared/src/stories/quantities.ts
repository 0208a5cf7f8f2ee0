import { groupNounBefore, headcountPhraseEnd } from './headcount.js';
import { andAHalf, readNumber } from './numbers.js';
import type { Token } from './text.js';
import {
  APPROX_WORDS, CURRENCY_WORDS, DURATION_DAYS, LOWER_BOUND, MAGNITUDES, PEOPLE_NOUNS, PERIOD_DAYS, UPPER_BOUND,
  type Dimension,
} from './units.js';

/** A number with its unit, on one scale: percent, dollars, days, heads, or a plain count. */
export interface Quantity {
  dim: Dimension;
  value: number;
  /** Counted noun (stem) for counts, people family for people, currency for money. */
  unit: string;
  /** Money per period, in days (a month is 30.4), when the amount recurs. */
  periodDays?: number;
  approx: boolean;
  bound: 'eq' | 'max' | 'min';
  /** Written with an explicit sign ("+6 pts", "-38%"). */
  sign: 1 | -1 | 0;
  /** Value of one unit of the written number ("twelve days": 1), so "to four" can borrow it. */
  scale?: number;
  first: number;
  last: number;
}

const TIME_PREPOSITIONS = new Set(['in', 'over', 'within', 'for', 'after', 'per', 'each', 'every', 'last', 'next', 'this', 'that', 'the', 'following', 'one', 'two', 'three', 'four', 'qtr']);
/** "under a day", "within a year": an article standing for one unit of time. */
const SINGLE_SPAN = /^(hour|day|week|fortnight|month|year)$/;
const SPAN_LEAD = /^(under|within|than|about|around|in|over|to|after|for|nearly|almost|roughly)$/;
const MULTIPLIER_WORDS: Record<string, number> = {
  doubled: 2, tripled: 3, quadrupled: 4, twice: 2, halved: 0.5, trebled: 3,
  twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, tenfold: 10,
};

/** Reads every quantity in a tokenised note. */
export function readQuantities(tokens: Token[]): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const q = readQuantityAt(tokens, i) ?? endOfRange(tokens, i, found[found.length - 1]);
    if (q) {
      const previous = found[found.length - 1];
      if (previous && startOfRange(tokens, previous, q)) found[found.length - 1] = { ...q, value: previous.value * (q.scale ?? 1), approx: previous.approx, bound: previous.bound, sign: previous.sign, first: previous.first, last: previous.last };
      found.push(periodFromAdjective(tokens, q));
      i = q.last;
    }
  }
  return found;
}

/**
 * "12 -> 4 percent", "from 1.8 to 2.1M": a bare number that starts a range takes the unit
 * (and the scale) written once at its end.
 */
function startOfRange(tokens: Token[], start: Quantity, end: Quantity): boolean {
  if (start.dim !== 'count' || start.unit !== '' || end.dim === 'count' || end.dim === 'people' || end.dim === 'year') return false;
  const link = tokens.slice(start.last + 1, end.first);
  return link.length === 1 && /^(->|→|=>|to)$/.test(link[0]!.norm);
}

const PERIOD_ADJECTIVE = /^(hourly|daily|weekly|monthly|quarterly|yearly|annual|annually)$/;

/** "the weekly fee rose from £300": a period adjective earlier in the clause is the amount's period. */
function periodFromAdjective(tokens: Token[], q: Quantity): Quantity {
  if (q.dim !== 'money' || q.periodDays !== undefined) return q;
  const clause = tokens[q.first]!.clause;
  for (let j = q.first - 1; j >= 0 && tokens[j]!.clause === clause; j--) {
    if (PERIOD_ADJECTIVE.test(tokens[j]!.norm)) return { ...q, periodDays: PERIOD_DAYS[tokens[j]!.norm] ?? PERIOD_DAYS[tokens[j]!.norm.replace(/ly$/, '')] };
  }
  return q;
}

/**
 * "from eleven days to five", "$1.8M to 1.1": a bare number that ends a range borrows the
 * unit of the figure the range started from.
 */
function endOfRange(tokens: Token[], i: number, start: Quantity | undefined): Quantity | undefined {
  // "to about fourteen": a rounding word may stand between "to" and the number.
  const rounded = APPROX_WORDS.has(tokens[i - 1]?.norm ?? '') && tokens[i - 2]?.norm === 'to';
  const toAt = rounded ? i - 2 : i - 1;
  if (!start?.scale || tokens[toAt]?.norm !== 'to' || start.last !== toAt - 1 || !/^(from|went|go|goes|gone|cut|down|up)$/.test(tokens[start.first - 1]?.norm ?? '')) return undefined;
  const n = readNumber(tokens, i);
  if (!n || n.fraction || readUnitAfter(tokens, n.last)) return undefined;
  return { ...start, value: n.value * start.scale, approx: rounded, bound: 'eq', sign: 0, first: rounded ? i - 1 : n.first, last: n.last };
}

function readUnitAfter(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && next.kind === 'word' && next.start === tokens[last]!.end;
}

function readQuantityAt(tokens: Token[], i: number): Quantity | undefined {
  const word = tokens[i]!.norm;
  if (word in MULTIPLIER_WORDS && !isFrequency(tokens, i)) return { ...prefixOf(tokens, i), dim: 'multiplier', value: MULTIPLIER_WORDS[word]!, unit: '', first: i, last: i };
  if (tokens[i]!.kind === 'word' && /^q[1-4]$/.test(word)) return undefined;
  if (SINGLE_SPAN.test(word) && tokens[i + 1]?.kind === 'num' && tokens[i + 1]!.start === tokens[i]!.end + 1) {
    // "paused at week 3": a point in time counted from the start.
    return { ...prefixOf(tokens, i), dim: 'duration', value: DURATION_DAYS[word]! * Number(tokens[i + 1]!.text), unit: '', first: i, last: i + 1 };
  }
  if (word === 'half' && /^(a|an)$/.test(tokens[i + 1]?.norm ?? '') && SINGLE_SPAN.test(tokens[i + 2]?.norm ?? '')) {
    // "after half a year": half of one unit of time, not a share.
    return { ...prefixOf(tokens, i), dim: 'duration', value: DURATION_DAYS[tokens[i + 2]!.norm]! / 2, unit: '', first: i, last: i + 2 };
  }
  // "the best part of a year", "most of a month": nearly one unit of time.
  const mostOf = tokens[i - 1]?.norm === 'of' && /^(part|most)$/.test(tokens[i - 2]?.norm ?? '');
  if ((word === 'a' || word === 'an') && SINGLE_SPAN.test(tokens[i + 1]?.norm ?? '') && (SPAN_LEAD.test(tokens[i - 1]?.norm ?? '') || mostOf)) {
    if (mostOf) return { ...prefixOf(tokens, i), approx: true, dim: 'duration', value: DURATION_DAYS[tokens[i + 1]!.norm]!, unit: '', first: i, last: i + 1 };
    // "a month and a half", "a year and a half".
    const half = andAHalf(tokens, i + 1);
    return { ...prefixOf(tokens, i), dim: 'duration', value: DURATION_DAYS[tokens[i + 1]!.norm]! * (half ? 1.5 : 1), unit: '', first: i, last: half ? i + 4 : i + 1 };
  }
  const n = readNumber(tokens, i);
  if (!n) return undefined;
  const prefix = prefixOf(tokens, n.first);
  if (n.fraction) return tokens[n.last + 1]?.text === '-' ? undefined : readShare(tokens, n.value, n.first, n.last, prefix);
  const unit = readUnit(tokens, n.first, n.last, n.value, prefix.currency);
  if (!unit) return undefined;
  const { currency: _currency, ...modifiers } = prefix;
  if (unit.dim === 'duration' && modifiers.bound === 'min' && overMeansDuring(tokens, n.first)) modifiers.bound = 'eq';
  return { ...modifiers, ...unit, scale: unit.value / n.value, first: Math.min(prefix.first, n.first), last: unit.last };
}

/** "rolled out over five months" is how long it took; "took over five months" is a bound. */
function overMeansDuring(tokens: Token[], first: number): boolean {
  let j = first - 1;
  while (j >= 0 && (tokens[j]!.norm === 'a' || APPROX_WORDS.has(tokens[j]!.norm))) j--;
  if (tokens[j]?.norm !== 'over') return false;
  return !/^(took|take|takes|taking|lasted|last|lasts|for|just|well|spent|after|in|of|than)$/.test(tokens[j - 1]?.norm ?? '');
}

/** "once or twice a day", "twice weekly": how often, not a multiplier. */
function isFrequency(tokens: Token[], i: number): boolean {
  if (tokens[i]!.norm !== 'twice') return false;
  const before = tokens[i - 1]?.norm ?? '';
  const after = tokens[i + 1]?.norm ?? '';
  return before === 'or' || before === 'once' || /^(a|per|each|every|weekly|daily|monthly|yearly|annually)$/.test(after);
}

interface Prefix { approx: boolean; bound: Quantity['bound']; sign: Quantity['sign']; currency: string; first: number }

/** Looks left of a number for rounding, bound, sign and currency markers. */
function prefixOf(tokens: Token[], i: number): Prefix {
  const prefix: Prefix = { approx: false, bound: 'eq', sign: 0, currency: '', first: i };
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = tokens[j]!;
    if (t.end < (tokens[j + 1]?.start ?? 0) - 1 && t.kind === 'sym') break;
    if (CURRENCY_WORDS[t.norm] && t.kind === 'sym') prefix.currency = CURRENCY_WORDS[t.norm]!;
    else if (t.text === '+' || t.text === '-') {
      const glued = j > 0 && tokens[j - 1]!.end === t.start && tokens[j - 1]!.kind !== 'sym';
      if (t.end !== tokens[j + 1]!.start || glued) break;
      prefix.sign = t.text === '+' ? 1 : -1;
    }
    else if (APPROX_WORDS.has(t.norm)) prefix.approx = true;
    else if (UPPER_BOUND.has(t.norm)) prefix.bound = 'max';
    else if (LOWER_BOUND.has(t.norm) || (t.norm === 'than' && tokens[j - 1]?.norm === 'more')) prefix.bound = 'min';
    // "close to 40%", "up to 40%" are rounded; "went up to 40%" is where it ended.
    else if (t.norm === 'to' && /^(close|up)$/.test(tokens[j - 1]?.norm ?? '') && !(tokens[j - 1]!.norm === 'up' && /^(went|go|goes|gone|came|come|shot|moved|climbed|rose|jumped|crept|ticked|edged|bumped|pushed|brought|got|gone|was|were)$/.test(tokens[j - 2]?.norm ?? ''))) prefix.approx = true;
    else if (!['than', 'a', 'just', 'by', 'at'].includes(t.norm)) break;
    prefix.first = j;
  }
  return prefix;
}

function readShare(tokens: Token[], value: number, first: number, last: number, prefix: Prefix): Quantity | undefined {
  const { currency: _c, ...modifiers } = prefix;
  const shareWord = tokens[last]!.norm;
  // "a quarter of a year", "half of a day": a share of one unit of time is a length of time.
  const unitOfTime = tokens[last + 1]?.norm === 'of' && /^(a|an)$/.test(tokens[last + 2]?.norm ?? '') ? tokens[last + 3]?.norm ?? '' : '';
  if (SINGLE_SPAN.test(unitOfTime)) {
    return { ...modifiers, dim: 'duration', value: (value / 100) * DURATION_DAYS[unitOfTime]!, unit: '', first: Math.min(prefix.first, first), last: last + 3 };
  }
  if (/^quarters?$/.test(shareWord) && quarterIsTime(tokens, first, last)) {
    const count = value / 25;
    return { ...modifiers, dim: 'duration', value: count * DURATION_DAYS.quarter!, unit: '', first: Math.min(prefix.first, first), last };
  }
  return { ...modifiers, approx: true, dim: 'percent', value, unit: '', first: Math.min(prefix.first, first), last };
}

/** "over three quarters" is time; "down by a quarter" and "a quarter of" are shares. */
function quarterIsTime(tokens: Token[], first: number, last: number): boolean {
  if (tokens[last + 1]?.norm === 'of') return false;
  let j = first - 1;
  while (j >= 0 && (APPROX_WORDS.has(tokens[j]!.norm) || tokens[j]!.norm === 'a')) j--;
  const before = tokens[j]?.norm ?? '';
  return TIME_PREPOSITIONS.has(before) || /^(took|take|takes|lasted|spent|needed)$/.test(before) || /^(later|ago|earlier|before|after|of|to|qoq)$/.test(tokens[last + 1]?.norm ?? '');
}

interface Unit { dim: Quantity['dim']; value: number; unit: string; periodDays?: number; last: number }

/** Looks right of a number for its unit: %, pts, k/M, currency, time, people, or a noun. */
function readUnit(tokens: Token[], first: number, last: number, value: number, currency: string): Unit | undefined {
  let j = last + 1;
  if (tokens[j]?.text === '-' && tokens[j]!.start === tokens[last]!.end) j++;
  const next = tokens[j];
  const norm = next?.norm ?? '';
  const attached = next !== undefined && next.start === tokens[j - 1]!.end;
  if (norm === '%' || norm === 'percent') return { dim: 'percent', value, unit: '', last: j };
  // British "per cent" is two words.
  if (norm === 'per' && tokens[j + 1]?.norm === 'cent') return { dim: 'percent', value, unit: '', last: j + 1 };
  if (/^(points?|pts|pp|percentage)$/.test(next?.text.toLowerCase() ?? '') && (next?.text.toLowerCase() !== 'pts' || tokens[last - 1]?.text === '+' || tokens[last - 1]?.text === '-' || !Number.isInteger(value))) {
    return { dim: 'points', value, unit: '', last: norm === 'percentage' ? j + 1 : j };
  }
  if ((norm === 'x' && attached) || norm === 'times' || norm === '×' || norm === 'fold') return { dim: 'multiplier', value, unit: '', last: j };
  // "one harvest season", "two seasons": a length counted in seasons, which have no fixed number of days.
  const seasonAt = norm === 'season' || norm === 'seasons' ? j : /^(season|seasons)$/.test(tokens[j + 1]?.norm ?? '') && /^(growing|harvest|sales|selling|peak|busy|holiday|tourist|academic|school|flu)$/.test(norm) ? j + 1 : -1;
  if (seasonAt >= 0 && currency === '') return { dim: 'duration', value, unit: 'season', last: seasonAt };
  const magnitude = MAGNITUDES[norm] !== undefined && (attached || norm.length > 2 || currency !== '') ? MAGNITUDES[norm]! : 1;
  if (magnitude !== 1) j++;
  const currencyWord = CURRENCY_WORDS[tokens[j]?.norm ?? ''];
  if (currency || currencyWord) {
    if (currencyWord) j++;
    return withPeriod(tokens, j - 1, { dim: 'money', value: value * magnitude, unit: currency || currencyWord!, last: j - 1 });
  }
  if (magnitude !== 1) return countOf(tokens, first, j - 1, value * magnitude);
  const days = DURATION_DAYS[norm] ?? (attached ? { d: 1, h: 1 / 24, s: 1 / 86_400, w: 7 }[norm] : undefined);
  if (days !== undefined) {
    // "six months and a half" is rare but "a year and a half" after a number is not: "one year and a half".
    const half = andAHalf(tokens, j);
    return { dim: 'duration', value: (value + (half ? 0.5 : 0)) * days, unit: norm === 'ms' || norm === 'seconds' || norm === 's' ? 'latency' : '', last: half ? j + 3 : j };
  }
  if (value >= 1990 && value <= 2039 && Number.isInteger(value)) return { dim: 'year', value, unit: '', last };
  return countOf(tokens, first, last, value) ?? ratePerPeriod(tokens, last, value) ?? bareBetweenArrows(tokens, last, value);
}

/**
 * "300 a month", "300/month", "40 per week": a bare number said per period is a rate, which
 * compares only with a rate per the same period.
 */
function ratePerPeriod(tokens: Token[], last: number, value: number): Unit | undefined {
  const link = tokens[last + 1];
  if (!link || !(/^(a|per|each|every)$/.test(link.norm) || link.text === '/')) return undefined;
  const period = PERIOD_DAYS[tokens[last + 2]?.norm ?? ''];
  if (period === undefined || /^(arr|daily|weekly|monthly|yearly|annual|annually|quarterly)$/.test(tokens[last + 2]!.norm)) return undefined;
  return { dim: 'count', value, unit: `per:${period}`, last: last + 2 };
}

/** "3 -> 7": a bare number is still a figure when it is one end of a before/after pair. */
function bareBetweenArrows(tokens: Token[], last: number, value: number): Unit | undefined {
  const arrow = (t: Token | undefined) => t !== undefined && /^(->|→|=>)$/.test(t.text);
  if (arrow(tokens[last + 1]) || arrow(tokens[last - 1])) return { dim: 'count', value, unit: '', last };
  // "went from 5,000 to 12,000": a bare number that starts a from-to range.
  if (tokens[last - 1]?.norm === 'from' && tokens[last + 1]?.norm === 'to' && tokens[last + 2]?.kind === 'num') return { dim: 'count', value, unit: '', last };
  // "800/wk -> 400/wk": a rate per period.
  const perPeriod = tokens[last + 1]?.text === '/' && tokens[last + 2]?.kind === 'word';
  return perPeriod && arrow(tokens[last + 3]) ? { dim: 'count', value, unit: '', last: last + 2 } : undefined;
}

/**
 * A count's unit is the noun after it ("12 techs", "two other data engineers"); the members of a
 * group ("a team of 8", "a team of 8 engineers", "the four of us", "a 12-strong team") are people.
 */
function countOf(tokens: Token[], first: number, last: number, value: number): Unit | undefined {
  const headcountEnd = headcountPhraseEnd(tokens, last, value);
  if (headcountEnd !== undefined) return { dim: 'people', value, unit: 'people', last: headcountEnd };
  const them = peopleOfThem(tokens, last, value);
  if (them) return them;
  const group = groupNounBefore(tokens, first) !== undefined;
  // "3DS", "11am": a number glued to letters is a name, not a count.
  if (tokens[last + 1] && tokens[last + 1]!.start === tokens[last]!.end && tokens[last + 1]!.kind === 'word') return undefined;
  // "one engineer", "one other engineer": a single person is counted only with a people noun.
  const single = PEOPLE_NOUNS[tokens[last + 1]?.norm ?? ''] || (/^(other|more|extra)$/.test(tokens[last + 1]?.norm ?? '') && PEOPLE_NOUNS[tokens[last + 2]?.norm ?? '']);
  if (value === 1 && tokens[last]!.kind === 'word' && !single && !group) return undefined;
  const counted = nounCounted(tokens, last, value);
  // "a group of 12 customers" counts customers; "our team of six shipped it" counts the team.
  if (group && counted?.dim !== 'people' && !(counted && isPlural(tokens[counted.last]))) return { dim: 'people', value, unit: 'people', last };
  // "my team: 6 archivists", "a crew of 9 riggers": the members of a team are people, whatever their trade.
  if (group && counted?.dim === 'count' && /^(team|squad|crew|staff|pod)$/.test(tokens[groupNounBefore(tokens, first)!]!.norm)) return { ...counted, dim: 'people' };
  // "4 + me", "three plus me": the people with the candidate.
  if (!counted && /^(\+|plus|and)$/.test(tokens[last + 1]?.norm ?? '') && /^(me|myself)$/.test(tokens[last + 2]?.norm ?? '')) return { dim: 'people', value, unit: 'people', last };
  // "8 on my team", "five in the squad": the size of the candidate's team.
  if (!counted && /^(on|in)$/.test(tokens[last + 1]?.norm ?? '') && /^(team|squad|crew)$/.test(tokens[last + (/^(my|the|our|his|her)$/.test(tokens[last + 2]?.norm ?? '') ? 3 : 2)]?.norm ?? '')) {
    return { dim: 'people', value, unit: 'people', last: last + (/^(my|the|our|his|her)$/.test(tokens[last + 2]?.norm ?? '') ? 3 : 2) };
  }
  return counted;
}

/**
 * "the drivers, some 12 of them", "he and a designer, two of them in all": "N of
 * them" counts the people named just before, in the same sentence.
 */
function peopleOfThem(tokens: Token[], last: number, value: number): Unit | undefined {
  if (value < 2 || tokens[last + 1]?.norm !== 'of' || tokens[last + 2]?.norm !== 'them') return undefined;
  const sentence = tokens[last]!.sentence;
  for (let j = last - 1; j >= Math.max(0, last - 12) && tokens[j]!.sentence === sentence; j--) {
    const family = PEOPLE_NOUNS[tokens[j]!.norm];
    if (family) return { dim: 'people', value, unit: family, last: last + 2 };
  }
  return undefined;
}

function nounCounted(tokens: Token[], last: number, value: number): Unit | undefined {
  // "3 strong engineers", "five really good devs": a trade a few words on ("valid reports"
  // and "new leads" may be things, so only nouns that always name people count here).
  for (let j = last + 1; j <= last + 3 && tokens[j]?.kind === 'word' && !FUNCTION_WORD.test(tokens[j]!.norm); j++) {
    const family = PEOPLE_NOUNS[tokens[j]!.norm];
    if (family && family !== 'people') return { dim: 'people', value, unit: family, last: j };
  }
  for (let j = last + 1; j <= last + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') {
      if (t.text === '-' && j === last + 1) continue;
      return undefined;
    }
    const family = PEOPLE_NOUNS[t.norm];
    if (family) return { dim: 'people', value, unit: family, last: j };
    if (!/^(other|more|new|full|senior|junior|ml|data|qa|backend|frontend|extra|additional|of|the|time|product|mobile|support|staff|direct)$/.test(t.norm)) {
      return t.norm.length > 1 && !FUNCTION_WORD.test(t.norm) ? headNoun(tokens, j, value) : undefined;
    }
  }
  return undefined;
}

const FUNCTION_WORD = /^(and|or|to|in|on|at|by|from|with|a|an|the|of|for|per|that|which|who|were|was|is|are|than|as|across|into|over|under|between|through|within|among|during|after|before)$/;

function isPlural(t: Token | undefined): boolean {
  // "serious", "status", "analysis" end in s without being plural.
  return t !== undefined && t.kind === 'word' && /[^s]s$/.test(t.norm) && !/(ous|us|is)$/.test(t.norm) && !FUNCTION_WORD.test(t.norm) && /^[a-z]/.test(t.text);
}

/**
 * "90 signed forms", "9 loading bays": a count is of the plural noun that closes the
 * phrase, so a modifier in front ("valid", "pick") is passed over; "30 patients showed" stops
 * at the plural.
 */
function headNoun(tokens: Token[], j: number, value: number): Unit {
  let last = j;
  if (value !== 1 && !isPlural(tokens[j])) {
    if (isPlural(tokens[j + 1])) last = j + 1;
    else if (tokens[j + 1]?.kind === 'word' && !FUNCTION_WORD.test(tokens[j + 1]!.norm) && isPlural(tokens[j + 2])) last = j + 2;
  }
  return { dim: 'count', value, unit: tokens[last]!.stem, last };
}

function withPeriod(tokens: Token[], last: number, unit: Unit): Unit {
  let j = last + 1;
  if (tokens[j]?.text === '/' || /^(a|an|per|each|every)$/.test(tokens[j]?.norm ?? '')) j++;
  const period = PERIOD_DAYS[tokens[j]?.norm ?? ''] ?? PERIOD_DAYS[(tokens[j]?.norm ?? '').replace(/s$/, '')];
  if (period !== undefined && j <= last + 2) return { ...unit, periodDays: period, last: j };
  return unit;
}
