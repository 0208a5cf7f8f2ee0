import {
  DAYS_PER_UNIT,
  DURATION_MEASURES,
  describeDataPoint,
  type ConflictKind,
  type DataPointEntry,
  type DurationPoint,
  type StoryDataPoints,
} from '@mockloop/shared';
import type { DataPointValue } from '@mockloop/shared/scorecard/data-point-values';

/** A kind two stories were compared on from confirmed data points, and whether they clash. */
export type ConfirmedComparison = { kind: ConflictKind; clash?: { phrases: [string, string]; values: [string, string] } };

type Confirmed = Extract<DataPointEntry, { status: 'confirmed' }>;

const confirmed = (points: StoryDataPoints, slot: keyof StoryDataPoints): Confirmed | undefined => {
  const entry = points[slot];
  return entry?.status === 'confirmed' ? entry : undefined;
};

/**
 * Compares what two interviewers confirmed, kind by kind, exactly: a kind is compared only
 * when both confirmed a value for the same thing (the same team owner, outcome event, thing a
 * duration measures, or metric unit); every other kind is left to the notes.
 */
export function compareConfirmed(a: StoryDataPoints, b: StoryDataPoints): ConfirmedComparison[] {
  const compared: ConfirmedComparison[] = [];
  const pair = (kind: ConflictKind, slot: keyof StoryDataPoints, same: (x: DataPointValue, y: DataPointValue) => boolean | undefined) => {
    const [x, y] = [confirmed(a, slot), confirmed(b, slot)];
    if (!x || !y) return;
    const verdict = same(x.value, y.value);
    if (verdict !== undefined) compared.push(verdict ? { kind } : { kind, clash: clashOf(x, y) });
  };
  pair('team', 'team', (x, y) => (x.kind === 'team' && y.kind === 'team' ? (x.whose === y.whose ? x.size === y.size : true) : undefined));
  pair('role', 'role', (x, y) => (x.kind === 'role' && y.kind === 'role' ? x.part === y.part && (x.of === null || y.of === null || x.of === y.of) : undefined));
  pair('metric', 'metric', (x, y) => {
    if (x.kind !== 'metric' || y.kind !== 'metric' || normalUnit(x.unit) !== normalUnit(y.unit)) return undefined;
    const sameFigure = (p: number | null, q: number | null) => p === null || q === null || p === q;
    return sameFigure(x.before, y.before) && sameFigure(x.after, y.after);
  });
  pair('outcome', 'outcome', (x, y) => (x.kind === 'outcome' && y.kind === 'outcome' && x.event === y.event ? x.happened === y.happened : undefined));
  const durations = DURATION_MEASURES.map((measure) => [confirmed(a, `duration:${measure}`), confirmed(b, `duration:${measure}`)] as const).filter(
    (d): d is readonly [Confirmed, Confirmed] => d[0] !== undefined && d[1] !== undefined,
  );
  if (durations.length) {
    const clash = durations.find(([x, y]) => !sameDuration(x.value as DurationPoint, y.value as DurationPoint));
    compared.push(clash ? { kind: 'timeline', clash: clashOf(clash[0], clash[1]) } : { kind: 'timeline' });
  }
  return compared;
}

function clashOf(x: Confirmed, y: Confirmed): NonNullable<ConfirmedComparison['clash']> {
  const values: [string, string] = [valueWords(x.value), valueWords(y.value)];
  return { phrases: [x.phrase ?? values[0], y.phrase ?? values[1]], values };
}

function valueWords(value: DataPointValue): string {
  // Team sizes are compared only for the same owner, so the owner need not be repeated.
  return value.kind === 'team' ? `${value.size} ${value.size === 1 ? 'person' : 'people'}` : describeDataPoint(value);
}

const normalUnit = (unit: string) => unit.trim().toLowerCase();

/**
 * Two confirmed lengths are the same when they are equal in the same unit, or, said in
 * different units, when the finer one rounds to the coarser ("12 weeks" is "3 months";
 * "6 weeks" is not "2 months").
 */
export function sameDuration(x: DurationPoint, y: DurationPoint): boolean {
  if (x.unit === y.unit) return x.amount === y.amount;
  const coarser = Math.max(DAYS_PER_UNIT[x.unit], DAYS_PER_UNIT[y.unit]);
  return Math.abs(x.amount * DAYS_PER_UNIT[x.unit] - y.amount * DAYS_PER_UNIT[y.unit]) <= coarser / 2 + 1e-9;
}
