import type { Finding } from './facts.js';
import { sharedCount } from './overlap.js';
import type { FieldReading } from './profile.js';
import { isContent, type Token } from './text.js';
import { FIRST_PERSON, speakerNames } from './speaker.js';

/** Who did one piece of the work: the candidate, or someone else named by a role or a name. */
export interface RoleAct {
  who: 'candidate' | 'other';
  /** Stem of the verb ("negoti", "wrote"). */
  verb: string;
  /** Content stems of the sentence besides the doer and the verb: what was done. */
  object: Set<string>;
  phrase: string;
}

/** Past-tense verbs without "-ed". */
const IRREGULAR = /^(wrote|built|drew|made|sent|sold|bought|taught|chose|brought|found|gave|won|kept|spoke|rewrote|rebuilt|redrew)$/;
/** Verbs that say too little of who did the work. */
const LIGHT = /^(was|were|had|did|got|went|came|used|needed|wanted|asked|tried|started|helped|joined|worked|seemed|liked|stayed|agreed|said|told|called|noticed|learned|based|moved|saved|added|showed|looked|involved|included|expected|planned|decided|supported|assisted|contributed|felt|thought|knew|heard|saw|left|took|put|set|let|read|met)$/;
/** Nouns that name someone else by role: "the community team", "our sales lead", "their agency". */
const ROLE_NOUNS = /^(lead|team|manager|designer|designers|engineer|engineers|director|head|vendor|agency|partner|partners|analyst|analysts|pm|pms|owner|department|legal|sales|marketing|finance|ops|operations|staff|consultant|consultants|contractor|contractors|architect|scientist|researcher|officer|boss|colleague|colleagues)$/;
const DETERMINERS = /^(the|our|their|a|an|his|her|my|its)$/;
const SELF = /^(i|he|she|c)$/;
const DENIED = /^(not|never|didn|didnt|no|nt)$/;

/**
 * "I wrote every update myself" vs "the community team wrote the updates": one piece of
 * the work, done by the candidate in one telling and by someone else in the other. Any verb
 * of doing counts (not only verbs of leading); the doer is the candidate ("I", "she", their
 * name) or someone named by a role after a determiner, or by a name.
 */
export function readRoleActs(field: FieldReading, names: ReadonlySet<string>): RoleAct[] {
  const candidateNames = speakerNames(field, names);
  const { tokens, text } = field;
  const acts: RoleAct[] = [];
  const clauses = new Map<number, Token[]>();
  for (const t of tokens) if (t.kind === 'word') clauses.set(t.clause, [...(clauses.get(t.clause) ?? []), t]);
  let previous: { sentence: number; who: RoleAct['who'] } | undefined;
  for (const all of clauses.values()) {
    // "and she designed it": a joining word is not part of the doer.
    const words = /^(and|but|then|so)$/.test(all[0]?.norm ?? '') && all.length > 2 ? all.slice(1) : all;
    // "She met the buyers, drafted the terms": a clause without a doer continues the last one's.
    const continued = previous?.sentence === words[0]?.sentence && isDoing(words[0]) ? previous!.who : undefined;
    const at = continued ? 0 : words.findIndex((t, k) => k > 0 && k <= 4 && isDoing(t));
    if (at < 0 || LIGHT.test(words[at]!.norm) || words.slice(0, at).some((t) => DENIED.test(t.norm))) continue;
    const who = continued ?? doer(words.slice(0, at), candidateNames, tokens);
    if (!who) continue;
    previous = { sentence: words[at]!.sentence, who };
    const sentence = words[at]!.sentence;
    const object = new Set(tokens.filter((t) => t.sentence === sentence && isContent(t) && !words.slice(0, at + 1).includes(t) && !ROLE_NOUNS.test(t.norm)).map((t) => t.stem));
    acts.push({ who, verb: words[at]!.stem, object, phrase: text.slice(words[0]!.start, words[words.length - 1]!.end) });
  }
  return acts;
}

function isDoing(t: Token | undefined): boolean {
  return t !== undefined && (/ed$/.test(t.norm) || IRREGULAR.test(t.norm));
}

function doer(subject: Token[], names: ReadonlySet<string>, field: Token[]): RoleAct['who'] | undefined {
  const first = subject[0]!;
  const thirdPerson = /^(he|she)$/.test(first.norm);
  if (subject.length === 1 && thirdPerson && names.has(FIRST_PERSON)) return 'other';
  if (subject.length === 1 && (SELF.test(first.norm) || names.has(first.norm))) return 'candidate';
  if (DETERMINERS.test(first.norm) && subject.length <= 4 && ROLE_NOUNS.test(subject[subject.length - 1]!.norm)) return 'other';
  // "my colleague Priya", "our designer Tomas".
  if (DETERMINERS.test(first.norm) && subject.length <= 4 && subject.slice(1, -1).some((t) => ROLE_NOUNS.test(t.norm)) && /^[A-Z][a-z]{2,}$/.test(subject[subject.length - 1]!.text) && !names.has(subject[subject.length - 1]!.norm)) return 'other';
  // "my colleague Priya ... Priya wrote the service": someone the telling names as a person.
  if (subject.length === 1 && /^[A-Z][a-z]{2,}$/.test(first.text) && !names.has(first.norm) && !NOT_NAMES.test(first.norm) && introducedAsPerson(field, first.norm)) return 'other';
  return undefined;
}

/** "my colleague Priya", "Priya, our designer": a name the field introduces with a role. */
function introducedAsPerson(field: Token[], name: string): boolean {
  return field.some((t, k) => t.norm === name && (ROLE_NOUNS.test(field[k - 1]?.norm ?? '') || (field[k + 1]?.text === ',' && DETERMINERS.test(field[k + 2]?.norm ?? '') && ROLE_NOUNS.test(field[k + 3]?.norm ?? field[k + 4]?.norm ?? ''))));
}

/** Capitalised words that start a sentence without naming anyone. */
const NOT_NAMES = /^(the|this|that|these|those|then|after|before|when|while|once|we|they|it|there|here|our|my|his|her|their|its|every|each|all|both|some|most|many|one|two|three|later|next|first|finally|also|so|but|and|um|uh|yeah|well|basically|actually|customers|users|sales|finance|legal|marketing|engineering|support|ops|operations|management|leadership|nobody|everyone|everybody)$/;

/** The same piece of work done by the candidate in one telling and by someone else in the other. */
export function findActClash(a: RoleAct[], b: RoleAct[]): Finding | undefined {
  for (const mine of a.filter((x) => x.who === 'candidate')) {
    const theirs = b.find((y) => y.who === 'other' && y.verb === mine.verb && sharedCount(y.object, mine.object) > 0);
    if (!theirs) continue;
    // Either telling may split the work: "I wrote the plan; the team wrote the code" in both.
    if (b.some((y) => y.who === 'candidate' && y.verb === mine.verb) || a.some((x) => x.who === 'other' && x.verb === mine.verb)) continue;
    return { kind: 'role', detail: `"${mine.phrase}" vs "${theirs.phrase}"`, phrases: [mine.phrase, theirs.phrase] };
  }
  return undefined;
}
