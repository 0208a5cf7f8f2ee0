import type { Finding, StoryFacts } from './facts.js';
import type { FieldReading } from './profile.js';
import type { Token } from './text.js';

/** One statement of how it ended: an event and whether it happened, or a count of casualties. */
export interface OutcomeClaim {
  /** The event ("renew", "ship", "schedule", "win"), or "none:<stem>" / "some:<stem>" for counts. */
  event: string;
  happened: boolean;
  phrase: string;
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
  adopted: ['adopt', true], abandoned: ['adopt', false], dropped: ['adopt', false],
  passed: ['pass', true], failed: ['pass', false],
};
const NEGATION = /^(not|never|didn|didnt|no|nt|n't|without|failed|zero|0|none)$/;
/** "lost" speaks of the outcome only when a deal or customer was lost, not money or time. */
const WIN_OBJECTS = /^(deal|deals|contract|customer|account|bid|pitch|client|tender|rfp)$/;

/** Reads how the story ended, from its result (or from a note that put it all in the action). */
export function readOutcomes(field: FieldReading, resultMissing = false): OutcomeClaim[] {
  if (field.field !== 'result' && !(resultMissing && field.field === 'action')) return [];
  const { tokens } = field;
  const claims: OutcomeClaim[] = [];
  tokens.forEach((t, i) => {
    const event = renewalLoss(tokens, i) ?? EVENTS[t.norm] ?? scheduleWord(tokens, i) ?? phrasalEvent(tokens, i);
    if (event && eventApplies(tokens, i, event[0]) && !hypothetical(tokens, i)) {
      const negated = tokens.slice(Math.max(0, i - 3), i).some((x) => NEGATION.test(x.norm) && x.clause === t.clause) || noneDid(tokens, i);
      claims.push({ event: event[0], happened: event[1] !== negated, phrase: quoteAround(field, i) });
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

function eventApplies(tokens: Token[], i: number, event: string): boolean {
  if (event === 'win') return tokens.slice(i + 1, i + 4).some((t) => WIN_OBJECTS.test(t.norm)) || tokens.slice(Math.max(0, i - 3), i).some((t) => WIN_OBJECTS.test(t.norm));
  if (tokens[i]!.norm === 'ahead') return tokens[i + 1]?.norm === 'of';
  // "refund abuse dropped 30%", "failed logins": a measure moving, not a decision.
  if (event === 'adopt' || event === 'pass') return !tokens.slice(i + 1, i + 3).some((t) => t.kind === 'num' || t.norm === 'by' || t.norm === 'to');
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

/** An event said in two or more words: "turned down", "fell through", "walked away", "went live", "extended the contract". */
function phrasalEvent(tokens: Token[], i: number): [string, boolean] | undefined {
  const pair = `${tokens[i]!.norm} ${tokens[i + 1]?.norm ?? ''}`;
  const near = (pattern: RegExp) => tokens.slice(i + 1, i + 5).some((t) => pattern.test(t.norm));
  if (/^(turned|turn|turns) down$/.test(pair)) return ['approve', false];
  if (/^(fell|falls) through$/.test(pair)) return ['win', false];
  if (/^(walked|walk|walks) away$/.test(pair)) return ['renew', false];
  // "moved to another agency at renewal", "switched to a competitor": the customer left.
  if (/^(moved|switched|went|defected)$/.test(tokens[i]!.norm) && near(/^(another|competitor|competitors|rival|elsewhere)$/)) return ['renew', false];
  if (/^(went|go|goes|gone) live$/.test(pair)) return ['ship', true];
  if (/^(rolled|roll) out$/.test(pair) && near(/^(all|every|everyone|everywhere|nationwide|company)$/)) return ['ship', true];
  if (/^(extended|extend|extends)$/.test(tokens[i]!.norm) && near(/^(contract|deal|subscription|agreement|licence|license)$/)) return ['renew', true];
  if (/^(signed|signs|sign)$/.test(tokens[i]!.norm) && near(/^(another|further|more|extra)$/) && near(/^(year|years|term|months)$/)) return ['renew', true];
  return undefined;
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
    // A count is a clash only when one story says none and the other never says none.
    if (x.event.startsWith('count:') && (a.outcomes.some((o) => o.event === x.event && o.happened === clash.happened) || b.outcomes.some((o) => o.event === x.event && o.happened === x.happened))) continue;
    return { kind: 'outcome', detail: `"${x.phrase}" vs "${clash.phrase}"`, phrases: [x.phrase, clash.phrase] };
  }
  return undefined;
}
