import type { Quantity } from './quantities.js';

/** A figure to compare: a value with how loosely it was said. */
export interface Figure {
  value: number;
  approx: boolean;
  bound: Quantity['bound'];
}

/** Rounding a careful listener accepts, by dimension: relative share, and absolute slack. */
const ABSOLUTE_SLACK: Partial<Record<Quantity['dim'], number>> = { percent: 0.5, points: 0.5 };

/**
 * True when two figures can be the same fact: within 10% of each other (20% when either
 * was rounded: "about", "~", "a third"), or on the allowed side of a stated bound.
 */
export function figuresAgree(a: Figure, b: Figure, dim: Quantity['dim']): boolean {
  const tolerance = a.approx || b.approx ? 0.2 : 0.1;
  if (a.bound !== 'eq' && b.bound !== 'eq') return true;
  if (a.bound !== 'eq') return withinBound(a, b.value, tolerance);
  if (b.bound !== 'eq') return withinBound(b, a.value, tolerance);
  const absolute = ABSOLUTE_SLACK[dim] ?? 0;
  const slack = Math.max(absolute, tolerance * scaleOf(a.value, b.value, dim));
  return Math.abs(a.value - b.value) <= slack + 1e-9;
}

/**
 * What a rounding error is a share of. For a share of a whole, it is the smaller of the part
 * and the rest: "95%" and "99%" uptime are 5% and 1% down, far apart, while "24%" and
 * "about a quarter" are close. Above 100% (a rise of 150%) it is the figure itself.
 */
function scaleOf(a: number, b: number, dim: Quantity['dim']): number {
  const largest = Math.max(Math.abs(a), Math.abs(b));
  if (dim !== 'percent' || a < 0 || b < 0 || a > 100 || b > 100) return largest;
  return Math.max(Math.min(a, 100 - a), Math.min(b, 100 - b));
}

function withinBound(bound: Figure, value: number, tolerance: number): boolean {
  return bound.bound === 'max' ? value <= bound.value * (1 + tolerance / 2) : value >= bound.value * (1 - tolerance / 2);
}

/** A quantity as a figure on a common scale (money per year when it recurs). */
export function figureOf(q: Quantity): Figure {
  return { value: scaledValue(q), approx: q.approx, bound: q.bound };
}

/** Money per period is brought to a yearly figure; everything else is already on one scale. */
export function scaledValue(q: Quantity): number {
  return q.dim === 'money' && q.periodDays ? (q.value * 365) / q.periodDays : q.value;
}

/** Two quantities can be compared when they measure the same kind of thing. */
export function comparable(a: Quantity, b: Quantity): boolean {
  if (a.dim !== b.dim) return false;
  if (a.dim === 'money') return a.unit === b.unit && Boolean(a.periodDays) === Boolean(b.periodDays);
  if (a.dim === 'count') return a.unit === b.unit;
  // Latencies, lengths in days and lengths in seasons are three different things.
  if (a.dim === 'duration') return a.unit === b.unit;
  return true;
}
