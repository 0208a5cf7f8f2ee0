import type { Token } from './text.js';
import { APPROX_WORDS } from './units.js';

/**
 * How notes write the size of a team, beyond "six engineers": "a team of 8", "headcount: 9",
 * "team size was ~12", "the four of us", "a 12-strong team", "a 20-engineer effort". Used by
 * the quantity reader (to read a bare number as people) and by the team reader (to tell a
 * whole team's size from a count of one kind of people in it).
 */

/** Nouns a bare number after "of", ":" or "was" counts the members of. */
const GROUP_NOUNS = /^(team|squad|group|crew|org|organisation|organization|pod|tribe|department|staff|taskforce|headcount|guild|community|chapter|committee|council|panel|network|forum|club|circle|effort|response|workstream|programme|program|project)$/;
/** Words between a group noun and its number: "team of", "headcount:", "team size was". */
const GROUP_LINKS = /^(of|was|is|were|:|=|at|totalled|totaled|numbered)$/;
/** Words that may sit right before the number without changing what it counts. */
const FILLERS = /^(a|an|just|only|some|all|the)$/;
/**
 * Things a "N-person" compound can describe that are not the team: "a 200-person company",
 * "a 30-person workshop". Nouns outside this list ("a 20-engineer effort", "a 6-person
 * squad", "a 20-engineer migration") name the work or the team, so the count is the team.
 */
const NOT_TEAM_HEADS = /^(company|companies|firm|startup|business|agency|vendor|vendors|customer|customers|client|clients|audience|event|conference|meeting|meetings|call|calls|class|classes|cohort|workshop|workshops|panel|webinar|demo|training|course|session|sessions|offsite|survey|study|interview|interviews|room|office|building|site|floor|household|households|families|family|store|stores|shop|shops|restaurant|restaurants|clinic|clinics|practice|school|schools)$/;

/**
 * Index of the group noun a number at `first` counts the members of, when the number is written
 * "a team of 8", "squad: 6", "headcount of about 9", "team size was 12"; otherwise undefined.
 */
export function groupNounBefore(tokens: Token[], first: number): number | undefined {
  const sentence = tokens[first]?.sentence;
  let j = first - 1;
  while (j >= 0 && (FILLERS.test(tokens[j]!.norm) || APPROX_WORDS.has(tokens[j]!.norm))) j--;
  const linked = GROUP_LINKS.test(tokens[j]?.norm ?? '');
  if (linked) j--;
  const noun = tokens[j];
  if (!noun || noun.sentence !== sentence) return undefined;
  if (noun.norm === 'size' && /^(team|squad|group|crew)$/.test(tokens[j - 1]?.norm ?? '')) return j - 1;
  if (!GROUP_NOUNS.test(noun.norm)) return undefined;
  // "headcount 9" needs no link; "team 9" is more likely a name ("team 9 shipped").
  return linked || noun.norm === 'headcount' ? j : undefined;
}

/**
 * A head count written without a people noun: "the four of us" and "a 12-strong team" (or
 * "a team twelve strong"). Returns the last token of the phrase.
 */
export function headcountPhraseEnd(tokens: Token[], last: number, value: number): number | undefined {
  const next = tokens[last + 1];
  if (value >= 2 && next?.norm === 'of' && tokens[last + 2]?.norm === 'us') return last + 2;
  const strongAt = next?.text === '-' && next.start === tokens[last]!.end ? last + 2 : last + 1;
  if (tokens[strongAt]?.norm !== 'strong') return undefined;
  // "three strong candidates": "strong" is then an adjective of the noun that follows.
  const after = tokens[strongAt + 1];
  const nounFollows = after?.kind === 'word' && !/^(and|or|to|in|on|at|by|for|with|of|team|squad|group|crew|org|pod|when|who|that)$/.test(after.norm);
  return nounFollows ? undefined : strongAt;
}

/** True when a head count ending at `last` is a compound adjective: "20-engineer", "six-person". */
export function isCompound(tokens: Token[], last: number): boolean {
  const dash = tokens[last - 1];
  return dash?.text === '-' && dash.start === tokens[last - 2]?.end && dash.end === tokens[last]!.start;
}

/** Nouns for the team or the work it did, that a compound head count can describe. */
const WORK_NOUNS = /^(team|squad|group|crew|org|organisation|organization|pod|tribe|department|unit|taskforce|effort|project|program|programme|initiative|workstream|rewrite|migration|build|rollout|function)$/;

/**
 * The noun a compound head count describes, for quoting: the first team or work noun at most
 * three words on ("a 6-person platform squad", "a 20-engineer effort to rebuild ...").
 */
export function compoundHead(tokens: Token[], last: number): number | undefined {
  for (let j = last + 1; j <= last + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || STOPS.test(t.norm)) return undefined;
    if (WORK_NOUNS.test(t.norm)) return j;
  }
  return undefined;
}

const STOPS = /^(to|and|or|in|on|at|by|for|with|of|that|which|who|was|were|is|are|from|when|while)$/;

/** True when the words a compound head count describes are something other than a team. */
export function describesNonTeam(tokens: Token[], last: number): boolean {
  for (let j = last + 1; j <= last + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || STOPS.test(t.norm) || WORK_NOUNS.test(t.norm)) return false;
    if (NOT_TEAM_HEADS.test(t.norm)) return true;
  }
  return false;
}
