import type { Finding, StoryFacts } from './facts.js';
import { sharedCount } from './overlap.js';
import type { FieldReading } from './profile.js';
import { isContent, type Token } from './text.js';

/** One statement of who ran things: the candidate leading, or someone else leading, or the candidate as one of many. */
export interface RoleClaim {
  who: 'candidate' | 'other' | 'one-of';
  /** Stem of the leading verb ("design", "run", "own"), empty for "one of" and titles. */
  verb: string;
  /** What was led: stems of the words around the verb. */
  object: Set<string>;
  phrase: string;
}

const LEAD_VERBS: Record<string, string> = {
  led: 'lead', lead: 'lead', leading: 'lead', owned: 'own', own: 'own', owns: 'own', drove: 'drive', drive: 'drive',
  ran: 'run', run: 'run', running: 'run', runs: 'run', managed: 'manage', manages: 'manage', headed: 'head',
  directed: 'direct', designed: 'design', architected: 'design', commanded: 'command', decided: 'decide',
};
/** Titles that name the person in charge. */
const LEAD_TITLES = /^(commander|lead|owner|head|captain|dri|director|manager|vp|cto|ceo|boss|supervisor|chief)$/;
/** Words that refer to the candidate in notes: "I", "he/she", "C" (candidate), an initial. */
const SELF = /^(i|he|she|c|we)$/;

/** Reads who led what, sentence by sentence. */
export function readRoleClaims(field: FieldReading, candidateNames: ReadonlySet<string>): RoleClaim[] {
  const claims: RoleClaim[] = [];
  const { tokens } = field;
  const clauses = new Map<number, number[]>();
  tokens.forEach((t, i) => clauses.set(t.clause, [...(clauses.get(t.clause) ?? []), i]));
  let previous: { sentence: number; claim: RoleClaim | undefined } | undefined;
  for (const indices of clauses.values()) {
    const sentence = tokens[indices[0]!]!.sentence;
    let claim = readClause(field, indices, candidateNames);
    // "C = incident lead, ran the bridge": a clause without a subject continues the last one's.
    if (!claim && previous?.sentence === sentence && previous.claim?.who === 'candidate') claim = continuedClaim(field, indices);
    if (claim) claims.push(claim);
    previous = { sentence, claim };
  }
  return claims;
}

function continuedClaim(field: FieldReading, indices: number[]): RoleClaim | undefined {
  const words = indices.map((i) => field.tokens[i]!).filter((t) => t.kind === 'word');
  const verb = LEAD_VERBS[words[0]?.norm ?? ''];
  if (!verb) return undefined;
  const object = new Set(words.slice(1).filter((t) => isContent(t) && !LEAD_TITLES.test(t.norm)).map((t) => t.stem));
  return { who: 'candidate', verb, object, phrase: field.text.slice(words[0]!.start, words[words.length - 1]!.end) };
}

/** "She said (that)", "According to him,": who is speaking, not who led. */
const REPORTING = /^(said|says|told|tells|mentioned|explained|described|claimed|recalled|noted|stated)$/;

function withoutReporting(tokens: Token[], names: ReadonlySet<string>): Token[] {
  const at = tokens.findIndex((t) => REPORTING.test(t.norm));
  if (at < 1 || at > 2 || !tokens.slice(0, at).every((t) => isSelf(t, names) || t.kind === 'sym')) return tokens;
  const rest = tokens.slice(at + 1);
  return rest[0]?.norm === 'that' ? rest.slice(1) : rest;
}

function isSelf(token: Token, candidateNames: ReadonlySet<string>): boolean {
  return SELF.test(token.norm) || candidateNames.has(token.norm) || /^[A-Z]$/.test(token.text);
}

function readClause(field: FieldReading, indices: number[], names: ReadonlySet<string>): RoleClaim | undefined {
  const tokens = withoutReporting(indices.map((i) => field.tokens[i]!), names);
  const words = tokens.filter((t) => t.kind !== 'sym');
  if (words.length === 0) return undefined;
  const phrase = field.text.slice(words[0]!.start, words[words.length - 1]!.end);
  const object = new Set(tokens.filter((t) => isContent(t) && !LEAD_VERBS[t.norm] && !LEAD_TITLES.test(t.norm)).map((t) => t.stem));
  const oneOf = tokens.findIndex((t, k) => t.norm === 'one' && tokens[k + 1]?.norm === 'of' && /^(\d|the|two|three|four|five|six|seven|eight|nine|ten|many|several)/.test(tokens[k + 2]?.norm ?? ''));
  if (oneOf >= 0 && tokens.slice(0, oneOf).some((t) => isSelf(t, names))) return { who: 'one-of', verb: '', object, phrase };
  const verbAt = tokens.findIndex((t) => LEAD_VERBS[t.norm] !== undefined);
  const subject = tokens.slice(0, verbAt >= 0 ? verbAt : tokens.findIndex((t) => t.text === '='));
  if (subject.length === 0 || subject.length > 6) return undefined;
  const self = isSelf(subject[0]!, names) || subject.some((t) => isSelf(t, names) && t.kind === 'word' && t.text !== 'we');
  const titled = subject.some((t) => LEAD_TITLES.test(t.norm) || t.norm === 'tl');
  if (verbAt < 0) {
    // "C = incident commander", "C = TL": a title after "=" is a claim to lead.
    return self && tokens.some((t) => LEAD_TITLES.test(t.norm)) ? { who: 'candidate', verb: '', object, phrase } : undefined;
  }
  const verb = LEAD_VERBS[tokens[verbAt]!.norm]!;
  if (self && !titled) return { who: 'candidate', verb, object, phrase };
  if (titled && !self) return { who: 'other', verb, object, phrase };
  return undefined;
}

function sameThing(a: RoleClaim, b: RoleClaim): boolean {
  return (a.verb !== '' && a.verb === b.verb) || sharedCount(a.object, b.object) > 0;
}

/**
 * The candidate's part told two ways: in one story they led something, in the other someone
 * else led that same thing, or they were "one of" the people doing it.
 */
export function findRoleConflict(a: StoryFacts, b: StoryFacts): Finding | undefined {
  return roleClash(a.roles, b.roles) ?? swap(roleClash(b.roles, a.roles));
}

function roleClash(leading: RoleClaim[], following: RoleClaim[]): Finding | undefined {
  for (const humble of following.filter((c) => c.who !== 'candidate')) {
    if (leading.some((c) => c.who !== 'candidate' && sameThing(c, humble))) continue;
    const claim = leading.find((c) => c.who === 'candidate' && sameThing(c, humble));
    if (claim) return { kind: 'role', detail: `"${claim.phrase}" vs "${humble.phrase}"`, phrases: [claim.phrase, humble.phrase] };
  }
  return undefined;
}

function swap(finding: Finding | undefined): Finding | undefined {
  return finding && { ...finding, detail: finding.detail.replace(/^(".*?") vs (".*")$/, '$2 vs $1'), phrases: [finding.phrases[1], finding.phrases[0]] };
}
