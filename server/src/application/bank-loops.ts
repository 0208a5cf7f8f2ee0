import type { BankOwnerLink, LoopBank } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import { hashToken, newInviteToken } from '../domain/invite-token.js';
import type { Principal } from '../domain/principal.js';
import { attachBankToLoop, bankOfLoop, detachBank, findBankIdByOwnerHash, insertBank, loadBank, setSharedTitles } from '../repositories/banks.js';
import type { Outcome } from './facts.js';
import { loopChangedFact } from './loop-events.js';

/**
 * A bank seen from a loop: its candidate creates or attaches one and shares its titles (never
 * its text) with the panel; the loop's interviewers read those titles to mark a story "told
 * from the bank". Nobody else in the loop learns whether a bank exists.
 */
export type BankLoopDeps = { db: Database };

const onlyCandidate = (principal: Principal, action: string) => {
  if (principal.role !== 'candidate') throw new DomainError('forbidden', `Only the candidate can ${action}.`);
};
const alreadyHasOne = () => new DomainError('conflict', 'This loop already has a story bank; detach it first to use another.');
const noBank = () => new DomainError('not-found', 'No story bank is attached to this loop.');

/** A new, empty bank attached to the candidate's loop; its owner link exists only in the result. */
export async function createLoopBank(deps: BankLoopDeps, principal: Principal): Promise<Outcome<BankOwnerLink>> {
  onlyCandidate(principal, 'create a story bank for this loop');
  const ownerToken = newInviteToken();
  const bankId = await deps.db.transaction(async (tx) => {
    const bankId = await insertBank(tx, hashToken(ownerToken));
    if (!(await attachBankToLoop(tx, bankId, principal.loopId))) throw alreadyHasOne();
    return bankId;
  });
  return { result: { bankId, ownerToken }, facts: [] };
}

/** Attaches a bank the candidate already owns (proved by its owner link) to this loop, unshared. */
export async function attachLoopBank(deps: BankLoopDeps, principal: Principal, ownerToken: string): Promise<Outcome<LoopBank>> {
  onlyCandidate(principal, 'attach a story bank to this loop');
  const bankId = await findBankIdByOwnerHash(deps.db, hashToken(ownerToken));
  if (!bankId) throw new DomainError('not-found', 'No story bank has this link (it may have been replaced).');
  if (!(await attachBankToLoop(deps.db, bankId, principal.loopId))) throw alreadyHasOne();
  return { result: await loopBankOf(deps.db, principal), facts: [] };
}

export async function detachLoopBank(deps: BankLoopDeps, principal: Principal): Promise<Outcome<null>> {
  onlyCandidate(principal, 'detach the story bank');
  if (!(await bankOfLoop(deps.db, principal.loopId))) throw noBank();
  await detachBank(deps.db, principal.loopId);
  return { result: null, facts: [loopChangedFact(principal.loopId, 'bank')] };
}

/** Shares the titles with the loop's interviewers, or stops; the panel's pages fetch them again. */
export async function shareLoopBank(deps: BankLoopDeps, principal: Principal, shared: boolean): Promise<Outcome<LoopBank>> {
  onlyCandidate(principal, 'share the story bank');
  if (!(await setSharedTitles(deps.db, principal.loopId, shared))) throw noBank();
  return { result: await loopBankOf(deps.db, principal), facts: [loopChangedFact(principal.loopId, 'bank')] };
}

/** Titles for the candidate always; for the loop's interviewers only while shared; for anyone else nothing. */
export async function readLoopBank(deps: BankLoopDeps, principal: Principal): Promise<Outcome<LoopBank>> {
  if (principal.role !== 'candidate' && principal.role !== 'interviewer') {
    throw new DomainError('forbidden', "Only the candidate and the loop's interviewers see the story bank's titles.");
  }
  return { result: await loopBankOf(deps.db, principal), facts: [] };
}

async function loopBankOf(db: Database, principal: Principal): Promise<LoopBank> {
  const link = await bankOfLoop(db, principal.loopId);
  const visible = link && (principal.role === 'candidate' || link.sharedTitles);
  // An interviewer cannot tell an unshared bank from none.
  if (!visible) return { attached: false, sharedTitles: false, titles: [] };
  const bank = await loadBank(db, link.bankId);
  const titles = (bank?.stories ?? []).map(({ id, title, lps }) => ({ id, title, lps }));
  return { attached: true, sharedTitles: link.sharedTitles, titles };
}
