import { comparable, figureOf, figuresAgree, type Figure } from './agreement.js';
import type { Measure } from './measures.js';
import type { Quantity } from './quantities.js';

/** One way to read how a measure moved: relative (percent of where it started) or absolute. */
interface Change {
  kind: 'rel' | 'abs';
  dim: Quantity['dim'];
  direction: 1 | -1;
  figure: Figure;
  quantity: Quantity;
  /** A reading that is only one of two ("-38%" as points): it may agree, but not clash alone. */
  guess?: boolean;
}

/** Finds, in the same story, the figure a stated amount was taken from ("the $1.8M bill"). */
export type BaseFinder = (m: Measure) => Quantity | undefined;

/** All readings of a measure's change; "-38%" may be relative or in points, so both. */
export function changesOf(m: Measure, findBase: BaseFinder): Change[] {
  if (m.before && m.after && comparable(m.before, m.after)) return fromBeforeAfter(m.before, m.after);
  if (!m.change) return [];
  const { q, direction } = m.change;
  const figure = figureOf(q);
  if (q.dim === 'multiplier') {
    const rel = Math.abs(q.value - 1) * 100;
    return [{ kind: 'rel', dim: 'percent', direction: q.value >= 1 ? 1 : -1, figure: { ...figure, value: rel }, quantity: q }];
  }
  if (q.dim === 'percent') {
    return [
      { kind: 'rel', dim: 'percent', direction, figure, quantity: q },
      { kind: 'abs', dim: 'points', direction, figure, quantity: q, guess: true },
    ];
  }
  const changes: Change[] = [{ kind: 'abs', dim: q.dim, direction, figure, quantity: q }];
  const base = findBase(m);
  if (base && base.value > 0) {
    // "the $60K-a-week bill dropped by $15K": the drop is per the same period as its base.
    const baseValue = q.periodDays ? figureOf(base).value : base.value;
    changes.push({ kind: 'rel', dim: 'percent', direction, figure: { ...figure, value: (100 * figure.value) / baseValue, approx: true }, quantity: q });
  }
  return changes;
}

function fromBeforeAfter(before: Quantity, after: Quantity): Change[] {
  const [b, a] = [figureOf(before), figureOf(after)];
  const direction = a.value >= b.value ? 1 : -1;
  const approx = b.approx || a.approx || b.bound !== 'eq' || a.bound !== 'eq';
  const abs: Change = { kind: 'abs', dim: before.dim === 'percent' ? 'points' : before.dim, direction, figure: { value: Math.abs(a.value - b.value), approx, bound: 'eq' }, quantity: after };
  if (b.value === 0) return [abs];
  return [abs, { kind: 'rel', dim: 'percent', direction, figure: { value: (100 * Math.abs(a.value - b.value)) / Math.abs(b.value), approx, bound: 'eq' }, quantity: after }];
}

/** The verdict of comparing two measures: nothing comparable, agreeing, or clashing. */
export type Verdict = 'unrelated' | 'agree' | 'clash';

/** Compares two measures of the same subject: start, end, and how much it moved. */
export function compareMeasures(a: Measure, b: Measure, baseOfA: BaseFinder, baseOfB: BaseFinder): Verdict {
  const verdicts = [compareFigures(startOf(a), startOf(b)), compareFigures(endOf(a), endOf(b)), compareChanges(changesOf(a, baseOfA), changesOf(b, baseOfB))];
  if (verdicts.includes('clash')) return 'clash';
  return verdicts.includes('agree') ? 'agree' : 'unrelated';
}

function startOf(m: Measure): Quantity | undefined {
  return m.before ?? (m.level && m.field === 'situation' ? m.level : undefined);
}

function endOf(m: Measure): Quantity | undefined {
  return m.after ?? (m.level && m.field === 'result' ? m.level : undefined);
}

function compareFigures(a: Quantity | undefined, b: Quantity | undefined): Verdict {
  if (!a || !b || !comparable(a, b) || a.dim === 'multiplier') return 'unrelated';
  return figuresAgree(figureOf(a), figureOf(b), a.dim) ? 'agree' : 'clash';
}

function compareChanges(a: Change[], b: Change[]): Verdict {
  let verdict: Verdict = 'unrelated';
  for (const x of a) {
    for (const y of b) {
      if (x.kind !== y.kind || x.dim !== y.dim || x.direction !== y.direction) continue;
      if (x.dim === 'money' && !comparable(x.quantity, y.quantity)) continue;
      if (figuresAgree(x.figure, y.figure, x.dim)) return 'agree';
      if (!x.guess && !y.guess) verdict = 'clash';
    }
  }
  return verdict;
}
