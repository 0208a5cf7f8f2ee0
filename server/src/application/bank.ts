import { randomUUID } from 'node:crypto';
import { suggestDataPoints } from '@mockloop/shared/stories/data-points';
import {
  applyBankOps,
  exportBankJson,
  exportBankMarkdown,
  importBankJson,
  importBankMarkdown,
  MAX_BANK_STORIES,
  type Bank,
  type BankFormat,
  type BankImport,
  type BankOwnerLink,
  type BankPatch,
  type BankPatchAck,
  type BankPatchOp,
  type BankSelfCheck,
  type BankStory,
  type BankSuggestions,
} from '@mockloop/shared';
import type { Database, Transaction } from '../db/database.js';
import type { GroupPrincipal } from '../domain/group-principal.js';
import { selfCheckBank } from '../domain/bank-check.js';
import { DomainError } from '../domain/errors.js';
import { hashToken, newInviteToken } from '../domain/invite-token.js';
import {
  deleteBankRow,
  findBankIdByOwnerHash,
  insertBank,
  lastBankSeq,
  loadBank,
  loadOwnedBank,
  lockBank,
  loopsSharingBank,
  recordBankPatch,
  replaceOwnerHash,
  storeBankStories,
} from '../repositories/banks.js';
import type { Outcome } from './facts.js';
import { loopChangedFact } from './loop-events.js';

/**
 * The bank as its owner uses it. The owner is whoever holds the owner link (a 256-bit token,
 * only its hash stored), not a participant of any loop, so a group member can own a bank
 * the same way later. Every use case starts by turning the token into the bank.
 */
export type BankDeps = { db: Database };

const MAX_BANK_PATCH_BYTES = 40 * 1024;
const notValid = () => new DomainError('unauthorized', 'This story bank link is not valid (any more).');

/**
 * A new, empty bank for a peer group's member, attached to no loop: they prepare between
 * loops and attach it (with its owner link) to a loop where they are the candidate. The
 * owner link exists only in the result.
 */
export async function createMemberBank(deps: BankDeps, _member: GroupPrincipal & { kind: 'member' }): Promise<Outcome<BankOwnerLink>> {
  const ownerToken = newInviteToken();
  const bankId = await insertBank(deps.db, hashToken(ownerToken));
  return { result: { bankId, ownerToken }, facts: [] };
}

/** The bank behind an owner token; 401 when the token is missing, unknown or replaced. */
async function ownedBankId(db: Database, ownerToken: string | null): Promise<string> {
  const bankId = ownerToken ? await findBankIdByOwnerHash(db, hashToken(ownerToken)) : null;
  if (!bankId) throw notValid();
  return bankId;
}

export async function readBank(deps: BankDeps, ownerToken: string | null): Promise<Outcome<Bank>> {
  const bank = await loadOwnedBank(deps.db, await ownedBankId(deps.db, ownerToken));
  if (!bank) throw notValid();
  return { result: bank, facts: [] };
}

/**
 * Applies one autosave exactly once and in order: under the bank's row lock, a seq at or
 * below the tab's last applied one is a replay (nothing changes), the next one is applied
 * and recorded in the same transaction, anything later is refused as out of order.
 */
export async function patchBank(deps: BankDeps, ownerToken: string | null, patch: BankPatch): Promise<Outcome<BankPatchAck>> {
  const bankId = await ownedBankId(deps.db, ownerToken);
  if (new TextEncoder().encode(JSON.stringify(patch.ops)).length > MAX_BANK_PATCH_BYTES) {
    throw new DomainError('payload-too-large', 'A patch holds at most 40 KB of changes; send them in smaller patches.');
  }
  const { ack, loops } = await deps.db.transaction(async (tx) => {
    const bank = await lockBank(tx, bankId);
    if (!bank) throw notValid();
    const last = await lastBankSeq(tx, bankId, patch.clientId);
    if (patch.seq <= last) return { ack: { version: bank.version, duplicate: true }, loops: [] };
    if (patch.seq !== last + 1) {
      throw new DomainError('out-of-order', `This tab's patch ${last + 1} has not been applied yet; send the patches in order from there.`, { expectedSeq: last + 1 });
    }
    const version = await store(tx, bank.id, applyBankOps(bank.stories, patch.ops), bank.version);
    await recordBankPatch(tx, bankId, patch.clientId, patch.seq, version);
    return { ack: { version, duplicate: false }, loops: patch.ops.some(changesTitles) ? await loopsSharingBank(tx, bankId) : [] };
  });
  return { result: ack, facts: loops.map((loopId) => loopChangedFact(loopId, 'bank')) };
}

/** Stories added from a Markdown or JSON file; nothing is added unless the whole file reads. */
export async function importBank(deps: BankDeps, ownerToken: string | null, input: BankImport): Promise<Outcome<{ added: number; version: number }>> {
  const bankId = await ownedBankId(deps.db, ownerToken);
  const read = (input.format === 'json' ? importBankJson : importBankMarkdown)(input.text, randomUUID);
  if (!read.ok) throw new DomainError('bad-request', `The file could not be read: ${read.errors[0]}`, { errors: read.errors });
  const { version, loops } = await deps.db.transaction(async (tx) => {
    const bank = await lockBank(tx, bankId);
    if (!bank) throw notValid();
    const version = await store(tx, bankId, [...bank.stories, ...read.stories], bank.version);
    return { version, loops: await loopsSharingBank(tx, bankId) };
  });
  return { result: { added: read.stories.length, version }, facts: loops.map((loopId) => loopChangedFact(loopId, 'bank')) };
}

export async function exportBank(deps: BankDeps, ownerToken: string | null, format: BankFormat): Promise<Outcome<string>> {
  const bank = await loadBank(deps.db, await ownedBankId(deps.db, ownerToken));
  if (!bank) throw notValid();
  return { result: format === 'json' ? exportBankJson(bank.stories) : exportBankMarkdown(bank.stories), facts: [] };
}

/** The story checker over the bank (server-only: it stays out of the client's bundle). */
export async function checkBank(deps: BankDeps, ownerToken: string | null): Promise<Outcome<BankSelfCheck>> {
  const bank = await loadBank(deps.db, await ownedBankId(deps.db, ownerToken));
  if (!bank) throw notValid();
  return { result: selfCheckBank(bank.stories), facts: [] };
}

/**
 * Data points read from one story's saved STAR text, for the owner to confirm or correct on
 * the bank page: the room's suggestions, over the bank (the checker stays on the server).
 */
export async function suggestBankDataPoints(deps: BankDeps, ownerToken: string | null, storyId: string): Promise<Outcome<BankSuggestions>> {
  const bank = await loadBank(deps.db, await ownedBankId(deps.db, ownerToken));
  const story = bank?.stories.find((s) => s.id === storyId);
  if (!story) throw new DomainError('not-found', 'No such story in your bank (it may not be saved yet).');
  return { result: { storyId, suggestions: suggestDataPoints(story) }, facts: [] };
}

/** A new owner link; the old one stops working at once (a link shared by mistake is taken back). */
export async function replaceOwnerLink(deps: BankDeps, ownerToken: string | null): Promise<Outcome<BankOwnerLink>> {
  const bankId = await ownedBankId(deps.db, ownerToken);
  const token = newInviteToken();
  await replaceOwnerHash(deps.db, bankId, hashToken(token));
  return { result: { bankId, ownerToken: token }, facts: [] };
}

/** Deletes the bank and its links to loops; cards that named its stories keep only the dangling id. */
export async function deleteBank(deps: BankDeps, ownerToken: string | null): Promise<Outcome<null>> {
  const bankId = await ownedBankId(deps.db, ownerToken);
  const loops = await deps.db.transaction(async (tx) => {
    const loops = await loopsSharingBank(tx, bankId);
    await deleteBankRow(tx, bankId);
    return loops;
  });
  return { result: null, facts: loops.map((loopId) => loopChangedFact(loopId, 'bank')) };
}

async function store(tx: Transaction, bankId: string, stories: BankStory[], version: number): Promise<number> {
  if (stories.length > MAX_BANK_STORIES) throw new DomainError('bad-request', `A story bank holds at most ${MAX_BANK_STORIES} stories.`);
  await storeBankStories(tx, bankId, stories, version + 1);
  return version + 1;
}

const changesTitles = (op: BankPatchOp) => op.op !== 'setStoryDataPoint' && (op.op !== 'setStoryText' || op.field === 'title');

