import type { Finding, StoryFacts } from './facts.js';
import type { FieldReading } from './profile.js';
import type { Token } from './text.js';
import { choiceEvent, phrasalEvent, targetEvent } from './outcome-phrases.js';

/** One statement of how it ended: an event and whether it happened, or a count of casualties. */
export interface OutcomeClaim {
  /** The event ("renew", "ship", "schedule", "win"), or "none:<stem>" / "some:<stem>" for counts. */
  event: string;
  happened: boolean;
  phrase: string;
}

/**
 * Base forms of event verbs, read only after "did not", "never", "to" ("failed to launch"):
 * elsewhere they are as often nouns ("before launch", "a pass rate").
 */
const BASE_FORMS: Record<string, [string, boolean]> = {
  win: ['win', true], lose: ['win', false], launch: ['ship', true], ship: ['ship', true], release: ['ship', true],
  approve: ['approve', true], accept: ['approve', true], reject: ['approve', false], pass: ['pass', true], fail: ['pass', false],
  adopt: ['adopt', true], cancel: ['ship', false], scrap: ['ship', false], shelve: ['ship', false],
};

function baseForm(tokens: Token[], i: number): [string, boolean] | undefined {
  const read = BASE_FORMS[tokens[i]!.norm];
  const before = tokens.slice(Math.max(0, i - 2), i).map((t) => t.norm);
  return read && before.some((w) => /^(did|didnt|does|doesnt|do|dont|never|not|to|nt|wont|will|cannot|couldnt)$/.test(w)) ? read : undefined;
}

/** Words that say an event happened (true) or did not (false), by the event they belong to. */
const EVENTS: Record<string, [string, boolean]> = {
  renewed: ['renew', true], renew: ['renew', true], renews: ['renew', true], churned: ['renew', false], churn: ['renew', false],
  shipped: ['ship', true], launched: ['ship', true], released: ['ship', true], scrapped: ['ship', false], shelved: ['ship', false],
  cancelled: ['ship', false], canceled: ['ship', false], killed: ['ship', false], axed: ['ship', false],
  won: ['win', true], lost: ['win', false], closed: ['win', true],
  slipped: ['schedule', false], late: ['schedule', false], delayed: ['schedule', false], missed: ['schedule', false], delay: ['schedule', false],
  lapse: ['renew', false], lapsed: ['renew', false],
  early: ['schedule', true], ahead: ['schedule', true],
  approved: ['approve', true], accepted: ['approve', true], rejected: ['approve', false], declined: ['approve', false], vetoed: ['approve', false],
  granted: ['approve', true], awarded: ['approve', true], funded: ['approve', true], denied: ['approve', false],
  postponed: ['schedule', false], overran: ['schedule', false], overdue: ['schedule', false],
  succeeded: ['pass', true], successful: ['pass', true], unsuccessful: ['pass', false], flopped: ['pass', false],
  okayed: ['approve', true], endorsed: ['approve', true],
  discontinued: ['ship', false], mothballed: ['ship', false],
  adopted: ['adopt', true], abandoned: ['adopt', false], dropped: ['adopt', false],
  passed: ['pass', true], failed: ['pass', false], cited: ['pass', false], cleared: ['pass', true], certified: ['pass', true],
  fined: ['sanction', true], warning: ['sanction', true], warned: ['sanction', true], penalty: ['sanction', true],
  penalised: ['sanction', true], penalized: ['sanction', true], sanctioned: ['sanction', true], reprimanded: ['sanction', true],
};
/**
 * An audit, inspection or review: passing it and being approved by it are one outcome, as
 * are failing it, being rejected or being cited at it.
 */
const REVIEWS = /^(audit|audits|auditor|auditors|inspection|inspections|inspector|inspectors|review|assessment|certification|accreditation|regulator)$/;
const NEGATION = /^(not|never|didn|didnt|no|nt|n't|without|failed|zero|0|none)$/;
/** "lost" speaks of the outcome only when a deal or customer was lost, not money or time. */
const WIN_OBJECTS = /^(deal|deals|contract|customer|account|bid|pitch|client|tender|rfp)$/;

/** Reads how the story ended, from its result (or from a note that put it all in the action). */
export function readOutcomes(field: FieldReading, resultMissing = false): OutcomeClaim[] {
  if (field.field !== 'result' && !(resultMissing && field.field === 'action')) return [];
  const { tokens } = field;
  const claims: OutcomeClaim[] = [];
  tokens.forEach((t, i) => {
    // A choice read with what was chosen already names its event; single words need their context checked.
    const choice = choiceEvent(tokens, i);
    const read = renewalLoss(tokens, i) ?? targetEvent(tokens, i) ?? choice ?? EVENTS[t.norm] ?? baseForm(tokens, i) ?? scheduleWord(tokens, i) ?? phrasalEvent(tokens, i);
    const event = read && asReview(tokens, i, read);
    if (event && (choice !== undefined || eventApplies(tokens, i, event[0])) && !hypothetical(tokens, i)) {
      const negated = negatedAt(tokens, i) || noneDid(tokens, i);
      claims.push({ event: event[0], happened: event[1] !== negated, phrase: quoteAround(field, i) });
      // A pilot stopped is also a pilot its users did not keep using.
      if (event[0] === 'ship' && event[1] !== negated === false && pilotStopped(tokens, i)) claims.push({ event: 'adopt', happened: false, phrase: quoteAround(field, i) });
    }
    if (/^(no|zero|none)$/.test(t.norm)) {
      const noun = tokens.slice(i + 1, i + 4).find((x) => x.kind === 'word' && x.norm.length > 2 && x.norm !== 'of' && x.norm !== 'the');
      if (noun) claims.push({ event: `count:${noun.stem}`, happened: false, phrase: quoteAround(field, i) });
    }
  });
  for (const q of field.quantities) {
    if ((q.dim === 'count' || q.dim === 'people') && q.value > 0 && q.unit) claims.push({ event: `count:${q.unit}`, happened: true, phrase: quoteAround(field, q.first) });
    if (q.value === 0 && q.unit) claims.push({ event: `count:${q.unit}`, happened: false, phrase: quoteAround(field, q.first) });
  }
  return claims;
}

/**
 * "didn't renew", "never went live", "refused to sign it off": a denial up to three words
 * before the event, in its clause, and not across "and" or "but" ("didn't renew and went to
 * a rival" denies the renewal, not the going).
 */
function negatedAt(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3) && tokens[j]!.clause === tokens[i]!.clause; j--) {
    const word = tokens[j]!.norm;
    if (/^(and|but|then|so|or|yet)$/.test(word)) return false;
    if (NEGATION.test(word) || (/^(refused|declined|unable)$/.test(word) && tokens[j + 1]?.norm === 'to')) return true;
  }
  return false;
}

function pilotStopped(tokens: Token[], i: number): boolean {
  return /^(stopped|ended|halted|discontinued|paused|wound|dropped|killed|canned)$/.test(tokens[i]!.norm) && tokens.slice(Math.max(0, i - 4), i + 4).some((t) => t.clause === tokens[i]!.clause && /^(pilot|trial|experiment)$/.test(t.norm));
}

function asReview(tokens: Token[], i: number, event: [string, boolean]): [string, boolean] | undefined {
  if (event[0] !== 'approve' && event[0] !== 'pass') return event;
  const inClause = tokens.some((t) => t.clause === tokens[i]!.clause && REVIEWS.test(t.norm));
  if (inClause) return ['review', event[1]];
  // Being cited means something only at a review.
  return tokens[i]!.norm === 'cited' ? undefined : event;
}

function eventApplies(tokens: Token[], i: number, event: string): boolean {
  if (event === 'win') return tokens.slice(i + 1, i + 4).some((t) => WIN_OBJECTS.test(t.norm)) || tokens.slice(Math.max(0, i - 3), i).some((t) => WIN_OBJECTS.test(t.norm));
  if (tokens[i]!.norm === 'ahead') return tokens[i + 1]?.norm === 'of';
  // "refund abuse dropped 30%", "failed logins": a measure moving, not a decision.
  if (event === 'adopt' || event === 'pass') return !tokens.slice(i + 1, i + 4).some((t, k, near) => t.kind === 'num' || ((t.norm === 'by' || t.norm === 'to') && near[k + 1]?.kind === 'num'));
  return true;
}

/**
 * "No release was late", "none of the stores slipped": "no" before the event's subject denies
 * it, when only that subject (and "was", "of the") stands between them.
 */
function noneDid(tokens: Token[], i: number): boolean {
  let content = 0;
  for (let j = i - 1; j >= Math.max(0, i - 6) && tokens[j]!.clause === tokens[i]!.clause; j--) {
    const word = tokens[j]!.norm;
    if (/^(no|none|zero)$/.test(word)) return content >= 1 || word === 'none';
    if (/^(of|the|a|was|were|is|are|got|went|ran|came|ever|single)$/.test(word)) continue;
    if (tokens[j]!.kind !== 'word' || ++content > 2) return false;
  }
  return false;
}

/** "would have shipped", "could have shipped": what might have happened is not how it ended. */
function hypothetical(tokens: Token[], i: number): boolean {
  return tokens.slice(Math.max(0, i - 3), i).some((t) => t.clause === tokens[i]!.clause && /^(would|could|might)$/.test(t.norm));
}

/** "lost the account at renewal": losing a customer when a renewal is named is not renewing. */
function renewalLoss(tokens: Token[], i: number): [string, boolean] | undefined {
  if (tokens[i]!.norm !== 'lost' || !tokens.slice(i + 1, i + 4).some((t) => WIN_OBJECTS.test(t.norm))) return undefined;
  return tokens.some((t) => t.clause === tokens[i]!.clause && /^renew/.test(t.norm)) ? ['renew', false] : undefined;
}

/** A date something had to be ready by. */
const DUE = /^(deadline|audit|date|cutoff|cut|due|peak|launch|holiday|season)$/;

/** "on time", "on schedule", "before the inspection" (kept) and "behind schedule" (missed). */
function scheduleWord(tokens: Token[], i: number): [string, boolean] | undefined {
  if (tokens[i]!.norm === 'before' && i > 0 && tokens.slice(i + 1, i + 4).some((t) => DUE.test(t.norm))) return ['schedule', true];
  // "on the planned date", "hit the launch date" (kept); "a month after the planned date" (missed).
  if (/^(date|deadline)$/.test(tokens[i]!.norm)) {
    const lead = tokens.slice(Math.max(0, i - 4), i).map((t) => t.norm);
    const planned = lead.some((w) => /^(planned|original|agreed|committed|target|promised|launch|scheduled)$/.test(w));
    if (planned && lead.includes('after')) return ['schedule', false];
    if (planned && (lead.includes('on') || lead.some((w) => /^(hit|met|meet|made|kept)$/.test(w)))) return ['schedule', true];
    return undefined;
  }
  if (tokens[i]!.norm === 'as' && /^(planned|scheduled|promised)$/.test(tokens[i + 1]?.norm ?? '')) return ['schedule', true];
  // "met the deadline", "the licence condition was met": an obligation with a date kept.
  if (/^(met|meet|meets)$/.test(tokens[i]!.norm)) {
    const near = tokens.slice(Math.max(0, i - 3), i + 4).filter((t) => t.clause === tokens[i]!.clause);
    return near.some((t) => /^(deadline|licence|license|obligation|commitment|sla|milestone)$/.test(t.norm)) ? ['schedule', true] : undefined;
  }
  if (!/^(time|schedule)$/.test(tokens[i]!.norm)) return undefined;
  const before = tokens[i - 1]?.norm;
  return before === 'on' ? ['schedule', true] : before === 'behind' ? ['schedule', false] : undefined;
}

/** The clause around a token, for quoting. */
function quoteAround(field: FieldReading, i: number): string {
  const clause = field.tokens[i]!.clause;
  const inClause = field.tokens.filter((t) => t.clause === clause && t.kind !== 'sym');
  return field.text.slice(inClause[0]!.start, inClause[inClause.length - 1]!.end);
}

/**
 * The same event ending two ways: renewed vs did not renew, shipped vs never shipped, on
 * time vs slipped, or "no patient was affected" vs "30 patients were".
 */
export function findOutcomeConflict(a: StoryFacts, b: StoryFacts): Finding | undefined {
  for (const x of a.outcomes) {
    const clash = b.outcomes.find((y) => y.event === x.event && y.happened !== x.happened);
    if (!clash) continue;
    // A telling that says both ("rolled it back, then shipped it a week later", "none at
    // first, 3 later") has not contradicted the other: it may be telling more of the story.
    if (a.outcomes.some((o) => o.event === x.event && o.happened === clash.happened) || b.outcomes.some((o) => o.event === x.event && o.happened === x.happened)) continue;
    return { kind: 'outcome', detail: `"${x.phrase}" vs "${clash.phrase}"`, phrases: [x.phrase, clash.phrase] };
  }
  return undefined;
}
