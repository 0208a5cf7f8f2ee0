import { readNlp } from './entities.js';
import { isGoal } from './measures.js';
import type { FieldReading } from './profile.js';
import type { Token } from './text.js';

/** What a date in a story is the date of: the word for the event nearest to it in its clause. */
export type DateEvent = 'launch' | 'start' | 'finish' | 'run' | 'story';

/** A date a story gives, as a span of months (0 = January), with its year when stated. */
export interface StoryDate {
  event: DateEvent;
  year?: number;
  months?: [number, number];
  /** "was live by the end of March", "launched before Christmas": at or before this date, not on it. */
  bound?: 'by';
  phrase: string;
}

const MONTHS: Record<string, number> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4, jun: 5, june: 5,
  jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8, oct: 9, october: 9, nov: 10, november: 10,
  dec: 11, december: 11,
};
/** Seasons of the northern year; winter spans two years and is left out. */
const SEASONS: Record<string, [number, number]> = { spring: [2, 4], summer: [5, 7], autumn: [8, 10], fall: [8, 10] };
/** Holidays that fall in a known month or two. */
const HOLIDAYS: Record<string, [number, number]> = { christmas: [11, 11], xmas: [11, 11], easter: [2, 3], thanksgiving: [10, 10], halloween: [9, 9] };
/** "the second half of 2022", "H1": half years. */
const HALVES: Record<string, [number, number]> = { h1: [0, 5], h2: [6, 11] };
const QUARTER_WORDS: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3 };

const EVENT_WORDS: [DateEvent, RegExp][] = [
  ['launch', /^(launch|launched|live|release|released|ship|shipped|deploy|deployed|rollout|rolled|cutover|ga|opened|introduced|implemented|production)$/],
  ['start', /^(start|started|began|begin|begun|kickoff|kicked)$/],
  ['finish', /^(finish|finished|complete|completed|done|ended|wrapped|delivered)$/],
  ['run', /^(ran|run|runs|pilot|piloted|trial|programme|program)$/],
];
/** A date after these is a bound or a reference point ("after the summer", "until May"), not when it happened. */
const NOT_WHEN = /^(by|before|after|until|till|since|ahead|last|next|every|each|per|deadline|due|target|planned|scheduled|expected|founded|established)$/;
/** Words of a fact already done: "it was live by March", "we had shipped before Christmas". */
const DONE_FACT = /^(was|were|had|went|launched|shipped|released|live|done|finished|completed|delivered|opened|rolled|cut)$/;
/** Words that make "by March" a deadline rather than what happened. */
const DEADLINE = /^(had|needed|need|must|deadline|due|target|promised|committed|aim|aimed|goal|required|asked|wanted|supposed|expected|planned|scheduled)$/;

/**
 * Reads the dates one field gives for its events. wink-nlp decides which words are dates
 * ("in may 2021" but not "we may ship", a month range "from June to December" as one
 * entity); quarters ("Q3", "the third quarter") are read here, as the model does not tag them.
 */
export function readDates(field: FieldReading): StoryDate[] {
  const { text, tokens } = field;
  const dates: StoryDate[] = [];
  const read = new Set<number>();
  tokens.forEach((t, i) => {
    const quarter = quarterAt(tokens, i);
    if (!quarter) return;
    const year = yearAt(tokens[quarter.last + 1]);
    const last = year ? quarter.last + 1 : quarter.last;
    for (let j = i; j <= last; j++) read.add(j);
    dates.push(...placed(tokens, i, last, { months: [quarter.index * 3, quarter.index * 3 + 2], ...(year ? { year } : {}) }, text));
  });
  const entities = readNlp(text).entities.map((entity) => {
    const first = tokens.findIndex((t) => t.end > entity.start);
    let last = first;
    while (first >= 0 && tokens[last + 1] && tokens[last + 1]!.start < entity.end) last++;
    return { type: entity.type, first, last };
  });
  // Dates the model does not tag: "mid-2021", "H1 2021", "at Easter 2021" (a bare year after a word of time).
  tokens.forEach((t, i) => {
    if (!yearAt(t) || entities.some((e) => e.first <= i && i <= e.last)) return;
    if (/^(in|during|of|from|mid|early|late|end|start|beginning|h1|h2|easter|christmas|summer|spring|autumn|fall)$/.test(tokens[i - 1]?.norm ?? '') || (tokens[i - 1]?.text === '-' && tokens[i - 2]?.norm === 'mid')) {
      const first = /^(h1|h2|easter|christmas|summer|spring|autumn|fall)$/.test(tokens[i - 1]?.norm ?? '') ? i - 1 : i;
      entities.push({ type: 'DATE', first, last: i });
    }
  });
  for (const entity of entities) {
    const { first, last } = entity;
    if (first < 0 || read.has(first)) continue;
    if (entity.type !== 'DATE' && entity.type !== 'DURATION' && !(entity.type === 'CARDINAL' && bareYear(tokens, first, last))) continue;
    // "Christmas" and "2021" may come as two entities: one date.
    const next = entities.find((e) => e.first === last + 1 && e.type === 'DATE' && yearAt(tokens[e.first]) && e.first === e.last);
    const to = next && !yearOf(tokens.slice(first, last + 1)) ? next.last : last;
    if (next && to !== last) read.add(next.first);
    const date = dateOf(tokens.slice(first, to + 1));
    if (date) dates.push(...placed(tokens, first, to, date, text));
    for (let j = first; j <= to; j++) read.add(j);
  }
  return dates;
}

function yearOf(words: Token[]): number | undefined {
  return words.map(yearAt).find(Boolean);
}

/** "This was 2021.", "in 2019": a year the model took for a plain number, told by its place. */
function bareYear(tokens: Token[], first: number, last: number): boolean {
  if (first !== last || !yearAt(tokens[first])) return false;
  const next = tokens[first + 1];
  return /^(in|during|was|of|from)$/.test(tokens[first - 1]?.norm ?? '') && (!next || next.kind === 'sym');
}

function placed(tokens: Token[], first: number, last: number, date: Omit<StoryDate, 'event' | 'phrase'>, text: string): StoryDate[] {
  if (isGoal(tokens, first)) return [];
  const phrase = text.slice(tokens[first]!.start, tokens[last]!.end);
  if (notWhen(tokens, first)) return doneBy(tokens, first) ? [{ ...date, bound: 'by', event: eventOf(tokens, first, last), phrase }] : [];
  return [{ ...date, event: eventOf(tokens, first, last), phrase }];
}

/**
 * "It was live by the end of March", "we had shipped before Christmas": a date that bounds
 * something already done (but "had to be live by March" is a deadline).
 */
function doneBy(tokens: Token[], first: number): boolean {
  const clause = tokens[first]!.clause;
  let j = first - 1;
  while (j >= 0 && /^(the|end|start|beginning|middle|of|early|late|mid)$/.test(tokens[j]!.norm)) j--;
  if (!/^(by|before)$/.test(tokens[j]?.norm ?? '')) return false;
  const before = tokens.slice(0, j).filter((t) => t.clause === clause);
  return before.some((t) => DONE_FACT.test(t.norm)) && !before.some((t) => DEADLINE.test(t.norm) && !(t.norm === 'had' && /^(shipped|launched|finished|been|done|gone|moved)$/.test(tokens[tokens.indexOf(t) + 1]?.norm ?? '')));
}

/** Months, seasons and years named inside a date entity; a span when two months are named. */
function dateOf(words: Token[]): Omit<StoryDate, 'event' | 'phrase'> | undefined {
  const months = words.map((t) => MONTHS[t.norm]).filter((m) => m !== undefined);
  const season = words.map((t) => SEASONS[t.norm] ?? HOLIDAYS[t.norm] ?? HALVES[t.norm]).find(Boolean) ?? halfOfYear(words);
  const year = words.map(yearAt).find(Boolean);
  const span: [number, number] | undefined =
    months.length > 0 ? [Math.min(...months), Math.max(...months)] : season;
  if (!span && !year) return undefined;
  return { ...(span ? { months: span } : {}), ...(year ? { year } : {}) };
}

/** "the first half of 2021", "the second half of the year". */
function halfOfYear(words: Token[]): [number, number] | undefined {
  const at = words.findIndex((t) => t.norm === 'half');
  if (at < 1) return undefined;
  return words[at - 1]!.norm === 'first' ? [0, 5] : words[at - 1]!.norm === 'second' ? [6, 11] : undefined;
}

function yearAt(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'num' || !/^(19|20)\d\d$/.test(t.text)) return undefined;
  return Number(t.text);
}

/** "Q3", "the third quarter": a quarter of the year. */
function quarterAt(tokens: Token[], i: number): { index: number; last: number } | undefined {
  const t = tokens[i]!;
  if (/^q[1-4]$/.test(t.norm)) return { index: Number(t.norm[1]) - 1, last: i };
  const next = tokens[i + 1];
  if (t.norm in QUARTER_WORDS && next && /^(quarter|qtr)$/.test(next.norm)) return { index: QUARTER_WORDS[t.norm]!, last: i + 1 };
  return undefined;
}

function notWhen(tokens: Token[], first: number): boolean {
  const clause = tokens[first]!.clause;
  for (let j = first - 1; j >= Math.max(0, first - 3) && tokens[j]!.clause === clause; j--) {
    if (NOT_WHEN.test(tokens[j]!.norm)) return true;
  }
  return false;
}

/** The event word nearest to the date in its clause, or the story as a whole. */
function eventOf(tokens: Token[], first: number, last: number): DateEvent {
  const clause = tokens[first]!.clause;
  let best: { event: DateEvent; distance: number } = { event: 'story', distance: Infinity };
  tokens.forEach((t, i) => {
    if (t.clause !== clause || (i >= first && i <= last)) return;
    const distance = i < first ? first - i : i - last;
    const word = t.norm === 'cut' && (tokens[i + 1]?.norm === 'over' || tokens[i + 2]?.norm === 'over') ? 'cutover' : t.norm;
    for (const [event, words] of EVENT_WORDS) if (words.test(word) && distance < best.distance) best = { event, distance };
  });
  return best.event;
}
