import { comparable, figureOf, figuresAgree } from './agreement.js';
import type { Finding, StoryFacts } from './facts.js';
import type { Measure } from './measures.js';
import { compareMeasures, type BaseFinder } from './metric.js';
import { sharedCount } from './overlap.js';

/** Measures that say how much something moved or stood; bare durations belong to timeline. */
function isMetric(m: Measure): boolean {
  if (m.dim === 'people' || m.dim === 'year') return false;
  if (m.dim === 'duration') return Boolean(m.before && m.after) || m.unit === 'latency';
  if (m.level && m.field !== 'situation' && m.field !== 'result') return false;
  // A count in the result is an outcome figure ("90 signed forms"); elsewhere it is scenery.
  // "All 40 sites", "those two sites": the whole set or a part named again, not a result.
  if (m.dim === 'count' && m.level && /^(all|every|each|those|these)\s/i.test(m.phrase)) return false;
  return !(m.dim === 'count' && m.level && m.field !== 'result');
}

/** The figure a stated amount came off: a level of the same kind and subject in the story. */
export function baseFinder(facts: StoryFacts): BaseFinder {
  return (m) => {
    const q = m.change?.q;
    if (!q) return undefined;
    for (const other of facts.measures) {
      const base = other.level ?? other.before;
      if (base && base !== q && base.dim === q.dim && base.unit === q.unit && base.value > q.value && sharedCount(other.subject, m.subject) > 0) return base;
    }
    return undefined;
  };
}

/**
 * The same measured quantity with different values in two retellings: for each measure of
 * one story, the measure of the other story that talks about the most of the same things
 * is compared on start, end and size of change.
 */
export function findMetricConflict(a: StoryFacts, b: StoryFacts): Finding | undefined {
  const reverse = oneWay(b, a);
  return oneWay(a, b) ?? (reverse && { ...reverse, detail: `"${reverse.phrases[1]}" vs "${reverse.phrases[0]}"`, phrases: [reverse.phrases[1], reverse.phrases[0]] });
}

/** Each measure of one story against its closest partner in the other. */
function oneWay(a: StoryFacts, b: StoryFacts): Finding | undefined {
  const [baseA, baseB] = [baseFinder(a), baseFinder(b)];
  const measuresB = b.measures.filter(isMetric);
  for (const ma of a.measures.filter(isMetric)) {
    for (const partner of partnersOf(ma, measuresB).concat(soleCounterpart(ma, a.measures, measuresB))) {
      const verdict = compareMeasures(ma, partner, baseA, baseB);
      if (verdict === 'agree') break;
      if (verdict === 'clash' && (!accountedFor(partner, ma, a, baseA, baseB) && !accountedFor(ma, partner, b, baseB, baseA))) return { kind: 'metric', detail: `"${ma.phrase}" vs "${partner.phrase}"`, phrases: [ma.phrase, partner.phrase] };
    }
  }
  return undefined;
}

/**
 * "Sales rose 15% in the pilot and 8% across the network" vs "sales rose 8%": the other
 * telling's figure agrees with another figure of this telling about the same thing (or about
 * nothing named), so it is that figure told again, not a different value of this one.
 */
function accountedFor(partner: Measure, clashing: Measure, own: StoryFacts, baseOwn: BaseFinder, basePartner: BaseFinder): boolean {
  // Only a figure of the same part of the story: a starting level in the situation agreeing is not another result.
  // A figure the measure started from ("up from 40%") is not another result either.
  return own.measures.some((m) => m !== clashing && m.field === clashing.field && !(m.before && !m.after) && isMetric(m) && (m.subject.size === 0 || sharedCount(m.subject, partner.subject) > 0) && compareMeasures(m, partner, baseOwn, basePartner) === 'agree');
}

/**
 * Measures of the other story that may be the same quantity, the closest subject first; the
 * caller stops at the first one that can be compared, so a figure is held only against the
 * nearest figure of its kind.
 */
function partnersOf(m: Measure, candidates: Measure[]): Measure[] {
  return candidates
    .filter((c) => measuresAlike(m, c))
    .map((c) => ({ c, shared: sharedCount(m.subject, c.subject) }))
    .filter((x) => x.shared > 0)
    // On a tie, the figure told in the same part of the story (a result against a result) first.
    .sort((x, y) => y.shared - x.shared || Number(y.c.field === m.field) - Number(x.c.field === m.field))
    .map((x) => x.c);
}

/** Two measures can be of one thing when their figures are of one kind. */
function measuresAlike(a: Measure, b: Measure): boolean {
  const qa = a.before ?? a.change?.q ?? a.level ?? a.after;
  const qb = b.before ?? b.change?.q ?? b.level ?? b.after;
  if (!qa || !qb) return false;
  const changeLike = (q: typeof qa) => q.dim === 'percent' || q.dim === 'multiplier' || q.dim === 'points';
  return comparable(qa, qb) || changeLike(qa) || changeLike(qb);
}

/** The shape of a measure's figure: kind of statement, dimension and unit. */
function shapeOf(m: Measure): string | undefined {
  // A level counts only for counts, whose noun says what was counted ("90 signed forms").
  const q = m.before ?? m.change?.q ?? (m.level?.dim === 'count' ? m.level : undefined);
  if (!q || (q.dim !== 'money' && q.dim !== 'duration' && q.dim !== 'count')) return undefined;
  const form = m.before ? 'from-to' : m.change ? `change${m.change.direction}` : 'level';
  return `${form}:${q.dim}:${q.unit}:${Boolean(q.periodDays)}:${m.field}`;
}

/**
 * "We cut the hosting bill by $50K a year" vs "it saved about $90K a year"; "sign-up to first
 * delivery went from eleven days to five" vs "Setup 9d -> 5d": the words differ, but
 * each story states one such figure and nothing else of its shape, so it is the same one.
 * Only for money, durations and counts, whose unit already says much of what is measured
 * (a lone "-30%" in each telling may well be two different quantities); a from-to pair must
 * also start from the same figure.
 */
function soleCounterpart(m: Measure, own: Measure[], candidates: Measure[]): Measure[] {
  const shape = shapeOf(m);
  if (!shape || partnersOf(m, candidates).length > 0 || own.filter((x) => shapeOf(x) === shape).length > 1) return [];
  const alike = candidates.filter((c) => shapeOf(c) === shape);
  if (alike.length !== 1) return [];
  const [c] = alike as [Measure];
  if (m.before && c.before && !figuresAgree(figureOf(m.before), figureOf(c.before), m.before.dim)) return [];
  return [c];
}
