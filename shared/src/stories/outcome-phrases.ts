import type { Token } from './text.js';

/** Changes whose finishing is how the story ends. */
const CHANGES = /^(migration|move|rollout|cutover|switch|switchover|upgrade|transition|replatforming)$/;
/** What a result is held against: "hit the target", "missed the quota". */
const TARGETS = /^(target|targets|goal|goals|quota|sla|kpi|okr|forecast)$/;

/** An event said in two or more words: "turned down", "fell through", "walked away", "went live", "extended the contract". */
export function phrasalEvent(tokens: Token[], i: number): [string, boolean] | undefined {
  const pair = `${tokens[i]!.norm} ${tokens[i + 1]?.norm ?? ''}`;
  const near = (pattern: RegExp) => tokens.slice(i + 1, i + 5).some((t) => pattern.test(t.norm));
  // "turned down", "turned the application down".
  if (/^(turned|turn|turns)$/.test(tokens[i]!.norm) && tokens.slice(i + 1, i + 5).some((t) => t.norm === 'down' && t.clause === tokens[i]!.clause)) return ['approve', false];
  if (/^(fell|falls) through$/.test(pair)) return ['win', false];
  if (/^(walked|walk|walks) away$/.test(pair)) return ['renew', false];
  // "moved to another agency at renewal", "switched to a competitor": the customer left.
  if (/^(moved|switched|went|defected)$/.test(tokens[i]!.norm) && near(/^(another|competitor|competitors|rival|elsewhere)$/)) return ['renew', false];
  if (/^(went|go|goes|gone) live$/.test(pair)) return ['ship', true];
  // "rolled it out to every region": "it" may sit inside the particle verb.
  const rolledOut = /^(rolled|roll) out$/.test(pair) || (/^(rolled|roll)$/.test(tokens[i]!.norm) && /^(it|them|this)$/.test(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm === 'out');
  if (rolledOut && near(/^(all|every|everyone|everywhere|nationwide|company|globally|countrywide|across|whole|entire|wider)$/)) return ['ship', true];
  // "rolled everything back", "reverted to the old system": the change did not stay.
  if (/^(rolled|roll|rolling)$/.test(tokens[i]!.norm) && tokens.slice(i + 1, i + 4).some((t) => t.norm === 'back' && t.clause === tokens[i]!.clause)) return ['ship', false];
  if (/^(reverted|backed)$/.test(tokens[i]!.norm) && near(/^(old|previous|out)$/)) return ['ship', false];
  // "the migration finished", "completed the cutover": a change carried through.
  if (/^(finished|completed)$/.test(tokens[i]!.norm) && tokens.some((t) => t.clause === tokens[i]!.clause && CHANGES.test(t.norm))) return ['ship', true];
  // "blocked the rollout": the release was stopped.
  if (/^(blocked|halted|stopped)$/.test(tokens[i]!.norm) && near(/^(rollout|launch|release|migration)$/)) return ['ship', false];
  // "made it by the deadline", "didn't make it in time".
  if (/^(made|make|makes)$/.test(tokens[i]!.norm) && tokens[i + 1]?.norm === 'it' && /^(by|in|before)$/.test(tokens[i + 2]?.norm ?? '')) return ['schedule', true];
  // "the regulator took no action": no sanction followed.
  if (/^(took|take|taken)$/.test(tokens[i]!.norm) && tokens[i + 1]?.norm === 'no' && tokens[i + 2]?.norm === 'action') return ['sanction', false];
  if (/^(extended|extend|extends)$/.test(tokens[i]!.norm) && near(/^(contract|deal|subscription|agreement|licence|license)$/)) return ['renew', true];
  if (/^(signed|signs|sign)$/.test(tokens[i]!.norm) && near(/^(another|further|more|extra)$/) && near(/^(year|years|term|months)$/)) return ['renew', true];
  // "pulled out", "withdrew from the pilot": the customer or partner left what was tried.
  if (/^(pulled|backed|dropped|opted) out$/.test(pair) || /^(withdrew|withdrawn)$/.test(tokens[i]!.norm)) return ['adopt', false];
  // "stayed with us", "stayed online", "stuck with the new system": they kept it.
  if (/^(stayed|stuck) (with|on|online)$/.test(pair)) return ['adopt', true];
  // "came in under budget", "went over budget".
  if (/^(under|within|over)$/.test(tokens[i]!.norm) && tokens[i + 1]?.norm === 'budget') return ['budget', tokens[i]!.norm !== 'over'];
  return undefined;
}


/** "hit the target", "missed the quota", "fell short of the goal": a result held against a target. */
export function targetEvent(tokens: Token[], i: number): [string, boolean] | undefined {
  const target = tokens.slice(i + 1, i + 6).some((t) => t.clause === tokens[i]!.clause && TARGETS.test(t.norm));
  if (!target) return undefined;
  if (/^(hit|met|beat|exceeded|reached|made)$/.test(tokens[i]!.norm)) return ['target', true];
  const pair = `${tokens[i]!.norm} ${tokens[i + 1]?.norm ?? ''}`;
  return /^(missed|miss)$/.test(tokens[i]!.norm) || pair === 'fell short' ? ['target', false] : undefined;
}

/** The first words of the phrases choiceEvent reads. */
const CHOICE_VERBS = /^(stalled|went|go|goes|gone|awarded|chose|choose|picked|selected|opted|signed|sign|signs|stayed|stuck|remained|remains|left|cancelled|canceled|terminated|ended|retendered|re|out|kept|retained|landed|secured|continued|still|stopped|quit|reverted|expanded|scaled|extended|spread|halted|discontinued|paused|closed|wound|dropped|killed|canned|mothballed|took|taken|moved|brought|ditched|fired|replaced|let|allowed|only|in|to|became|become|becomes|made|put|placed|pushed|slid|said|switched|shut|turned|decommissioned|sunset|sunsetted|retired|reached|got|came|come|comes|greenlit|greenlighted|green|gave|given|fell|falls|a|ran|run|pulled|backed|walked)$/;

/** Who else a customer may choose: a rival, not us. */
const RIVAL = /^(competitor|competitors|rival|rivals|another|incumbent|elsewhere|cheaper|other)$/;
/** Things a buyer signs, wins or loses. */
const DEAL = /^(deal|deals|contract|contracts|bid|tender|rfp|pitch|agreement|order|sale)$/;
/** Things that are tried before they go further: a pilot, a trial, a scheme. */
const TRIED = /^(pilot|trial|scheme|programme|program|project|feature|plan|service|initiative|experiment|rollout|product|app|tool)$/;
/** A renewal is in the telling: leaving or staying then is about keeping a customer. */
const RENEWAL = /^(renewal|renewals|renew|renewing|extension)$/;

/**
 * Endings read from a verb and what follows it, for the events a buyer decides (a deal won
 * or lost, a customer kept or gone) and whether a tried thing went further:
 * "went with another vendor", "chose a competitor", "stayed with the incumbent" (a deal lost,
 * or a customer gone when a renewal is in the telling); "left us for a rival", "cancelled
 * their contract" (a customer gone); "kept using it" / "stopped using it"; "expanded it to
 * three more regions", "went wider" / "the pilot was stopped"; "signed off", "got the go-ahead".
 */
export function choiceEvent(tokens: Token[], i: number): [string, boolean] | undefined {
  const t = tokens[i]!.norm;
  // Most words start none of these phrases; the check runs on every word of every result.
  if (!CHOICE_VERBS.test(t)) return undefined;
  const next = tokens[i + 1]?.norm ?? '';
  const clause = tokens[i]!.clause;
  const ahead = (n: number) => tokens.slice(i + 1, i + 1 + n).filter((x) => x.clause === clause);
  // Only some verbs need to know whether a renewal is in the sentence, so it is looked up lazily.
  const inRenewal = () => tokens.some((x) => x.sentence === tokens[i]!.sentence && RENEWAL.test(x.norm));
  const customerLost = (): [string, boolean] => (inRenewal() ? ['renew', false] : ['win', false]);
  // "chose a competitor", "went with the incumbent", "opted for another vendor", "signed with a rival".
  // "went to a competitor", "the contract went to a rival", "awarded to another agency".
  if (/^(went|go|goes|gone|awarded)$/.test(t) && next === 'to') {
    const object = ahead(4);
    if (object.some((x) => x.norm === 'us')) return inRenewal() ? ['renew', true] : ['win', true];
    if (object.some((x) => RIVAL.test(x.norm))) return customerLost();
  }
  if (/^(chose|choose|picked|selected|opted)$/.test(t) || (/^(went|go|goes|signed)$/.test(t) && next === 'with')) {
    const object = ahead(4);
    if (object.some((x) => x.norm === 'us')) return inRenewal() ? ['renew', true] : ['win', true];
    if (object.some((x) => RIVAL.test(x.norm))) return customerLost();
  }
  // "stayed with the incumbent": the buyer kept the rival it had.
  if (/^(stayed|stuck|remained)$/.test(t) && next === 'with' && ahead(4).some((x) => /^(incumbent|competitor|rival|existing|current|old)$/.test(x.norm))) return ['win', false];
  // "left us for a rival", "left for a competitor", "left at renewal": a customer gone.
  if (t === 'left' && (next === 'us' || (next === 'for' && ahead(4).some((x) => RIVAL.test(x.norm))) || (/^(at|after|before|on)$/.test(next) && inRenewal()))) return ['renew', false];
  // "stayed a client", "stayed on as a customer", "stayed with us".
  if (t === 'stayed' && (next === 'with' && tokens[i + 2]?.norm === 'us' || ahead(3).some((x) => /^(client|customer|customers|clients)$/.test(x.norm)))) return ['renew', true];
  // "pulled out of the deal": the deal did not happen.
  if (/^(pulled|backed|walked)$/.test(t) && /^(out|away)$/.test(next) && tokens[i + 2]?.norm === 'of' && ahead(5).some((x) => DEAL.test(x.norm))) return ['win', false];
  // "cancelled their contract / subscription": a customer gone, not a project stopped.
  if (/^(cancelled|canceled|terminated|ended)$/.test(t) && ahead(3).some((x) => /^(contract|subscription|account|licence|license|agreement|relationship|partnership)$/.test(x.norm))) return ['renew', false];
  // "the contract went back out to tender": not extended.
  if (t === 'retendered' || (t === 're' && next === '-' && /^tender/.test(tokens[i + 2]?.norm ?? '')) || (t === 'out' && next === 'to' && tokens[i + 2]?.norm === 'tender')) return ['renew', false];
  // "kept us", "retained the account", "won them back".
  if (/^(kept|retained)$/.test(t) && ahead(3).some((x) => /^(us|account|customer|client|business)$/.test(x.norm))) return ['renew', true];
  // "landed the contract", "signed a three-year deal" (a renewal when one is in the telling).
  if (/^(landed|signed|secured)$/.test(t) && ahead(5).some((x) => DEAL.test(x.norm)) && !ahead(5).some((x) => RIVAL.test(x.norm))) return inRenewal() ? ['renew', true] : ['win', true];
  // "kept using it", "continued to use", "still uses it" / "stopped using it", "went back to paper".
  if (/^(kept|continued|still)$/.test(t) && /^(using|use|uses|used|to)$/.test(next)) return ['adopt', true];
  if (/^(stopped|quit)$/.test(t) && /^(using|use)$/.test(next)) return ['adopt', false];
  if (/^(went|gone|reverted)$/.test(t) && next === 'back' && tokens[i + 2]?.norm === 'to' && !ahead(4).some((x) => x.kind === 'num')) return ['adopt', false];
  // "expanded it to three more states", "scaled it to every store", "went wider", "went national".
  if (/^(expanded|scaled|extended|spread)$/.test(t) && ahead(5).some((x) => x.norm === 'to' || x.norm === 'across') && !ahead(5).some((x) => /^(contract|deadline|date|hours|team)$/.test(x.norm) || x.text === '%')) return ['ship', true];
  if (/^(went|go|goes|gone|went)$/.test(t) && /^(wider|further|beyond|national|nationwide|nationally|global|company|group)$/.test(next)) return ['ship', true];
  // "the pilot was stopped / ended / discontinued", "management stopped the pilot".
  if (/^(stopped|ended|halted|discontinued|paused|closed|wound|dropped|killed|canned|mothballed)$/.test(t) && !/ing$/.test(next)) {
    const before = tokens.slice(Math.max(0, i - 4), i).filter((x) => x.clause === clause);
    if (before.concat(ahead(3)).some((x) => TRIED.test(x.norm))) return ['ship', false];
  }
  // "became permanent", "made it the default": a tried thing that stayed.
  if (/^(became|become|becomes|made)$/.test(t) && ahead(4).some((x) => /^(permanent|standard|default)$/.test(x.norm))) return ['ship', true];
  // "put on hold", "pushed back", "postponed": a date not kept.
  if (/^(put|placed)$/.test(t) && ahead(3).some((x) => x.norm === 'hold')) return ['ship', false];
  if (/^(pushed|put|moved|slid)$/.test(t) && /^(back|out)$/.test(next) && !ahead(4).some((x) => x.norm === 'against')) return ['schedule', false];
  // "said no to the budget", "said yes".
  if (t === 'said' && /^(no|yes)$/.test(next)) return ['approve', next === 'yes'];
  // "took their business elsewhere", "dropped us", "brought the work in-house", "let the contract lapse".
  if (/^(took|moved|brought|taken)$/.test(t) && ahead(4).some((x) => /^(elsewhere|house|inhouse)$/.test(x.norm))) return ['renew', false];
  if (/^(dropped|ditched|fired|replaced)$/.test(t) && next === 'us') return ['renew', false];
  if (/^(let|allowed)$/.test(t) && ahead(4).some((x) => /^(lapse|expire)$/.test(x.norm))) return ['renew', false];
  // "only an internal beta", "stayed in pilot", "never left the pilot": it went no further than trying.
  if (t === 'only' && ahead(4).some((x) => /^(pilot|beta|prototype|trial|poc)$/.test(x.norm))) return ['ship', false];
  if (/^(stayed|remained|stuck|stalled)$/.test(t) && /^(in|at|a)$/.test(next) && ahead(3).some((x) => /^(pilot|beta|prototype|trial)$/.test(x.norm))) return ['ship', false];
  // "switched off after two weeks", "decommissioned", "sunset": it did not stay.
  // ("turned down" is a refusal, read as such below.)
  if ((/^(switched|shut)$/.test(t) && /^(off|down)$/.test(next)) || (t === 'turned' && next === 'off')) return ['ship', false];
  if (/^(decommissioned|sunset|sunsetted|retired)$/.test(t) && !ahead(2).some((x) => x.kind === 'num')) return ['ship', false];
  // "still in use", "still running today", "remains in use": it stayed.
  if (/^(still|remains|remained)$/.test(t) && ahead(3).some((x) => /^(running|use|live|operating|operational|used)$/.test(x.norm))) return ['ship', true];
  // "made it to production", "reached the market": it went live.
  if (/^(made|reached|got)$/.test(t) && ahead(4).some((x) => /^(production|market|launch|customers|live)$/.test(x.norm)) && (next === 'it' || next === 'to' || next === 'production' || next === 'the')) return ['ship', true];
  // "in time for the peak", "with two days to spare": a date kept.
  if (t === 'in' && next === 'time' && tokens[i + 2]?.norm === 'for') return ['schedule', true];
  if (t === 'to' && next === 'spare') return ['schedule', true];
  // "went ahead", "it happened", "didn't happen", "fell apart", "was a success / a failure".
  if (/^(went|go|goes|gone)$/.test(t) && next === 'ahead' && !ahead(3).some((x) => x.norm === 'of')) return ['ship', true];
  if (/^(fell|falls)$/.test(t) && next === 'apart') return ['ship', false];
  if (t === 'a' && /^(success|failure|flop)$/.test(next) && /^(was|is|been|proved)$/.test(tokens[i - 1]?.norm ?? '')) return ['pass', next === 'success'];
  // "ran over", "came in late", "a week early", "ahead of schedule".
  if (/^(ran|run|went)$/.test(t) && next === 'over' && !ahead(3).some((x) => x.kind === 'num' || x.norm === 'budget')) return ['schedule', false];
  // "the customers came back", "they never came back": customers who had left, returning.
  if (/^(came|come|comes)$/.test(t) && next === 'back' && tokens.slice(Math.max(0, i - 4), i).some((x) => x.clause === clause && /^(customer|customers|client|clients|users|user|they|buyers|guests|members|shoppers|players|subscribers)$/.test(x.norm))) return ['return', true];
  // "signed off", "signed it off", "green-lit", "got the go-ahead".
  if ((/^(signed|sign|signs)$/.test(t) && ahead(3).some((x) => x.norm === 'off')) || /^(greenlit|greenlighted)$/.test(t) || (t === 'green' && next === '-' && tokens[i + 2]?.norm === 'lit')) return ['approve', true];
  if (/^(got|gave|given)$/.test(t) && ahead(3).some((x) => x.norm === 'ahead') && ahead(3).some((x) => x.norm === 'go')) return ['approve', true];
  return undefined;
}
