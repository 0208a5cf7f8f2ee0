import type { Finding, StoryFacts } from './facts.js';
import { findActClash } from './role-acts.js';
import { sharedCount } from './overlap.js';
import type { FieldReading } from './profile.js';
import { readNumber } from './numbers.js';
import { isContent, type Token } from './text.js';
import { FIRST_PERSON, speakerNames } from './speaker.js';

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
  // "-ing" forms only where they cannot mean causing ("costs driving prices") or a chore ("handling complaints").
  chairing: 'lead', heading: 'head', overseeing: 'own', handled: 'manage',
  championed: 'lead', steered: 'lead', initiated: 'start', founded: 'start', instigated: 'start',
};
/** Verbs of starting something, leading only when what was started is a piece of work or a group: "set up the programme". */
const START_VERBS = /^(started|set|kicked|established|created|formed|launched|built|assembled|put)$/;
/** What one starts when one leads it. */
const STARTED_WORK = /^(programme|program|project|initiative|team|group|squad|taskforce|workstream|guild|effort|committee|scheme|pilot)$/;
/** Roles of someone doing part of the work, not leading it. */
const MEMBER_ROLES = /^(developer|engineer|analyst|designer|tester|contributor|researcher|scientist|intern|associate|specialist|member|consultant|programmer|coder|sde|swe|ic)$/;
/** Titles that name the person in charge. */
const LEAD_TITLES = /^(commander|lead|owner|head|captain|dri|director|manager|vp|cto|ceo|boss|supervisor|chief)$/;
/** Words that refer to the candidate in notes: "I", "he/she", "C" (candidate), an initial. */
const SELF = /^(i|he|she|c|we)$/;
/** "I was the DRI for", "she served as tech lead": a title claimed through a linking verb. */
const LINKS = /^(=|was|am|is|as|became|become)$/;
/** "I was on point for", "she was in charge of", "I was responsible for": leading, said without a verb or a title. */
const IN_CHARGE = /^(in charge|on point|point person|accountable|responsible)$/;
/** "took charge of", "took ownership of", "took the lead on": taking the lead, said with "took". */
const TOOK_CHARGE = /^(charge|ownership|lead|command|control)$/;
/** "I was part of the team", "I was a member of": the candidate as one of many. */
const MEMBER = /^(part|member)$/;

/** Reads who led what, sentence by sentence. */
export function readRoleClaims(field: FieldReading, names: ReadonlySet<string>): RoleClaim[] {
  const candidateNames = speakerNames(field, names);
  const claims: RoleClaim[] = [];
  const { tokens } = field;
  const clauses = new Map<number, number[]>();
  tokens.forEach((t, i) => clauses.set(t.clause, [...(clauses.get(t.clause) ?? []), i]));
  let previous: { sentence: number; claim: RoleClaim | undefined; indices: number[] } | undefined;
  for (const indices of clauses.values()) {
    const sentence = tokens[indices[0]!]!.sentence;
    let claim = readClause(field, indices, candidateNames);
    // "C = launch lead, ran the standups": a clause without a subject continues the last one's.
    if (!claim && previous?.sentence === sentence && previous.claim?.who === 'candidate') claim = continuedClaim(field, indices);
    // "the test plan for the upload fix, which my manager ran": what was run is named before the comma.
    const firstWord = indices.map((i) => tokens[i]!).find((t) => t.kind === 'word');
    if (claim && previous?.sentence === sentence && /^(which|who)$/.test(firstWord?.norm ?? '')) {
      for (const i of previous.indices) if (isContent(tokens[i]!) && !LEAD_TITLES.test(tokens[i]!.norm)) claim.object.add(tokens[i]!.stem);
    }
    if (claim) claims.push(claim);
    previous = { sentence, claim, indices };
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
const SUPPORT_VERBS = /^(supported|support|helped|help|assisted|assist|contributed|contribute|supporting|helping|assisting)$/;

/** "She said (that)", "In her words,": who is speaking, not who led. */
const REPORTING = /^(said|says|told|tells|mentioned|explained|described|claimed|recalled|noted|stated)$/;

function withoutReporting(tokens: Token[], names: ReadonlySet<string>): Token[] {
  const at = tokens.findIndex((t) => REPORTING.test(t.norm));
  if (at < 1 || at > 2 || !tokens.slice(0, at).every((t) => isSelf(t, names) || t.kind === 'sym')) return tokens;
  const rest = tokens.slice(at + 1);
  return rest[0]?.norm === 'that' ? rest.slice(1) : rest;
}

function isSelf(token: Token, candidateNames: ReadonlySet<string>): boolean {
  // In a field the candidate tells in the first person, "he" and "she" are someone else.
  if (candidateNames.has(FIRST_PERSON) && /^(he|she)$/.test(token.norm)) return false;
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
  // "my part was the test plan", "her role was small": the candidate's own share, said as a part.
  const partAt = words.findIndex((t) => /^(part|role|piece|bit|share)$/.test(t.norm));
  const owner = words[partAt - 1];
  if (partAt >= 1 && partAt <= 2 && owner && (owner.norm === 'my' || (/^(his|her)$/.test(owner.norm) && !names.has(FIRST_PERSON))) && /^(was|is|were)$/.test(words[partAt + 1]?.norm ?? '') && !tokens.some((t) => LEAD_VERBS[t.norm] !== undefined || LEAD_TITLES.test(t.norm))) {
    return { who: 'one-of', verb: '', object, phrase };
  }
  // "the fix was my manager's project", "it was her project": whose work it was.
  const possessed = possessedWork(words, names);
  if (possessed) return { who: possessed, verb: 'own', object, phrase };
  const smaller = smallerPart(words, names);
  if (smaller) return { who: 'one-of', verb: '', object, phrase };
  // "I set up the working group", "she kicked off the programme", "I put together the team": starting it.
  if (isSelf(words[0]!, names) && startedWork(words)) return { who: 'candidate', verb: 'start', object, phrase };
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
  // "My manager asked me to lead it": the one asked is the one leading, not the one asking.
  if (tokens[verbAt - 1]?.norm === 'to' && /^(me|him|her|us)$/.test(tokens[verbAt - 2]?.norm ?? '')) return undefined;
  // "the plan our director had drawn up": a titled doer right before the verb, inside a longer clause.
  const reduced = reducedRelative(tokens, verbAt);
  if (reduced) return { who: 'other', verb, object, phrase };
  // "I supported the tech lead who ran the rebuild": the leader is the noun before "who".
  const relative = /^(who|that)$/.test(tokens[verbAt - 1]?.norm ?? '');
  // "and she designed it": a joining word is not part of the doer.
  const from = relative ? Math.max(0, verbAt - 4) : /^(and|but|then|so)$/.test(tokens[0]?.norm ?? '') ? 1 : 0;
  const subject = tokens.slice(from, relative ? verbAt - 1 : verbAt);
  // "I put together the team and ran it": a second verb of the same doer, after "and".
  if (!relative && subject.length > 6 && tokens[verbAt - 1]?.norm === 'and' && isSelf(subject[0]!, names) && subject[0]!.norm !== 'we' && !subject.slice(1).some((t) => isPersonNoun(t) || isName(t))) {
    return { who: 'candidate', verb, object, phrase };
  }
  if (subject.length === 0 || subject.length > 6) return undefined;
  const self = !relative && (isSelf(subject[0]!, names) || subject.some((t) => isSelf(t, names) && t.kind === 'word' && t.text !== 'we'));
  // "Maria led it", "my manager Dev ran it": a named person other than the candidate.
  // Deciding or designing is not running the thing, so a name counts only with a verb of leading.
  // "a senior TPM owned the programme": someone named by a role, after a determiner.
  // The described doer must be a person or a group of people: "the pilot ran for two weeks" is not someone running it.
  const described = /^(a|an|the|our|my|his|her|their)$/.test(subject[0]!.norm) && subject.length >= 2 && subject.length <= 4 && /^(lead|run|own|head|manage)$/.test(verb) && subject.some((t) => isPersonNoun(t));
  const titled = described || subject.some((t) => LEAD_TITLES.test(t.norm) || t.norm === 'tl' || (isName(t) && !isSelf(t, names) && /^(lead|run|own|head|manage|drive)$/.test(verb)));
  if (self && !titled) return { who: 'candidate', verb, object, phrase };
  if (titled && !self) return { who: 'other', verb, object, phrase };
  return undefined;
}

/** Nouns that name a person or a group of people by role: "the ops director", "our platform team". */
const PERSON_NOUNS = /^(lead|manager|director|head|owner|vp|cto|ceo|cfo|coo|boss|supervisor|chief|captain|engineer|designer|analyst|architect|scientist|researcher|officer|consultant|contractor|vendor|partner|agency|team|squad|group|committee|board|department|colleague|peer|pm|tpm|developer|specialist|coordinator|planner|nurse|doctor|teacher|lawyer|counsel|founder|chair|chairman|chairwoman|president|principal|administrator|admin|staff|client|customer|person|someone|somebody|he|she|they)$/;

function isPersonNoun(t: Token): boolean {
  return LEAD_TITLES.test(t.norm) || PERSON_NOUNS.test(t.norm) || PERSON_NOUNS.test(t.norm.replace(/s$/, ''));
}

/**
 * A smaller part said without "one of": "I was a developer on it", "I joined the project as
 * an analyst", "I was brought in to help", "I was asked to build the forms", "I worked on the
 * payment piece of it".
 */
function smallerPart(words: Token[], names: ReadonlySet<string>): boolean {
  if (words.length < 3 || !isSelf(words[0]!, names) || words[0]!.norm === 'we') return false;
  const rest = words.slice(1, 9).map((t) => t.norm);
  if (words.some((t, k) => (LEAD_VERBS[t.norm] !== undefined && !isTitle(words, k, names)) || t.norm === 'dri')) return false;
  // "I was a (junior) developer on", "I joined as an analyst" (not "I was the lead developer").
  const role = rest.findIndex((w) => MEMBER_ROLES.test(w) || MEMBER_ROLES.test(w.replace(/s$/, '')));
  const asRole = role >= 1 && (/^(a|an)$/.test(rest[role - 1] ?? '') || /^(junior|senior|staff|data|software|ux)$/.test(rest[role - 1] ?? '')) && !rest.slice(0, role + 1).some((w) => LEAD_TITLES.test(w));
  if (asRole && (rest[0] === 'was' || rest.slice(0, role).includes('as'))) return true;
  // "I was brought in to help", "I was asked (by my manager) to build".
  if (rest[0] === 'was' && /^(brought|asked|pulled|drafted|seconded|loaned|lent|assigned)$/.test(rest[1] ?? '') && rest.slice(2, 7).includes('to')) {
    // "asked to lead it", "asked to set up a taskforce" is being put in charge.
    const task = rest[rest.indexOf('to', 2) + 1] ?? '';
    return !(LEAD_VERBS[task] !== undefined || START_VERBS.test(task) || /^(head|chair|own|run|lead|drive|manage)$/.test(task));
  }
  // "I joined after it had started", "I joined the project halfway".
  if (/^(joined)$/.test(rest[0] ?? '') && rest.some((w) => /^(after|halfway|later|midway|partway)$/.test(w))) return true;
  // "I did the pricing part of it", "he took the reporting piece".
  return /^(did|handled|took)$/.test(rest[0] ?? '') && rest.slice(1, 6).some((w) => /^(piece|part|bit|portion)$/.test(w));
}

/** "set up the working group", "kicked off the programme", "put together the team": starting a piece of work. */
function startedWork(words: Token[]): boolean {
  const at = words.findIndex((t) => START_VERBS.test(t.norm));
  if (at < 1 || at > 2) return false;
  const particle = /^(up|off|together)$/.test(words[at + 1]?.norm ?? '');
  if (/^(set|kicked|put)$/.test(words[at]!.norm) && !particle) return false;
  return words.slice(at + 1, at + 6).some((t) => STARTED_WORK.test(t.norm));
}

/** Nouns for a piece of work someone can own: "her project", "my manager's programme". */
const OWNED_WORK = /^(project|programme|program|initiative|baby|call|effort|workstream)$/;

/** "it was my project" (the candidate's), "the fix was my manager's project" (someone else's). */
function possessedWork(words: Token[], names: ReadonlySet<string>): RoleClaim['who'] | undefined {
  const at = words.findIndex((t, k) => OWNED_WORK.test(t.norm) && k >= 2 && /^(was|is)$/.test(words.slice(0, k).map((w) => w.norm).find((w) => /^(was|is)$/.test(w)) ?? ''));
  if (at < 0) return undefined;
  const owner = words[at - 1]!;
  if (owner.norm === 'my' || ((owner.norm === 'his' || owner.norm === 'her') && !names.has(FIRST_PERSON))) return 'candidate';
  const possessive = /['’]s$/.test(owner.text);
  if (possessive && (isPersonNoun(owner) || (isName(owner) && !isSelf(owner, names)))) return 'other';
  if (possessive && isSelf(owner, names)) return 'candidate';
  return undefined;
}

/**
 * "Built the cache from the plan our director had designed": a determiner and a
 * title standing right before the verb (or its "had"), after other words of the clause.
 */
function reducedRelative(tokens: Token[], verbAt: number): boolean {
  let j = verbAt - 1;
  if (/^(had|has|have)$/.test(tokens[j]?.norm ?? '')) j--;
  const title = tokens[j];
  if (!title || !LEAD_TITLES.test(title.norm)) return false;
  for (let k = j - 1; k >= Math.max(1, j - 3); k--) {
    if (/^(the|our|my|his|her|their)$/.test(tokens[k]!.norm)) return k >= 3 && tokens[k - 1]!.kind === 'word' && !/^(by|to|and|or|with|as|was|were|is)$/.test(tokens[k - 1]!.norm);
    if (tokens[k]!.kind !== 'word') return false;
  }
  return false;
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
  // "I took charge of the fix", "she took ownership of it", "he took the lead on the bid".
  if (/^(took|take|takes|taking)$/.test(rest[0]?.norm ?? '') && TOOK_CHARGE.test(rest[rest[1]?.norm === 'the' ? 2 : 1]?.norm ?? '')) return { who: 'candidate', verb: '', object, phrase };
  // "he took it on himself", "I took the project on": taking the work as one's own.
  if (/^(took|take)$/.test(rest[0]?.norm ?? '') && rest.slice(1, 4).some((t) => t.norm === 'on') && rest.slice(1, 6).some((t) => /^(herself|himself|myself|alone)$/.test(t.norm))) return { who: 'candidate', verb: '', object, phrase };
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
