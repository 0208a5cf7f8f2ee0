import type { Finding, StoryFacts } from './facts.js';
import { isGoal } from './measures.js';
import type { FieldReading } from './profile.js';
import type { Quantity } from './quantities.js';
import type { Token } from './text.js';
import { readNumber } from './numbers.js';
import { compoundHead, describesNonTeam, groupNounBefore, isCompound } from './headcount.js';

/** One statement of how many people worked on it. */
export interface TeamSize {
  /** People family ("engineer", "technician"), or "people" for a whole team. */
  family: string;
  /** Sizes the words allow: "two other engineers" is 2, or 3 with the candidate. */
  values: number[];
  approx: boolean;
  /**
   * The size of the whole team or effort ("a team of 8 engineers", "a 20-engineer effort",
   * "the four of us"), not of one kind of people in it ("with 5 devs and 2 designers").
   */
  whole: boolean;
  phrase: string;
}

/** Verbs before a head count that make those people someone other than the team. */
const NOT_TEAM_BEFORE = /^(interview|interviewed|interviewing|survey|surveyed|surveying|sat|spoke|talk|talked|met|call|called|mentor|mentored|mentors|coach|coached|train|trained|attend|invit|invited|shadow|shadowed|woke|page|paged|promot|promoted|lost|churn|churned|their|across|onboarded|served|serving|hosted|polled|recruited|laid|fired|replaced)$/;
/** Verbs after a head count that say what those people did, not who built it. */
const NOT_TEAM_AFTER = /^(attended|promoted|moved|joined|left|quit|signed|showed|complained|churned|applied|were|per|interviewed|surveyed|polled|responded|answered|affected|impacted|hired|trained|onboarded|laid|attending|registered|used|use|visited|came)$/;
const TEAM_WORDS = /^(team|squad|group|crew|led|lead|managed|had|with|built|hired|pulled|staffed|funded|core|org|organisation|organization|pod)$/;
/** Marks of people added later: "hired 4 more engineers", "two extra devs", "hired 3 engineers later". */
const ADDED = /^(more|additional|extra)$/;
const LATER = /^(later|afterwards|afterward|subsequently|eventually)$/;
/** "me plus three others", "C + 3 devs", "she and two other engineers": the candidate and N more. */
const CANDIDATE = /^(c|i|me|myself|he|she|him|her)$/;

/** Reads team sizes: head counts of the people the candidate worked with. */
export function readTeamSizes(field: FieldReading): TeamSize[] {
  const sizes: TeamSize[] = [];
  const { tokens } = field;
  const people = field.quantities.filter((q) => q.dim === 'people' && isTeamCount(tokens, q) && !isGoal(tokens, q.first));
  for (let k = 0; k < people.length; k++) {
    const q = people[k]!;
    const sameSentence = sizes.length > 0 && k > 0 && joined(tokens, people[k - 1]!, q);
    const size: TeamSize = { family: q.unit, values: sizesOf(tokens, q), approx: q.approx, whole: isWholeTeam(tokens, q), phrase: phraseOf(field, q) };
    sizes.push(size);
    if (sameSentence) {
      // "two designers and five engineers": the team is the sum as well, and the
      // first count was only one kind of people in it.
      const previous = sizes[sizes.length - 2]!;
      const whole = previous.whole || size.whole;
      previous.whole = false;
      size.whole = false;
      sizes.push({ family: 'people', values: previous.values.flatMap((a) => size.values.map((b) => a + b)), approx: q.approx || previous.approx, whole, phrase: `${previous.phrase} ... ${size.phrase}` });
    }
  }
  return sizes;
}

function isTeamCount(tokens: Token[], q: Quantity): boolean {
  // Within the count's own clause: "I coached the drivers, some 12 of them" names who they were.
  const clause = tokens[q.first]!.clause;
  for (let j = q.first - 1; j >= Math.max(0, q.first - 4) && tokens[j]!.clause === clause; j--) {
    if (NOT_TEAM_BEFORE.test(tokens[j]!.norm)) return false;
  }
  // "he and two other engineers were asked to": the candidate's own small team, whatever follows.
  if (NOT_TEAM_AFTER.test(tokens[q.last + 1]?.norm ?? '') && !plusCandidate(tokens, q)) return false;
  if (widerUnit(tokens, q)) return false;
  if (isCompound(tokens, q.last) && describesNonTeam(tokens, q.last)) return false;
  if (!plusCandidate(tokens, q) && tokens.slice(q.first, q.last + 1).some((t) => ADDED.test(t.norm))) return false;
  if (addedLater(tokens, q)) return false;
  if (q.unit !== 'people' || isWholeTeam(tokens, q) || plusCandidate(tokens, q)) return true;
  const window = tokens.slice(Math.max(0, q.first - 3), q.last + 3);
  return window.some((t) => TEAM_WORDS.test(t.norm));
}

/** Units wider than a team: their head count sets the scene, it is not the team's size. */
const WIDER_UNITS = /^(department|division|org|organisation|organization|company|business|workforce|site|plant|function)$/;

/**
 * "a department of about eighty", "the department was 80": a count of the wider unit around
 * the team, unless it is the candidate's own ("my department"). A unit named after the count
 * ("four analysts in a division") is where the team sits, so that count stays the team's.
 */
function widerUnit(tokens: Token[], q: Quantity): boolean {
  const clause = tokens[q.first]!.clause;
  const group = groupNounBefore(tokens, q.first);
  const near = group !== undefined ? tokens[group]! : tokens.slice(Math.max(0, q.first - 4), q.first).find((t) => t.clause === clause && WIDER_UNITS.test(t.norm));
  if (!near || !WIDER_UNITS.test(near.norm)) return false;
  return !tokens.slice(Math.max(0, tokens.indexOf(near) - 2), tokens.indexOf(near)).some((t) => /^(my|our|his|her)$/.test(t.norm));
}

/** "hired four engineers later", "Later I hired 3 devs": people who joined after the story. */
function addedLater(tokens: Token[], q: Quantity): boolean {
  const clause = tokens[q.first]!.clause;
  const near = tokens.slice(Math.max(0, q.first - 4), q.last + 4).filter((t) => t.clause === clause);
  return near.some((t) => LATER.test(t.norm));
}

function isWholeTeam(tokens: Token[], q: Quantity): boolean {
  const end = tokens[q.last]!.norm;
  // "8 on my team": the count of the team itself.
  if (/^(team|squad|crew)$/.test(end) && /^(on|in)$/.test(tokens[q.last - 1]?.norm ?? tokens[q.last - 2]?.norm ?? '')) return true;
  if (/^(team|squad|crew)$/.test(end)) return true;
  // "4 + me", "four and me": the candidate and N more.
  if (/^(\+|plus|and)$/.test(tokens[q.last + 1]?.norm ?? '') && /^(me|myself)$/.test(tokens[q.last + 2]?.norm ?? '')) return true;
  if (end === 'us' || end === 'strong' || /^(fte|ftes|headcount)$/.test(end)) return true;
  // "grew to 25 members": the members are the whole group ("three team members" are some of it).
  if (end === 'members' && !/^(team|staff|board|committee|new|more|other|senior|junior|key|core)$/.test(tokens[q.last - 1]?.norm ?? '')) return true;
  // "we were 4 people", "eight people reported to me": everyone on it, or everyone under the candidate.
  if (/^(were|are)$/.test(tokens[q.first - 1]?.norm ?? '') && tokens[q.first - 2]?.norm === 'we') return true;
  if (/^(reported|report|reporting|reports)$/.test(tokens[q.last + 1]?.norm ?? '') && tokens[q.last + 2]?.norm === 'to') return true;
  if (countsCandidateIn(tokens, q) || teamHad(tokens, q) || inTotal(tokens, q)) return true;
  // "she and two other engineers", "me plus 3 others": the candidate and the rest of the team.
  if (plusCandidate(tokens, q) && tokens.slice(q.first, q.last + 1).some((t) => /^others?$/.test(t.norm))) return true;
  return groupNounBefore(tokens, q.first) !== undefined || isCompound(tokens, q.last);
}

/** "two of us in total", "nine people altogether": a count said to be everyone. */
function inTotal(tokens: Token[], q: Quantity): boolean {
  const after = tokens.slice(q.last + 1, q.last + 5).filter((t) => t.clause === tokens[q.last]!.clause).map((t) => t.norm);
  return after.some((w, k) => (w === 'in' && after[k + 1] === 'total') || w === 'altogether' || (w === 'all' && after[k + 1] === 'told'));
}

/** "eight analysts worked on it, including me", "five of us, me included": everyone, the candidate too. */
function countsCandidateIn(tokens: Token[], q: Quantity): boolean {
  const sentence = tokens[q.first]!.sentence;
  const after = tokens.slice(q.last + 1, q.last + 9).filter((t) => t.sentence === sentence).map((t) => t.norm);
  return after.some((w, k) => (w === 'including' && /^(me|myself|him|her)$/.test(after[k + 1] ?? '')) || (/^(me|myself)$/.test(w) && after[k + 1] === 'included'));
}

/** "our analyst team had three people", "the team was 5 engineers", "the club grew to 25": the team's own size. */
function teamHad(tokens: Token[], q: Quantity): boolean {
  let j = q.first - 1;
  if (tokens[j]?.norm === 'to' && /^(grew|grown|expanded|shrank|went|doubled)$/.test(tokens[j - 1]?.norm ?? '')) j--;
  else if (!/^(had|was|were|numbered|counted|of)$/.test(tokens[j]?.norm ?? '')) return false;
  const clause = tokens[q.first]!.clause;
  for (j--; j >= Math.max(0, q.first - 6) && tokens[j]!.clause === clause; j--) if (/^(team|squad|crew|group|pod|guild|community|chapter|committee|forum|club|network|circle)$/.test(tokens[j]!.norm)) return true;
  return false;
}

function plusCandidate(tokens: Token[], q: Quantity): boolean {
  let j = q.first - 1;
  if (!/^(\+|plus|and|&)$/.test(tokens[j]?.norm ?? '')) return false;
  j--;
  return CANDIDATE.test(tokens[j]?.norm ?? '') && tokens[j]!.sentence === tokens[q.first]!.sentence;
}

/** The words that state the size: "a team of 8 engineers", "a 20-engineer effort", "5 devs". */
function phraseOf(field: FieldReading, q: Quantity): string {
  const { tokens } = field;
  const first = groupNounBefore(tokens, q.first) ?? q.first;
  const last = isCompound(tokens, q.last) ? compoundHead(tokens, q.last) ?? q.last : q.last;
  return field.text.slice(tokens[first]!.start, tokens[last]!.end);
}

/**
 * "one of six engineers" is four; "two other engineers", "me plus 3 others" and "C + 3 devs"
 * may be one more with the candidate; "grew from 5 to 12 engineers" was both.
 */
function sizesOf(tokens: Token[], q: Quantity): number[] {
  if (/^(\+|plus|and)$/.test(tokens[q.last + 1]?.norm ?? '') && /^(me|myself)$/.test(tokens[q.last + 2]?.norm ?? '')) return [q.value + 1];
  // "two other engineers", "with two colleagues": the people around the candidate, who may be counted too.
  const other = tokens.slice(q.first, q.last + 1).some((t) => /^(other|others|colleague|colleagues|teammate|teammates|coworker|coworkers)$/.test(t.norm));
  // "C + 3 devs" may count the candidate among the engineers; "me and one designer" does not.
  const plusSign = plusCandidate(tokens, q) && tokens[q.first - 1]!.text === '+';
  const values = plusSign || other ? [q.value, q.value + 1] : [q.value];
  const ends = [rangeStart(tokens, q.first), rangeEnd(tokens, q.last)].filter((v) => v !== undefined);
  return [...ends, ...values];
}

const RANGE = /^(to|->|→|=>)$/;

/** "Team: 5 -> 9 engineers": a count that starts a range. */
function rangeEnd(tokens: Token[], last: number): number | undefined {
  if (!RANGE.test(tokens[last + 1]?.norm ?? '')) return undefined;
  const n = readNumber(tokens, last + 2);
  return n && !n.fraction ? n.value : undefined;
}

function rangeStart(tokens: Token[], first: number): number | undefined {
  if (!RANGE.test(tokens[first - 1]?.norm ?? '')) return undefined;
  for (let i = Math.max(0, first - 4); i < first - 1; i++) {
    const n = readNumber(tokens, i);
    if (n && !n.fraction && n.last === first - 2) return n.value;
  }
  return undefined;
}

function joined(tokens: Token[], a: Quantity, b: Quantity): boolean {
  const between = tokens.slice(a.last + 1, b.first);
  return between.length <= 2 && between.every((t) => /^(and|\+|,|&|plus)$/.test(t.norm));
}

function agree(a: TeamSize, b: TeamSize): boolean {
  const slack = a.approx || b.approx ? 1 : 0;
  return a.values.some((x) => b.values.some((y) => Math.abs(x - y) <= slack));
}

/**
 * Team sizes that cannot both be true: for a family both stories count (engineers, techs),
 * or for the whole team in both ("a team of 8 engineers" vs "a 20-engineer effort"), or a
 * whole-team count against the other story's total, no stated size agrees.
 */
export function findTeamConflict(a: StoryFacts, b: StoryFacts): Finding | undefined {
  for (const x of a.teams) {
    const rivals = b.teams.filter((y) => y.family === x.family || (x.whole && y.whole));
    if (rivals.length === 0 || rivals.some((y) => agree(x, y))) continue;
    if (b.teams.some((y) => agree(x, y) && (x.family === 'people' || y.family === 'people'))) continue;
    const y = rivals[0]!;
    return { kind: 'team', detail: `"${x.phrase}" vs "${y.phrase}"`, phrases: [x.phrase, y.phrase] };
  }
  return undefined;
}
