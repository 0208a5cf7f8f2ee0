import type { Finding, StoryFacts } from './facts.js';
import { isGoal } from './measures.js';
import type { FieldReading } from './profile.js';
import type { Quantity } from './quantities.js';
import type { Token } from './text.js';

/** One statement of how many people worked on it. */
export interface TeamSize {
  /** People family ("engineer", "technician"), or "people" for a whole team. */
  family: string;
  /** Sizes the words allow: "two other engineers" is 2, or 3 with the candidate. */
  values: number[];
  approx: boolean;
  phrase: string;
}

/** Verbs before a head count that make those people someone other than the team. */
const NOT_TEAM_BEFORE = /^(interview|interviewed|survey|surveyed|sat|spoke|talk|talked|met|call|called|mentor|mentored|mentors|coach|coached|train|trained|attend|invit|invited|shadow|shadowed|woke|page|paged|promot|promoted|lost|churn|churned|their|across)$/;
/** Verbs after a head count that say what those people did, not who built it. */
const NOT_TEAM_AFTER = /^(attended|promoted|moved|joined|left|quit|signed|showed|complained|churned|applied|were|per)$/;
const TEAM_WORDS = /^(team|squad|group|crew|led|lead|managed|had|with|built|hired|pulled|staffed|funded|core)$/;

/** Reads team sizes: head counts of the people the candidate worked with. */
export function readTeamSizes(field: FieldReading): TeamSize[] {
  const sizes: TeamSize[] = [];
  const { tokens, quantities } = field;
  const people = quantities.filter((q) => q.dim === 'people' && isTeamCount(tokens, q) && !isGoal(tokens, q.first));
  for (let k = 0; k < people.length; k++) {
    const q = people[k]!;
    const values = sizesOf(tokens, q);
    const sameSentence = sizes.length > 0 && k > 0 && joined(tokens, people[k - 1]!, q);
    sizes.push({ family: q.unit, values, approx: q.approx, phrase: field.text.slice(tokens[q.first]!.start, tokens[q.last]!.end) });
    if (sameSentence) {
      // "three data scientists and four engineers": the team is the sum as well.
      const previous = sizes[sizes.length - 2]!;
      const total = { family: 'people', values: previous.values.flatMap((a) => values.map((b) => a + b)), approx: q.approx || previous.approx, phrase: `${previous.phrase} ... ${sizes[sizes.length - 1]!.phrase}` };
      sizes.push(total);
    }
  }
  return sizes;
}

function isTeamCount(tokens: Token[], q: Quantity): boolean {
  const sentence = tokens[q.first]!.sentence;
  for (let j = q.first - 1; j >= Math.max(0, q.first - 4) && tokens[j]!.sentence === sentence; j--) {
    if (NOT_TEAM_BEFORE.test(tokens[j]!.norm)) return false;
  }
  if (NOT_TEAM_AFTER.test(tokens[q.last + 1]?.norm ?? '')) return false;
  if (q.unit !== 'people') return true;
  const window = tokens.slice(Math.max(0, q.first - 3), q.last + 3);
  return window.some((t) => TEAM_WORDS.test(t.norm));
}

/** "one of four engineers" is four; "two other engineers" and "C + 2 eng" are three with the candidate. */
function sizesOf(tokens: Token[], q: Quantity): number[] {
  const before = tokens[q.first - 1]?.norm ?? '';
  const plusCandidate = before === '+' && /^(c|i|me|he|she)$/.test(tokens[q.first - 2]?.norm ?? '');
  const other = tokens.slice(q.first, q.last + 1).some((t) => t.norm === 'other');
  return plusCandidate || other ? [q.value, q.value + 1] : [q.value];
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
 * or a whole-team count against the other story's total, no stated size agrees.
 */
export function findTeamConflict(a: StoryFacts, b: StoryFacts): Finding | undefined {
  for (const x of a.teams) {
    const rivals = b.teams.filter((y) => y.family === x.family);
    if (rivals.length === 0 || rivals.some((y) => agree(x, y))) continue;
    if (b.teams.some((y) => agree(x, y) && (x.family === 'people' || y.family === 'people'))) continue;
    const y = rivals[0]!;
    return { kind: 'team', detail: `"${x.phrase}" vs "${y.phrase}"`, phrases: [x.phrase, y.phrase] };
  }
  return undefined;
}
