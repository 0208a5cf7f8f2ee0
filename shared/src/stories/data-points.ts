import {
  DAYS_PER_UNIT,
  DURATION_MEASURES,
  OUTCOME_EVENTS,
  slotOf,
  type DataPointValue,
  type DurationMeasure,
  type DurationUnit,
  type OutcomeEvent,
  type TeamOwner,
} from '../scorecard/data-point-values.js';
import type { DataPointSuggestion } from '../scorecard/data-points.js';
import { readFacts, type StoryFacts } from './facts.js';
import type { Measure } from './measures.js';
import { profileStory, STAR_FIELDS, type StarField } from './profile.js';
import type { Quantity } from './quantities.js';
import type { StoryInput } from './schema.js';

/** The STAR text of one story card, as the interviewer wrote it. */
export type StarText = Pick<StoryInput, 'situation' | 'task' | 'action' | 'result'>;

/**
 * Suggests a story card's data points from its STAR notes, reading them the way the
 * consistency checker does (`readFacts`), so what the interviewer confirms is what the
 * debrief would otherwise have guessed. At most one suggestion per slot, each with the
 * phrase it came from and where that phrase sits, for highlighting.
 */
export function suggestDataPoints(story: StarText, candidateName = ''): DataPointSuggestion[] {
  const input: StoryInput = { id: 'story', round: 1, lps: ['ownership'], question: '', ...story };
  const names = new Set(candidateName.toLowerCase().split(/\s+/).filter(Boolean));
  const facts = readFacts(profileStory(input), names);
  const found = [team(facts), role(facts), metric(facts), outcome(facts), ...durations(facts)];
  const suggestions: DataPointSuggestion[] = [];
  for (const item of found) {
    if (!item || suggestions.some((s) => s.slot === slotOf(item.value))) continue;
    const place = locate(story, item.phrase, item.field);
    if (place) suggestions.push({ slot: slotOf(item.value), value: item.value, phrase: item.phrase, ...place });
  }
  return suggestions;
}

type Found = { value: DataPointValue; phrase: string; field?: StarField } | undefined;

/** Where a phrase sits: in its own field when known, else the first field holding it. */
function locate(story: StarText, phrase: string, field?: StarField): { field: StarField; start: number; end: number } | undefined {
  for (const name of field ? [field] : STAR_FIELDS) {
    const start = story[name].indexOf(phrase);
    if (phrase && start >= 0) return { field: name, start, end: start + phrase.length };
  }
  return undefined;
}

/** The whole team's size first ("a team of 8 engineers"), else the first head count. */
function team(facts: StoryFacts): Found {
  const size = facts.teams.find((t) => t.whole) ?? facts.teams[0];
  if (!size) return undefined;
  const context = sentenceAround(facts, size.phrase);
  return { value: { kind: 'team', size: Math.max(...size.values), whose: ownerOf(context) }, phrase: size.phrase };
}

/** "my team", "I managed six": the candidate's own people; "their team", "another team": someone else's. */
function ownerOf(sentence: string): TeamOwner {
  if (/\b(my|her|his)\s+(own\s+)?(team|squad|reports|group|org)\b|\b(I|she|he)\s+(managed|hired|built)\b/i.test(sentence)) return 'candidate';
  if (/\b(another|other|partner|their|the \w+'s)\s+team\b/i.test(sentence)) return 'other';
  return 'shared';
}

function sentenceAround(facts: StoryFacts, phrase: string): string {
  for (const { text } of facts.profile.fields) {
    const at = text.indexOf(phrase);
    if (at < 0) continue;
    const start = Math.max(text.lastIndexOf('.', at) + 1, 0);
    const end = text.indexOf('.', at + phrase.length);
    return text.slice(start, end < 0 ? undefined : end);
  }
  return phrase;
}

const SUPPORTING = /\b(supported|helped|assisted|contributed)\b/i;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };

/** The candidate leading wins; else "one of N" or a supporting part; else someone else led, so they supported. */
function role(facts: StoryFacts): Found {
  const claim = facts.roles.find((r) => r.who === 'candidate') ?? facts.roles[0];
  if (!claim) return undefined;
  if (claim.who === 'candidate') return { value: { kind: 'role', part: 'led', of: null }, phrase: claim.phrase };
  if (claim.who === 'other' || SUPPORTING.test(claim.phrase)) return { value: { kind: 'role', part: 'supported', of: null }, phrase: claim.phrase };
  const n = /\bone of (\d+|[a-z]+)\b/i.exec(claim.phrase)?.[1]?.toLowerCase();
  const of = n === undefined ? null : /^\d+$/.test(n) ? Number(n) : (NUMBER_WORDS[n] ?? null);
  return { value: { kind: 'role', part: 'one-of', of: of !== null && of >= 2 ? of : null }, phrase: claim.phrase };
}

/** The first from-to figure, in the result if there is one there: what the story moved. */
function metric(facts: StoryFacts): Found {
  const pairs = facts.measures.filter((m) => m.before && m.after && m.dim !== 'people' && m.dim !== 'year' && (m.dim !== 'duration' || m.unit === 'latency'));
  const m = pairs.find((p) => p.field === 'result') ?? pairs[0];
  if (!m) return undefined;
  const [before, after] = [m.before!, m.after!];
  const scale = m.dim === 'duration' ? latencyUnit(before) : undefined;
  const figure = (q: Quantity) => round(scale ? q.value / scale.days : q.value);
  return { value: { kind: 'metric', name: metricName(m), before: figure(before), after: figure(after), unit: scale?.name ?? unitOf(before) }, phrase: m.phrase, field: m.field };
}

/** The words before the first figure, without the verb saying how it moved: "Abandonment fell from" is "Abandonment". */
function metricName(m: Measure): string {
  const lead = m.phrase.split(/[\d$€£~]/)[0] ?? '';
  const words = lead.trim().split(/\s+/).filter(Boolean);
  while (words.length && /^(from|to|by|fell|dropped|went|rose|grew|cut|down|up|was|were|is|of|the|a|an|reduced|increased|decreased|improved|brought|took|it|we|i)$/i.test(words.at(-1)!)) words.pop();
  return words.join(' ').slice(0, 80);
}

function unitOf(q: Quantity): string {
  if (q.dim === 'percent') return '%';
  if (q.dim === 'points') return 'pts';
  if (q.dim === 'multiplier') return 'x';
  if (q.dim === 'money') return q.unit + (q.periodDays ? perPeriod(q.periodDays) : '');
  return q.unit.slice(0, 20);
}

function perPeriod(days: number): string {
  return days <= 1 ? '/day' : days <= 7 ? '/week' : days <= 31 ? '/month' : days <= 92 ? '/quarter' : '/year';
}

function latencyUnit(q: Quantity): { name: string; days: number } {
  const days = q.scale ?? q.value;
  if (days < 1 / 86_400) return { name: 'ms', days: 1 / 86_400_000 };
  if (days < 1 / 1440) return { name: 's', days: 1 / 86_400 };
  return { name: 'min', days: 1 / 1440 };
}

/** The first event the result states; head counts ("no patients", "30 tickets") are left to the notes. */
function outcome(facts: StoryFacts): Found {
  const claim = facts.outcomes.find((o) => (OUTCOME_EVENTS as readonly string[]).includes(o.event));
  return claim && { value: { kind: 'outcome', event: claim.event as OutcomeEvent, happened: claim.happened }, phrase: claim.phrase };
}

/** One stated length per thing measured, in the unit it was said in. */
function durations(facts: StoryFacts): Found[] {
  return facts.spans
    .filter((span) => (DURATION_MEASURES as readonly string[]).includes(span.kind) && span.measure.level)
    .map((span) => {
      const level = span.measure.level!;
      const unit = unitFor(level.scale ?? level.value);
      const value: DataPointValue = { kind: 'duration', measures: span.kind as DurationMeasure, amount: round(level.value / DAYS_PER_UNIT[unit]), unit };
      return { value, phrase: span.measure.phrase, field: span.measure.field };
    })
    .filter((found) => found.value.kind === 'duration' && found.value.amount > 0);
}

/** The unit a number was said in, from the days one of it stands for (a quarter reads as months). */
function unitFor(daysPerOne: number): DurationUnit {
  if (daysPerOne < 1) return 'hours';
  if (daysPerOne < 7) return 'days';
  if (daysPerOne < 28) return 'weeks';
  if (daysPerOne < 365) return 'months';
  return 'years';
}

const round = (n: number) => Math.round(n * 100) / 100;
