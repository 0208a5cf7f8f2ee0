import type { FieldReading, StarField } from './profile.js';
import type { Quantity } from './quantities.js';
import { isContent, type Token } from './text.js';

/** A measured quantity in one story: a level, a before/after pair, or a stated change. */
export interface Measure {
  field: StarField;
  /** Stems of the words around the number: what it measures. */
  subject: Set<string>;
  dim: Quantity['dim'];
  unit: string;
  before?: Quantity;
  after?: Quantity;
  /** A change stated on its own: "fell by a fifth", "-38%", "doubled". */
  change?: { q: Quantity; direction: 1 | -1 };
  /** A standalone figure; in the situation it reads as "before", in the result as "after". */
  level?: Quantity;
  /** The words that state the figure, quoted from the field's text. */
  phrase: string;
}

const DOWN = /^(fell|fall|falls|drop|dropped|drops|cut|cuts|down|reduc|reduced|decreas|decreased|declin|declined|lower|lowered|shrank|shrunk|came|less|fewer|saved|save|saving)$/;
const UP = /^(rose|rise|up|increas|increased|grew|grow|growing|gain|gained|improv|improved|boost|boosted|rais|raised|more|higher|jump|jumped|climb|climbed)$/;
/** Wishes, targets and promises are not facts about what happened. */
const GOAL = /^(goal|target|aim|aimed|want|wanted|hope|hoped|promis|promised|commit|committed|planned|expect|expected|projected|push|pushed|ask|asked|propos|proposed|would|could)$/;
/** Nouns that name a wish only when they introduce it: "the plan was to halve it", not "the plan was rolled out". */
const GOAL_NOUN = /^(plan|forecast)$/;
/** "the council told us it would start in ten days": what was announced is reported as a fact, not wished. */
const REPORTED = /^(told|said|announced|warned|informed|notified|confirmed|wrote)$/;
/** Words that say how a number moved, not what it measures. */
const GENERIC_SUBJECT = new Set(['went', 'fell', 'drop', 'cut', 'rose', 'came', 'reduc', 'increas', 'decreas', 'grew', 'improv', 'said', 'percent', 'point', 'total', 'overal', 'about', 'around', 'rate', 'time', 'level', 'number', 'share', 'per', 'averag', 'day', 'week', 'month', 'year', 'quarter', 'hour', 'minut', 'second', 'onli', 'like', 'held', 'steadi', 'back', 'still']);

/**
 * The stems of a clause's content words, without numbers and the words that only say "it
 * moved"; an acronym the note defined ("MTTA = mean time to acknowledge") brings its meaning.
 */
export function clauseSubject(reading: FieldReading, clause: number, definitions: Definitions, around?: { first: number; last: number }): Set<string> {
  const subject = new Set<string>();
  const inQuantity = quantityTokens(reading);
  const [from, to] = around ? between(reading, clause, around) : [0, reading.tokens.length - 1];
  const generic = new Set<string>();
  reading.tokens.forEach((t, i) => {
    if (t.clause !== clause || inQuantity.has(i) || i < from || i > to) return;
    if (isContent(t) && !DOWN.test(t.norm) && !UP.test(t.norm)) (GENERIC_SUBJECT.has(t.stem) ? generic : subject).add(t.stem);
    for (const meaning of definitions.get(t.norm) ?? []) subject.add(meaning);
  });
  // "Re-delivery rate: 12 -> 4 percent": a figure after a colon measures the label before it.
  const start = reading.tokens.findIndex((t) => t.clause === clause);
  if (subject.size === 0 && start > 0 && reading.tokens[start - 1]!.text === ':') {
    return clauseSubject(reading, reading.tokens[start - 1]!.clause, definitions);
  }
  // "The on-time rate went from 80% to 95%": when every word is a common one, those words say what it measures.
  return subject.size > 0 ? subject : new Set([...generic].filter((stem) => !/^(went|fell|drop|cut|rose|came|reduc|increas|decreas|grew|improv|said|about|around|onli|like|held|steadi|back|still)$/.test(stem)));
}

/**
 * "Refund time dropped to 2 days and returns-related tickets fell 45%": two figures in one
 * clause measure two things, so each takes only the words between it and its neighbours.
 */
function between(reading: FieldReading, clause: number, span: { first: number; last: number }): [number, number] {
  let [from, to] = [0, reading.tokens.length - 1];
  for (const q of reading.quantities) {
    if (reading.tokens[q.first]!.clause !== clause) continue;
    if (q.last < span.first) from = Math.max(from, q.last + 1);
    if (q.first > span.last) to = Math.min(to, q.first - 1);
  }
  return [from, to];
}

const coveredCache = new WeakMap<FieldReading, Set<number>>();

function quantityTokens(reading: FieldReading): Set<number> {
  let covered = coveredCache.get(reading);
  if (!covered) {
    covered = new Set<number>();
    for (const q of reading.quantities) for (let i = q.first; i <= q.last; i++) covered.add(i);
    coveredCache.set(reading, covered);
  }
  return covered;
}

/** Acronyms a note defines, to the stems of their meaning. */
export type Definitions = Map<string, string[]>;

/** Finds "MTTA = mean time to acknowledge" and "(MTTA: mean time to acknowledge)" style definitions. */
export function readDefinitions(readings: FieldReading[]): Definitions {
  const definitions: Definitions = new Map();
  for (const { tokens } of readings) {
    tokens.forEach((t, i) => {
      if (t.kind !== 'word' || !/^[A-Z0-9]{2,6}$/.test(t.text) || !/^[=:]$/.test(tokens[i + 1]?.text ?? '')) return;
      const meaning = tokens.slice(i + 2).filter((m) => m.sentence === t.sentence && m.clause <= tokens[i + 2]!.clause + 1 && isContent(m));
      if (meaning.length > 0) definitions.set(t.norm, meaning.slice(0, 5).map((m) => m.stem));
    });
  }
  return definitions;
}

/**
 * "NPS" in one telling and "net promoter score" in another: an acronym whose letters are the
 * initials of consecutive words somewhere in the loop means those words, even where no note
 * defines it. Words of one or two letters and "of", "and", "to" may sit between ("time to
 * resolve" is TTR).
 */
export function readAcronyms(readings: FieldReading[]): Definitions {
  const acronyms = new Set<string>();
  for (const { tokens } of readings) for (const t of tokens) if (t.kind === 'word' && /^[A-Z]{2,5}$/.test(t.text)) acronyms.add(t.norm);
  const found: Definitions = new Map();
  if (acronyms.size === 0) return found;
  for (const { tokens } of readings) {
    const words = tokens.filter((t) => t.kind === 'word' && !/^[A-Z]{2,5}$/.test(t.text));
    for (let i = 0; i < words.length; i++) {
      let letters = '';
      const meaning: string[] = [];
      for (let j = i; j < words.length && letters.length < 5; j++) {
        if (j > i && words[j]!.sentence !== words[i]!.sentence) break;
        if (j > i && /^(of|and|to|the|a|for|in|on)$/.test(words[j]!.norm)) continue;
        letters += words[j]!.norm[0];
        meaning.push(words[j]!.stem);
        if (letters.length >= 2 && acronyms.has(letters) && !found.has(letters)) found.set(letters, [...meaning]);
      }
    }
  }
  return found;
}

/** True when the sentence around token i states a wish or target rather than a fact. */
export function isGoal(tokens: Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (let j = i - 1; j >= 0 && tokens[j]!.sentence === sentence; j--) {
    const word = tokens[j]!.norm;
    if (word === 'would' && tokens.slice(Math.max(0, j - 4), j).some((t) => REPORTED.test(t.norm))) continue;
    if (GOAL.test(word)) return true;
    if (GOAL_NOUN.test(word) && /^(to|was|is|of)$/.test(tokens[j + 1]?.norm ?? '') && /^(to|cut|reach|get|hit)$/.test(tokens[j + 1]?.norm === 'to' ? 'to' : tokens[j + 2]?.norm ?? '')) return true;
  }
  return false;
}

function directionBefore(tokens: Token[], q: Quantity): 1 | -1 | 0 {
  if (q.sign) return q.sign;
  for (let j = q.first - 1; j >= Math.max(0, q.first - 6) && tokens[j]!.clause === tokens[q.first]!.clause; j--) {
    const word = tokens[j]!.norm;
    if (word === 'to' || word === 'from') return 0;
    if (DOWN.test(word)) return -1;
    // "ended up $15K lower": "up" after "ended" says where it finished, not which way it moved.
    if (UP.test(word) && !(word === 'up' && /^(end|ended|ending|ends|wound|winds|winding)$/.test(tokens[j - 1]?.norm ?? ''))) return 1;
  }
  return 0;
}

/**
 * "up 15% in the pilot and 8% across the network": a figure joined by "and" to a stated
 * change, with no verb of its own, moved the same way.
 */
function coordinatedDirection(tokens: Token[], q: Quantity, measures: Measure[]): 1 | -1 | 0 {
  const previous = measures[measures.length - 1];
  const change = previous?.change;
  if (!change || change.q.dim !== q.dim || change.q.last >= q.first) return 0;
  const link = tokens.slice(change.q.last + 1, q.first);
  if (link.length > 6 || link.some((t) => t.sentence !== tokens[q.first]!.sentence)) return 0;
  if (!link.some((t) => t.norm === 'and' || t.text === ',') || link.some((t) => t.kind === 'word' && (/(ed)$/.test(t.norm) || /^(to|from|was|were|is|are)$/.test(t.norm)))) return 0;
  return change.direction;
}

/** "$20K a week lower", "40% fewer": the direction comes after the figure. */
function directionAfter(tokens: Token[], q: Quantity): 1 | -1 | 0 {
  const next = tokens[q.last + 1]?.norm ?? '';
  // A comparative after the figure: "6% better", "20% faster", "$20K cheaper".
  if (/^(lower|less|fewer|cheaper|smaller|shorter|down|slower|worse)$/.test(next)) return -1;
  return /^(higher|more|bigger|larger|longer|up|better|faster|quicker)$/.test(next) ? 1 : 0;
}

const ARROWS = new Set(['->', '→', '=>', 'to']);

/** Reads the measures of one field: from-to pairs first, then changes, then levels. */
export function readMeasures(reading: FieldReading, definitions: Definitions = new Map()): Measure[] {
  const { tokens, quantities, field } = reading;
  const measures: Measure[] = [];
  const used = new Set<Quantity>();
  const span = (a: Quantity, b: Quantity) => ({ phrase: quote(reading, a.first, b.last) });
  for (let k = 0; k + 1 < quantities.length; k++) {
    const [a, b] = [quantities[k]!, quantities[k + 1]!];
    const link = tokens.slice(a.last + 1, b.first).filter((t) => t.text !== ',');
    const linkWord = (t: Token) => ARROWS.has(t.norm) || t.norm === 'from' || /^(under|over|about|around|~|a|just|below|nearly|roughly|down|up|back|all|the|way)$/.test(t.norm);
    const linked = (link.length > 0 && link.length <= 4 && link.some((t) => ARROWS.has(t.norm) || t.norm === 'from') && link.every(linkWord)) || beforeAndAfter(tokens, a, b);
    if (!linked || !sameScale(a, b) || isGoal(tokens, a.first)) continue;
    // "dropped to 1%, down from 4%", "brought down to 2% from 4%": the later figure is where it started.
    const reversed = link.some((t) => t.norm === 'from') && !link.some((t) => ARROWS.has(t.norm));
    // "cut it by $30K, from $90K": a figure after "by" is the change, not where it ended.
    if (reversed && tokens[a.first - 1]?.norm === 'by') continue;
    const [before, after] = samePeriod(reversed ? [b, a] : [a, b]);
    measures.push({ field, subject: clauseSubject(reading, tokens[a.first]!.clause, definitions, { first: a.first, last: b.last }), dim: a.dim, unit: a.unit, before, after, ...span(a, b) });
    used.add(a).add(b);
  }
  for (const q of quantities) {
    if (used.has(q) || q.dim === 'year' || isGoal(tokens, q.first)) continue;
    const subject = clauseSubject(reading, tokens[q.first]!.clause, definitions, q);
    const direction = q.dim === 'multiplier' ? (q.value >= 1 ? 1 : -1) : directionBefore(tokens, q) || directionAfter(tokens, q) || coordinatedDirection(tokens, q, measures);
    const base = { field, subject, dim: q.dim, unit: q.unit, ...span(q, q) };
    if (subject.size === 0) inheritSubject(base, measures, tokens, q);
    const stated = q.dim !== 'count' || q.sign !== 0 || tokens[q.first - 1]?.norm === 'by';
    // "went up to 78%": where the measure ended, not by how much it moved.
    const toAt = tokens[q.first]?.norm === 'to' ? q.first : q.first - 1; // "up to" may be read into the figure as rounding
    const reached = tokens[toAt]?.norm === 'to' && directionBeforeTo(tokens, toAt) !== 0;
    if (direction !== 0 && stated && !reached && q.dim !== 'duration' && q.dim !== 'people') measures.push({ ...base, change: { q, direction } });
    else if (reached) measures.push({ ...base, after: q });
    // "down from $90K", "it had been 19 days": a figure the measure started from.
    else if (tokens[q.first - 1]?.norm === 'from' || startedAt(tokens, q.first)) measures.push({ ...base, before: q });
    else measures.push({ ...base, level: q });
  }
  return measures;
}

const EARLIER = /^(before|beforehand|previously|initially|originally|first)$/;
const LATER = /^(after|afterwards|afterward|now|today|later)$/;

/** "35% of the time before and 10% after", "was 9 days, now 4": two states of one measure named by when. */
function beforeAndAfter(tokens: Token[], a: Quantity, b: Quantity): boolean {
  const link = tokens.slice(a.last + 1, b.first);
  if (link.length === 0 || link.length > 6 || link.some((t) => t.sentence !== tokens[a.first]!.sentence)) return false;
  const earlier = link.some((t) => EARLIER.test(t.norm)) || tokens.slice(Math.max(0, a.first - 2), a.first).some((t) => EARLIER.test(t.norm) || /^(was|were|used)$/.test(t.norm));
  const later = LATER.test(tokens[b.last + 1]?.norm ?? '') || link.slice(-2).some((t) => LATER.test(t.norm));
  return earlier && later;
}

/** "it had been 19 days", "it used to be 19 days": where the measure stood before ("we had ten days" is not). */
function startedAt(tokens: Token[], first: number): boolean {
  const [a, b, c] = [tokens[first - 3]?.norm, tokens[first - 2]?.norm, tokens[first - 1]?.norm];
  return (b === 'had' && c === 'been') || (a === 'used' && b === 'to' && c === 'be');
}

/** The text from the start of the clause's subject to the end of the figure, for quoting. */
export function quote(reading: FieldReading, first: number, last: number): string {
  const { tokens, text } = reading;
  let from = first;
  const clause = tokens[first]!.clause;
  while (from > 0 && tokens[from - 1]!.clause === clause && first - from < 8) from--;
  while (from < first && tokens[from]!.kind === 'sym' && !/^[$€£~+-]$/.test(tokens[from]!.text)) from++;
  return text.slice(tokens[from]!.start, tokens[last]!.end);
}

/** "Bill $1.8M -> $1.1M (-39%)": a bare figure restates the measure just before it. */
function inheritSubject(base: { subject: Set<string> }, measures: Measure[], tokens: Token[], q: Quantity): void {
  const previous = measures[measures.length - 1];
  const sentence = tokens[q.first]!.sentence;
  if (previous && previous.subject.size > 0 && tokens.some((t) => t.sentence === sentence && t.text === previous.phrase.split(' ')[0])) {
    base.subject = new Set(previous.subject);
  }
}

/** "fell to 11%": the number after "to" is where the measure ended up. */
function directionBeforeTo(tokens: Token[], toIndex: number): 1 | -1 | 0 {
  const previous = tokens[toIndex - 1];
  if (!previous) return 0;
  return DOWN.test(previous.norm) ? -1 : UP.test(previous.norm) || /^(went|back|came|moved|got|reached)$/.test(previous.norm) ? 1 : 0;
}

/** "from $90K a month to $60K": both ends of a pair are amounts per the period either states. */
function samePeriod([a, b]: [Quantity, Quantity]): [Quantity, Quantity] {
  const periodDays = a.periodDays ?? b.periodDays;
  return periodDays === undefined ? [a, b] : [{ ...a, periodDays }, { ...b, periodDays }];
}

function sameScale(a: Quantity, b: Quantity): boolean {
  return a.dim === b.dim && (a.dim !== 'count' || a.unit === b.unit || b.unit === '' || a.unit === '') && a.dim !== 'year';
}
