import { comparable, figureOf, figuresAgree } from './agreement.js';
import type { Finding, StoryFacts } from './facts.js';
import { findDateClash } from './date-check.js';
import type { Measure } from './measures.js';
import { sharedCount } from './overlap.js';
import { isContent, type Token } from './text.js';

/** What a span of time measured: a number of weeks means little until we know of what. */
export type SpanKind = 'project' | 'exposure' | 'outage' | 'fix' | 'delay' | 'pilot' | 'after';

/** A stated length of time in one story. */
export interface TimeSpan {
  kind: SpanKind;
  measure: Measure;
  /** What the span is about when its clause only says when it started ("N after we started, X was done"). */
  about?: Set<string>;
  /** "It took five months", "the move took a quarter": said as the length of the work itself. */
  took?: boolean;
}

const SPAN_WORDS: [SpanKind, RegExp][] = [
  ['exposure', /^(undetect|undetected|unnot|unnoticed|notic|noticed|detect|detected|caught|spot|spotted)$/],
  ['outage', /^(down|downtim|downtime|outag|outage|degrad|degraded|error|errors|offlin|offline|unavail|unavailable)$/],
  ['fix', /^(fix|fixed|hotfix|patch|patched|resolv|resolved|restor|restored|recov|recovered|rollback|revert|reverted)$/],
  ['delay', /^(late|delay|delayed|slip|slipped|behind|postpon|postponed)$/],
  ['pilot', /^(pilot|trial|experi|experiment|beta|shadow|test|tested|a\/b)$/],
  ['after', /^(later|after|promot|promoted|join|joined|transfer|transferred|moved|since)$/],
  ['project', /^(kickoff|ga|launch|launched|ship|shipped|live|go|built|build|took|take|deliver|delivered|rollout|migrat|migration|program|project|contract|over|stage|stages)$/],
];

/** Class of a span: the class word nearest to the figure in its clause. */
function spanKind(tokens: Token[], first: number, last: number): SpanKind {
  const clause = tokens[first]!.clause;
  let best: { kind: SpanKind; distance: number } = { kind: 'project', distance: Infinity };
  tokens.forEach((t, i) => {
    if (t.clause !== clause || (i >= first && i <= last)) return;
    const distance = i < first ? first - i : i - last;
    for (const [kind, words] of SPAN_WORDS) {
      if ((words.test(t.norm) || words.test(t.stem)) && distance < best.distance) best = { kind, distance };
    }
  });
  const inClause = (kind: SpanKind) => tokens.some((t, i) => t.clause === clause && (i < first || i > last) && spanWord(kind, t));
  // "back 2 hours after the outage began", "took 40 minutes to bring it back after the
  // outage": the time to recover from an outage is how long the outage lasted.
  if ((best.kind === 'fix' || best.kind === 'project' || best.kind === 'after') && inClause('outage') && (inClause('fix') || startedAfter(tokens, last) || tokens.some((t) => t.clause === clause && t.norm === 'back'))) return 'outage';
  // "three months after we started, it was done": time from the start is the length of the work.
  if (best.kind === 'after' && startedAfter(tokens, last)) return 'project';
  if (best.kind === 'project' && tokens.some((t) => t.clause === clause && /^(bug|issue|defect)$/.test(t.norm))) return 'exposure';
  return best.kind;
}

function spanWord(kind: SpanKind, t: Token): boolean {
  const words = SPAN_WORDS.find(([k]) => k === kind)![1];
  return words.test(t.norm) || words.test(t.stem);
}

/** "N after we started / the outage began / kickoff": a span counted from the start of something. */
function startedAfter(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.norm !== 'after') return false;
  return tokens.slice(last + 2, last + 6).some((t) => /^(start|started|began|begin|begun|kickoff|kick|starting)$/.test(t.norm));
}

/** Reads the spans of time a story states (not latencies, not wished-for deadlines). */
export function readTimeSpans(measures: Measure[], tokensOf: (m: Measure) => Token[]): TimeSpan[] {
  return measures
    .filter((m) => m.dim === 'duration' && m.level && m.unit !== 'latency' && !countedModifier(tokensOf(m), m.level))
    .map((m) => {
      const tokens = tokensOf(m);
      const span: TimeSpan = { kind: spanKind(tokens, m.level!.first, m.level!.last), measure: m, took: tookBefore(tokens, m.level!.first) };
      if (startedAfter(tokens, m.level!.last)) {
        const sentence = tokens[m.level!.first]!.sentence;
        span.about = new Set(tokens.filter((t) => t.sentence === sentence && isContent(t)).map((t) => t.stem));
      }
      return span;
    });
}

/**
 * Ways of saying the work was handed over: "shipped", "launched", "released", "delivered".
 * "Live ~3 wks" is left out: it is as often the time since launch as the time to it.
 */
const DONE = /^(ship|launch|releas|deliv|deploy)$/;

/** A span's subject with every way of saying "done" read as one word. */
function subjectOf(span: TimeSpan): Set<string> {
  return new Set([...(span.about ?? span.measure.subject)].map((stem) => (DONE.test(stem) ? 'ship' : stem)));
}

function related(a: TimeSpan, b: TimeSpan): boolean {
  if (a.kind !== b.kind || !comparable(a.measure.level!, b.measure.level!)) return false;
  // An outage or a fix is one event per story; a project, a pilot or a later milestone may be many.
  return !['project', 'pilot', 'after'].includes(a.kind) || sharedCount(subjectOf(a), subjectOf(b)) > 0;
}

function agree(a: TimeSpan, b: TimeSpan): boolean {
  return figuresAgree(figureOf(a.measure.level!), figureOf(b.measure.level!), 'duration');
}

/**
 * The same span told with different lengths: for each span of one story, the spans of the
 * same kind (and, for project spans, about the same thing) in the other; a clash only when
 * none of them agrees, and the rival too finds nothing to agree with in the first story,
 * so two different spans that merely share a word are not held against each other.
 */
export function findTimelineConflict(a: StoryFacts, b: StoryFacts): Finding | undefined {
  // "It took five months in total" vs "moved in 10 weeks": when each telling states exactly
  // one length for the work itself, those two are the same span, whatever words surround them.
  const soleA = soleProject(a.spans) ?? soleTook(a.spans);
  const soleB = soleProject(b.spans) ?? soleTook(b.spans);
  const sole = soleA && soleB && comparable(soleA.measure.level!, soleB.measure.level!) && !agree(soleA, soleB) ? [soleA, soleB] : undefined;
  for (const x of a.spans) {
    const rivals = sole?.[0] === x ? [sole[1]!] : b.spans.filter((y) => related(x, y));
    if (rivals.length === 0 || rivals.some((y) => agree(x, y))) continue;
    const y = rivals.find((rival) => !a.spans.some((z) => related(rival, z) && agree(rival, z)));
    // "2 days -> 6 hours" in one telling, "about 2 days" and "6 hours" in the other: when each
    // telling states the other's figure too, they are two states of one measure, not two lengths.
    if (!y || (statesDuration(b, x) && statesDuration(a, y))) continue;
    return { kind: 'timeline', detail: `"${x.measure.phrase}" vs "${y.measure.phrase}"`, phrases: [x.measure.phrase, y.measure.phrase] };
  }
  const dates = findDateClash(a.dates, b.dates);
  return dates && { kind: 'timeline', detail: `"${dates[0].phrase}" vs "${dates[1].phrase}"`, phrases: [dates[0].phrase, dates[1].phrase] };
}

/** True when a story states the span's length anywhere, as a span or an end of a from-to. */
function statesDuration(facts: StoryFacts, span: TimeSpan): boolean {
  const figure = figureOf(span.measure.level!);
  return facts.measures.some((m) => m.dim === 'duration' && [m.level, m.before, m.after].some((q) => q && figuresAgree(figure, figureOf(q), 'duration')));
}

/** "took about five months": the verb of taking right before the figure (a rounding word may sit between). */
function tookBefore(tokens: Token[], first: number): boolean {
  let j = first - 1;
  while (j >= 0 && /^(about|around|roughly|approximately|nearly|almost|just|only|over|~)$/.test(tokens[j]!.norm)) j--;
  // Past tense only: "a refund now takes two days" is a measure of the process, not of the work.
  return /^(took|lasted)$/.test(tokens[j]?.norm ?? '');
}

/** The one span a telling says the work "took", when it says so once (other spans may be phases). */
function soleTook(spans: TimeSpan[]): TimeSpan | undefined {
  const took = spans.filter((span) => span.took && span.kind === 'project' && span.measure.level!.bound === 'eq');
  return took.length === 1 ? took[0] : undefined;
}

function soleProject(spans: TimeSpan[]): TimeSpan | undefined {
  const projects = spans.filter((span) => span.kind === 'project' && span.measure.level!.bound === 'eq');
  return projects.length === 1 && spans.every((span) => span.kind !== 'project' || span === projects[0]) ? projects[0] : undefined;
}

/** "three two-week sprints": a length used as a modifier of counted things is not a span. */
function countedModifier(tokens: Token[], q: { first: number; last: number }): boolean {
  const numeral = /^(one|two|three|four|five|six|seven|eight|nine|ten|several|many|few)$/;
  const inside = tokens.slice(q.first, q.last + 1).filter((t) => t.kind === 'num' || numeral.test(t.norm));
  if (inside.length >= 2 && tokens.slice(q.first, q.last + 1).some((t) => t.text === '-')) return true;
  const before = tokens[q.first - 1];
  return before !== undefined && (before.kind === 'num' || /^(one|two|three|four|five|six|seven|eight|nine|ten|several|many|few)$/.test(before.norm)) && tokens[q.last + 1]?.kind === 'word';
}
