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
  phrase: string;
}

const MONTHS: Record<string, number> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4, jun: 5, june: 5,
  jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8, oct: 9, october: 9, nov: 10, november: 10,
  dec: 11, december: 11,
};
/** Seasons of the northern year; winter spans two years and is left out. */
const SEASONS: Record<string, [number, number]> = { spring: [2, 4], summer: [5, 7], autumn: [8, 10], fall: [8, 10] };
const QUARTER_WORDS: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3 };

const EVENT_WORDS: [DateEvent, RegExp][] = [
  ['launch', /^(launch|launched|live|release|released|ship|shipped|deploy|deployed|rollout|cutover|ga|opened)$/],
  ['start', /^(start|started|began|begin|begun|kickoff|kicked)$/],
  ['finish', /^(finish|finished|complete|completed|done|ended|wrapped)$/],
  ['run', /^(ran|run|runs|pilot|piloted|trial|programme|program)$/],
];
/** A date after these is a bound or a reference point ("by June", "after the summer"), not when it happened. */
const NOT_WHEN = /^(by|before|after|until|till|since|ahead|last|next|every|each|per|deadline|due|target|planned|scheduled|expected|founded|established)$/;

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
  for (const entity of readNlp(text).entities) {
    const first = tokens.findIndex((t) => t.end > entity.start);
    if (first < 0 || read.has(first)) continue;
    let last = first;
    while (tokens[last + 1] && tokens[last + 1]!.start < entity.end) last++;
    if (entity.type !== 'DATE' && entity.type !== 'DURATION' && !(entity.type === 'CARDINAL' && bareYear(tokens, first, last))) continue;
    const date = dateOf(tokens.slice(first, last + 1));
    if (date) dates.push(...placed(tokens, first, last, date, text));
  }
  return dates;
}

/** "This was 2021.", "in 2019": a year the model took for a plain number, told by its place. */
function bareYear(tokens: Token[], first: number, last: number): boolean {
  if (first !== last || !yearAt(tokens[first])) return false;
  const next = tokens[first + 1];
  return /^(in|during|was|of|from)$/.test(tokens[first - 1]?.norm ?? '') && (!next || next.kind === 'sym');
}

function placed(tokens: Token[], first: number, last: number, date: Omit<StoryDate, 'event' | 'phrase'>, text: string): StoryDate[] {
  if (notWhen(tokens, first) || isGoal(tokens, first)) return [];
  return [{ ...date, event: eventOf(tokens, first, last), phrase: text.slice(tokens[first]!.start, tokens[last]!.end) }];
}

/** Months, seasons and years named inside a date entity; a span when two months are named. */
function dateOf(words: Token[]): Omit<StoryDate, 'event' | 'phrase'> | undefined {
  const months = words.map((t) => MONTHS[t.norm]).filter((m) => m !== undefined);
  const season = words.map((t) => SEASONS[t.norm]).find(Boolean);
  const year = words.map(yearAt).find(Boolean);
  const span: [number, number] | undefined =
    months.length > 0 ? [Math.min(...months), Math.max(...months)] : season;
  if (!span && !year) return undefined;
  return { ...(span ? { months: span } : {}), ...(year ? { year } : {}) };
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
