import type { Token } from './text.js';

/** Changes whose finishing is how the story ends. */
const CHANGES = /^(migration|move|rollout|cutover|switch|switchover|upgrade|transition|replatforming)$/;
/** What a result is held against: "hit the target", "missed the quota". */
const TARGETS = /^(target|targets|goal|goals|quota|sla|kpi|okr|forecast)$/;

/** An event said in two or more words: "turned down", "fell through", "walked away", "went live", "extended the contract". */
export function phrasalEvent(tokens: Token[], i: number): [string, boolean] | undefined {
  const pair = `${tokens[i]!.norm} ${tokens[i + 1]?.norm ?? ''}`;
  const near = (pattern: RegExp) => tokens.slice(i + 1, i + 5).some((t) => pattern.test(t.norm));
  if (/^(turned|turn|turns) down$/.test(pair)) return ['approve', false];
  if (/^(fell|falls) through$/.test(pair)) return ['win', false];
  if (/^(walked|walk|walks) away$/.test(pair)) return ['renew', false];
  // "moved to another agency at renewal", "switched to a competitor": the customer left.
  if (/^(moved|switched|went|defected)$/.test(tokens[i]!.norm) && near(/^(another|competitor|competitors|rival|elsewhere)$/)) return ['renew', false];
  if (/^(went|go|goes|gone) live$/.test(pair)) return ['ship', true];
  // "rolled it out to every region": "it" may sit inside the particle verb.
  const rolledOut = /^(rolled|roll) out$/.test(pair) || (/^(rolled|roll)$/.test(tokens[i]!.norm) && /^(it|them|this)$/.test(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm === 'out');
  if (rolledOut && near(/^(all|every|everyone|everywhere|nationwide|company|globally|countrywide)$/)) return ['ship', true];
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
