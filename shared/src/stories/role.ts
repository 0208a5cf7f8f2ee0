import type { Finding, StoryFacts } from './facts.js';
import { findActClash } from './role-acts.js';
import { sharedCount } from './overlap.js';
import type { FieldReading } from './profile.js';
import { readNumber } from './numbers.js';
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
  spearheaded: 'lead', spearhead: 'lead', chaired: 'lead', chairs: 'lead', oversaw: 'own', oversee: 'own', coordinated: 'run', orchestrated: 'run',
};
/** Titles that name the person in charge. */
const LEAD_TITLES = /^(commander|lead|owner|head|captain|dri|director|manager|vp|cto|ceo|boss|supervisor|chief)$/;
/** Words that refer to the candidate in notes: "I", "he/she", "C" (candidate), an initial. */
const SELF = /^(i|he|she|c|we)$/;
/** "I was the DRI for", "she served as tech lead": a title claimed through a linking verb. */
const LINKS = /^(=|was|am|is|as|became|become)$/;
/** "I was on point for", "she was in charge of": leading, said without a verb or a title. */
const IN_CHARGE = /^(in charge|on point|point person|accountable)$/;
/** "I was part of the team", "I was a member of": the candidate as one of many. */
const MEMBER = /^(part|member)$/;

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
    // "C = launch lead, ran the standups": a clause without a subject continues the last one's.
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

/** Verbs of a supporting part: the candidate helped, someone else carried it. */
const SUPPORT_VERBS = /^(supported|support|helped|help|assisted|assist|contributed|contribute)$/;

/** "She said (that)", "In her words,": who is speaking, not who led. */
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
  const object = new Set(tokens.filter((t) => isContent(t) && !LEAD_VERBS[t.norm] && !LEAD_TITLES.test(t.norm) && !MEMBER.test(t.norm)).map((t) => t.stem));
  // "one of twelve engineers", "one of the PMs", "one of her analysts": one member of a group.
  const oneOf = tokens.findIndex((t, k) => t.norm === 'one' && tokens[k + 1]?.norm === 'of' && (/^(the|many|several|his|her|their|its|our|my)$/.test(tokens[k + 2]?.norm ?? '') || readNumber(tokens, k + 2) !== undefined));
  if (oneOf >= 0 && tokens.slice(0, oneOf).some((t) => isSelf(t, names))) return { who: 'one-of', verb: '', object, phrase };
  // "I supported / helped with / contributed to the rollout": a supporting part, said with a verb.
  const supportAt = tokens.findIndex((t) => SUPPORT_VERBS.test(t.norm));
  if (supportAt >= 1 && supportAt <= 2 && isSelf(tokens[supportAt - 1]!, names) && !tokens.some((t) => LEAD_VERBS[t.norm] !== undefined)) return { who: 'one-of', verb: '', object, phrase };
  // "I built part of it under the tech lead", "she worked under Priya": someone else in charge.
  if (isSelf(words[0]!, names) && underLeader(tokens, names)) return { who: 'one-of', verb: '', object, phrase };
  const verbAt = tokens.findIndex((t, k) => LEAD_VERBS[t.norm] !== undefined && !isTitle(tokens, k, names) && !isParticiple(tokens, k));
  if (verbAt < 0) return linkedClaim(tokens, names, object, phrase);
  const verb = LEAD_VERBS[tokens[verbAt]!.norm]!;
  // "The rebuild was led by our staff engineer": the leader comes after "by".
  if (tokens[verbAt + 1]?.norm === 'by' && /^(was|were|is|been|being|got)$/.test(tokens[verbAt - 1]?.norm ?? '')) {
    const agent = tokens.slice(verbAt + 2, verbAt + 6).filter((t) => t.kind === 'word' && !/^(the|a|an|my|our|his|her|their)$/.test(t.norm));
    if (agent.length === 0) return undefined;
    return { who: isSelf(agent[0]!, names) || /^(me|him|her)$/.test(agent[0]!.norm) ? 'candidate' : 'other', verb, object, phrase };
  }
  // "the rebuild, which Maria ran": the leader stands between "which" and the verb.
  const objectRelative = tokens.slice(Math.max(0, verbAt - 5), verbAt).findIndex((t) => /^(which|that)$/.test(t.norm));
  if (objectRelative >= 0) {
    const agent = tokens.slice(Math.max(0, verbAt - 5) + objectRelative + 1, verbAt).filter((t) => t.kind === 'word');
    if (agent.length > 0 && agent.length <= 4) {
      const self = agent.some((t) => isSelf(t, names) || t.norm === 'me');
      if (self || agent.some((t) => LEAD_TITLES.test(t.norm) || (isName(t) && !isSelf(t, names) && /^(lead|run|own|head|manage|drive)$/.test(verb)))) return { who: self ? 'candidate' : 'other', verb, object, phrase };
    }
  }
  // "I supported the tech lead who ran the rebuild": the leader is the noun before "who".
  const relative = /^(who|that)$/.test(tokens[verbAt - 1]?.norm ?? '');
  const subject = tokens.slice(relative ? Math.max(0, verbAt - 4) : 0, relative ? verbAt - 1 : verbAt);
  if (subject.length === 0 || subject.length > 6) return undefined;
  const self = !relative && (isSelf(subject[0]!, names) || subject.some((t) => isSelf(t, names) && t.kind === 'word' && t.text !== 'we'));
  // "Maria led it", "my manager Dev ran it": a named person other than the candidate.
  // Deciding or designing is not running the thing, so a name counts only with a verb of leading.
  // "a senior TPM owned the programme": someone named by a role, after a determiner.
  const described = /^(a|an|the|our|my|his|her|their)$/.test(subject[0]!.norm) && subject.length >= 2 && subject.length <= 4 && /^(lead|run|own|head)$/.test(verb);
  const titled = described || subject.some((t) => LEAD_TITLES.test(t.norm) || t.norm === 'tl' || (isName(t) && !isSelf(t, names) && /^(lead|run|own|head|manage|drive)$/.test(verb)));
  if (self && !titled) return { who: 'candidate', verb, object, phrase };
  if (titled && !self) return { who: 'other', verb, object, phrase };
  return undefined;
}

/** "under the tech lead", "under our director", "under Priya": working to a named leader. */
function underLeader(tokens: Token[], names: ReadonlySet<string>): boolean {
  const at = tokens.findIndex((t) => t.norm === 'under');
  if (at < 0) return false;
  const next = tokens.slice(at + 1, at + 4).filter((t) => t.kind === 'word');
  return next.some((t) => LEAD_TITLES.test(t.norm) || t.norm === 'tl') || (next[0] !== undefined && isName(next[0]) && !isSelf(next[0], names));
}

/** A capitalised word that is not the candidate, "I" or an initial: someone's name. */
function isName(t: Token): boolean {
  return t.kind === 'word' && /^[A-Z][a-z]{2,}$/.test(t.text) && !/^(i|the|a|an|our|my|we|he|she|they|it|this|that|for|in|on|then|after|with|and|but|so)$/.test(t.norm);
}

/** "a managed service", "moved to managed hosting", "self-managed": a participle describing a noun. */
function isParticiple(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!/ed$/.test(tokens[k]!.norm) || !before) return false;
  const hyphen = before.text === '-' && before.end === tokens[k]!.start;
  return hyphen || /^(a|an|the|to|its|their|fully)$/.test(before.norm);
}

/** "the tech lead", "our payments lead": a title, not the verb "lead" ("I lead the team"). */
function isTitle(tokens: Token[], k: number, names: ReadonlySet<string>): boolean {
  const before = tokens[k - 1];
  return LEAD_TITLES.test(tokens[k]!.norm) && before?.kind === 'word' && !isSelf(before, names) && !/^(to|and|or|also|then|now|still|would|will|can)$/.test(before.norm);
}

/**
 * A part stated without a leading verb: "C = release captain", "I was the DRI for the
 * rebuild", "she was in charge of the cut-over" (leading); "I was part of the team that
 * rebuilt it" (one of many).
 */
function linkedClaim(tokens: Token[], names: ReadonlySet<string>, object: Set<string>, phrase: string): RoleClaim | undefined {
  const words = tokens.filter((t) => t.kind === 'word' || t.text === '=');
  const selfAt = words.findIndex((t) => isSelf(t, names) && t.text !== 'we');
  if (selfAt < 0 || selfAt > 2) return undefined;
  const rest = words.slice(selfAt + 1, selfAt + 7);
  const pairs = rest.map((t, k) => `${t.norm} ${rest[k + 1]?.norm ?? ''}`);
  if (LINKS.test(rest[0]?.norm ?? '') && MEMBER.test(rest[rest[1]?.norm === 'a' ? 2 : 1]?.norm ?? '') && rest.some((t) => t.norm === 'of')) {
    return { who: 'one-of', verb: '', object, phrase };
  }
  const linked = LINKS.test(rest[0]?.norm ?? '') || (rest[0]?.norm === 'served' && rest[1]?.norm === 'as');
  if (!linked) return undefined;
  const titleAt = rest.findIndex((t) => LEAD_TITLES.test(t.norm) || t.norm === 'dri');
  if ((titleAt >= 0 && titleAt <= 4) || pairs.slice(0, 3).some((p) => IN_CHARGE.test(p)) || IN_CHARGE.test(rest[1]?.norm ?? '')) return { who: 'candidate', verb: '', object, phrase };
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
  return roleClash(a.roles, b.roles) ?? swap(roleClash(b.roles, a.roles)) ?? findActClash(a.acts, b.acts) ?? swap(findActClash(b.acts, a.acts));
}

function roleClash(leading: RoleClaim[], following: RoleClaim[]): Finding | undefined {
  for (const humble of following.filter((c) => c.who !== 'candidate')) {
    // Both stories give the candidate the same smaller part, or name the same other leader.
    if (leading.some((c) => c.who === humble.who && sameThing(c, humble))) continue;
    if (leading.some((c) => c.who !== 'candidate' && sameThing(c, humble))) continue;
    // Quote the candidate's claim that says most about the same thing.
    const claim = leading.filter((c) => c.who === 'candidate' && sameThing(c, humble)).sort((x, y) => sharedCount(y.object, humble.object) - sharedCount(x.object, humble.object))[0];
    if (claim) return { kind: 'role', detail: `"${claim.phrase}" vs "${humble.phrase}"`, phrases: [claim.phrase, humble.phrase] };
  }
  return undefined;
}

function swap(finding: Finding | undefined): Finding | undefined {
  return finding && { ...finding, detail: finding.detail.replace(/^(".*?") vs (".*")$/, '$2 vs $1'), phrases: [finding.phrases[1], finding.phrases[0]] };
}
