import type { DateEvent, StoryDate } from './dates.js';

/** Months between two dates (0 when they overlap), or undefined when they cannot be compared. */
function monthsApart(x: StoryDate, y: StoryDate): number | undefined {
  if (x.months && y.months) {
    const [xFrom, xTo] = x.months.map((m) => m + (x.year && y.year ? x.year * 12 : 0));
    const [yFrom, yTo] = y.months.map((m) => m + (x.year && y.year ? y.year * 12 : 0));
    return Math.max(0, yFrom! - xTo!, xFrom! - yTo!);
  }
  if (x.year && y.year) return Math.abs(x.year - y.year) * 12;
  return undefined;
}

/**
 * Two dates clash when they are at least two months apart: "March" and "April" may be one
 * event told loosely (the end of one month, the start of the next), "Q2" and "November" not.
 */
const clash = (x: StoryDate, y: StoryDate) => (monthsApart(x, y) ?? 0) >= 2;
const agree = (x: StoryDate, y: StoryDate) => { const apart = monthsApart(x, y); return apart !== undefined && apart < 2; };

const EVENTS: DateEvent[] = ['launch', 'start', 'finish', 'run'];

/**
 * The same event dated differently in two tellings: for each kind of event, a clash only
 * when no date of that kind in one telling agrees with one in the other (a story may date
 * a pilot and a full launch). Dates of no named event count only as the year of the story,
 * when each telling names exactly one year.
 */
export function findDateClash(a: StoryDate[], b: StoryDate[]): [StoryDate, StoryDate] | undefined {
  for (const event of EVENTS) {
    const xs = a.filter((d) => d.event === event);
    const ys = b.filter((d) => d.event === event);
    if (xs.some((x) => ys.some((y) => agree(x, y)))) continue;
    for (const x of xs) for (const y of ys) if (clash(x, y)) return [x, y];
  }
  const yearsA = new Set(a.flatMap((d) => (d.year ? [d.year] : [])));
  const yearsB = new Set(b.flatMap((d) => (d.year ? [d.year] : [])));
  if (yearsA.size !== 1 || yearsB.size !== 1) return undefined;
  const [x, y] = [a.find((d) => d.year)!, b.find((d) => d.year)!];
  return clash(x, y) ? [x, y] : undefined;
}
