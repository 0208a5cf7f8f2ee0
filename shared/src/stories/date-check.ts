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
/** Months by which y falls after a "by" date x (0 when it is not after it), or undefined. */
function monthsAfterBound(bound: StoryDate, y: StoryDate): number | undefined {
  if (!bound.months || !y.months) return bound.year && y.year && !bound.months && !y.months ? Math.max(0, (y.year - bound.year) * 12) : undefined;
  const sameYears = bound.year !== undefined && y.year !== undefined;
  if (!sameYears && (bound.year !== undefined || y.year !== undefined)) return undefined;
  const boundEnd = bound.months[1] + (sameYears ? bound.year! * 12 : 0);
  const yStart = y.months[0] + (sameYears ? y.year! * 12 : 0);
  return Math.max(0, yStart - boundEnd);
}

/** A "by" date clashes only with a date well after it; two "by" dates say too little to clash. */
const clash = (x: StoryDate, y: StoryDate) => {
  if (x.bound && y.bound) return false;
  if (x.bound || y.bound) return (monthsAfterBound(x.bound ? x : y, x.bound ? y : x) ?? 0) >= 2;
  return (monthsApart(x, y) ?? 0) >= 2;
};
const agree = (x: StoryDate, y: StoryDate) => {
  if (x.bound || y.bound) { const after = x.bound && y.bound ? 0 : monthsAfterBound(x.bound ? x : y, x.bound ? y : x); return after !== undefined && after < 2; }
  const apart = monthsApart(x, y);
  return apart !== undefined && apart < 2;
};

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
  if (yearsA.size === 1 && yearsB.size === 1) {
    const [x, y] = [a.find((d) => d.year)!, b.find((d) => d.year)!];
    if (clash(x, y)) return [x, y];
  }
  // "in March" vs "in September", each the only date of its telling and tied to no event.
  if (a.length === 1 && b.length === 1 && a[0]!.event === 'story' && b[0]!.event === 'story' && clash(a[0]!, b[0]!)) return [a[0]!, b[0]!];
  return undefined;
}
