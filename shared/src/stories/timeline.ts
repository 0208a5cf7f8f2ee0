import { comparable, figureOf, figuresAgree } from './agreement.js';
import type { Finding, StoryFacts } from './facts.js';
import { findDateClash } from './date-check.js';
import type { Measure } from './measures.js';
import { sharedCount } from './overlap.js';
import { isContent, type Token } from './text.js';

/** What a span of time measured: a number of weeks means little until we know of what. */
export type SpanKind = 'project' | 'exposure' | 'outage' | 'fix' | 'delay' | 'pilot' | 'after' | 'notice' | 'term';

/** A stated length of time in one story. */
export interface TimeSpan {
  kind: SpanKind;
  measure: Measure;
  /** What the span is about when its clause only says when it started ("N after we started, X was done"). */
  about?: Set<string>;
  /** "It took five months", "the move took a quarter": said as the length of the work itself. */
  took?: boolean;
  /** "Orders are now confirmed in two hours": how long a step of the process takes, not the work. */
  process?: boolean;
  /**
   * "a one-year contract": a length describing something other than the work. Never compared,
   * but a telling that gives it has more than one length, so none is its sole one.
   */
  describes?: boolean;
}

/** Nouns a length can describe that are the work itself: "a six-week project", "a two-month pilot". */
const WORK = /^(project|projects|programme|program|effort|migration|rollout|rebuild|build|rewrite|pilot|trial|engagement|initiative|implementation|transformation|overhaul|deployment|launch|push|sprint|study|test|experiment|beta)$/;

/**
 * "a one-year contract", "two-day slots", "a 24-hour hotline": a length written as an
 * adjective describes the noun after it; it is the length of the work only when that noun is
 * the work ("a six-week project", "a three-month pilot").
 */
function describesOtherThing(tokens: Token[], q: { first: number; last: number }): boolean {
  const glued = tokens.slice(q.first, q.last + 1).some((t, k, all) => t.text === '-' && k > 0 && all[k - 1]!.end === t.start && all[k + 1]?.start === t.end);
  const next = tokens[q.last + 1];
  if (!glued || next?.kind !== 'word' || /^(and|or|of|to|in|on|at|by|for|with|from|later|earlier|ago|after|before)$/.test(next.norm)) return false;
  const head = [next, tokens[q.last + 2]].find((t) => t?.kind === 'word' && WORK.test(t.norm));
  return head === undefined;
}

/** "Cafes now get orders in two hours instead of a day", "each check takes 5 minutes": a step of the process. */
function isProcess(tokens: Token[], first: number): boolean {
  const clause = tokens[first]!.clause;
  return tokens.some((t) => t.clause === clause && /^(now|instead|per|each|every|average|avg|typically|usually|normally|takes|take|currently|wait|waited|waiting|waits)$/.test(t.norm));
}

/** "We built the portal in three months", "moved every office in 8 weeks": a past verb done in a length of time. */
function doneIn(tokens: Token[], first: number): boolean {
  let j = first - 1;
  while (j >= 0 && /^(about|around|roughly|approximately|nearly|almost|just|only|under|~|a|an)$/.test(tokens[j]!.norm)) j--;
  if (tokens[j]?.norm !== 'in' || tokens[j]!.clause !== tokens[first]!.clause) return false;
  const clause = tokens[first]!.clause;
  const verb = tokens.slice(Math.max(0, j - 6), j).filter((t) => t.clause === clause && t.kind === 'word').find((t) => /ed$/.test(t.norm) || /^(built|rebuilt|wrote|rewrote|ran|made|did|shipped|moved|sent|got)$/.test(t.norm));
  return verb !== undefined && !/^(based|used|needed|wanted|expected|planned|promised|asked|scheduled)$/.test(verb.norm);
}

const SPAN_WORDS: [SpanKind, RegExp][] = [
  ['exposure', /^(undetect|undetected|unnoticed|noticed|detect|detected|caught|spot|spotted)$/],
  // "three weeks' notice", "a month's warning": how long before something one was told of it.
  ['notice', /^(notice|warning)$/],
  // "renewed for three years", "a renewal in six months": the term of an agreement, not the work.
  ['term', /^(renew|renewed|renewal|extend|extended|extension|lease|subscript|subscription|licenc|licens|warranti|warranty)$/],
  ['outage', /^(down|downtim|downtime|outag|outage|degrad|degraded|error|errors|offlin|offline|unavail|unavailable)$/],
  ['fix', /^(fix|fixed|hotfix|patch|patched|resolv|resolved|restor|restored|recov|recovered|rollback|revert|reverted)$/],
  ['delay', /^(late|delay|delayed|slip|slipped|behind|postpon|postponed)$/],
  ['pilot', /^(pilot|trial|experi|experiment|beta|shadow|test|tested|a\/b)$/],
  ['after', /^(later|after|promot|promoted|join|joined|transfer|transferred|moved|since)$/],
  ['project', /^(kickoff|ga|launch|launched|ship|shipped|live|go|built|build|took|take|deliver|delivered|rollout|migrat|migration|program|project|contract|over|stage|stages)$/],
];

/** Class of a span: the class word nearest to the figure in its clause. */
function spanKind(tokens: Token[], first: number, last: number): SpanKind {
  const own = tokens[first]!.clause;
  const start = tokens.findIndex((t) => t.clause === own);
  const classWord = (t: Token) => SPAN_WORDS.some(([, words]) => words.test(t.norm) || words.test(t.stem));
  // "Restore tests: 1 week": a length after a colon is the length of the label before it.
  const labelled = start > 0 && tokens[start - 1]!.text === ':' && !tokens.some((t, i) => t.clause === own && (i < first || i > last) && classWord(t));
  const clause = labelled ? tokens[start - 1]!.clause : own;
  let best: { kind: SpanKind; distance: number } = { kind: 'project', distance: Infinity };
  tokens.forEach((t, i) => {
    if ((t.clause !== clause && t.clause !== own) || (i >= first && i <= last)) return;
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
      const first = m.level!.first;
      const span: TimeSpan = { kind: spanKind(tokens, first, m.level!.last), measure: m, took: tookBefore(tokens, first) || doneIn(tokens, first), process: isProcess(tokens, first) };
      if (describesOtherThing(tokens, m.level!)) span.describes = true;
      // "moved every office in 8 weeks": a verb done in a length of time is the work, not a later event.
      const clause = tokens[first]!.clause;
      if (span.kind === 'after' && doneIn(tokens, first) && !tokens.some((t) => t.clause === clause && /^(later|after|since)$/.test(t.norm))) span.kind = 'project';
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
  // Terms of agreements are left out: "renewed for two years" may be a new term, not a retold one.
  if (a.kind !== b.kind || a.kind === 'term' || !comparable(a.measure.level!, b.measure.level!)) return false;
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
  // A pilot is one per telling as well: "the pilot ran two weeks" vs "the pilot lasted two months".
  const [pilotA, pilotB] = [solePilot(a.spans), solePilot(b.spans)];
  const soles = [[soleA, soleB], [pilotA, pilotB]].filter(([x, y]) => x && y && comparable(x.measure.level!, y.measure.level!) && !agree(x, y)) as [TimeSpan, TimeSpan][];
  for (const x of a.spans) {
    if (x.describes) continue;
    const sole = soles.find(([first]) => first === x);
    const rivals = sole ? [sole[1]] : b.spans.filter((y) => related(x, y));
    if (rivals.length === 0 || rivals.some((y) => agree(x, y))) continue;
    // A length describing something else may agree (so nothing clashes), but is never the clash.
    const y = rivals.find((rival) => !rival.describes && !a.spans.some((z) => related(rival, z) && agree(rival, z)));
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
  const took = spans.filter((span) => span.took && !span.process && !span.describes && span.kind === 'project' && span.measure.level!.bound === 'eq');
  return took.length === 1 ? took[0] : undefined;
}

function solePilot(spans: TimeSpan[]): TimeSpan | undefined {
  const pilots = spans.filter((span) => span.kind === 'pilot' && !span.process && span.measure.field !== 'situation');
  return pilots.length === 1 && pilots[0]!.measure.level!.bound === 'eq' && !pilots[0]!.describes ? pilots[0] : undefined;
}

/** The one length of the work a telling states, when it states one (a step of the process is not the work). */
function soleProject(spans: TimeSpan[]): TimeSpan | undefined {
  // The situation sets the scene before the work; the work's length is told from the task on.
  const projects = spans.filter((span) => span.kind === 'project' && !span.process && span.measure.field !== 'situation');
  return projects.length === 1 && projects[0]!.measure.level!.bound === 'eq' && !projects[0]!.describes ? projects[0] : undefined;
}

/** "three two-week sprints": a length used as a modifier of counted things is not a span. */
function countedModifier(tokens: Token[], q: { first: number; last: number }): boolean {
  const numeral = /^(one|two|three|four|five|six|seven|eight|nine|ten|several|many|few)$/;
  const inside = tokens.slice(q.first, q.last + 1).filter((t) => t.kind === 'num' || numeral.test(t.norm));
  if (inside.length >= 2 && tokens.slice(q.first, q.last + 1).some((t) => t.text === '-')) return true;
  const before = tokens[q.first - 1];
  return before !== undefined && (before.kind === 'num' || /^(one|two|three|four|five|six|seven|eight|nine|ten|several|many|few)$/.test(before.norm)) && tokens[q.last + 1]?.kind === 'word';
}
