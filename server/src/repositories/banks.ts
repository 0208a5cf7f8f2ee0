import { and, eq, sql } from 'drizzle-orm';
import { BankStory, slotOf, StoryDataPoints, type Bank } from '@mockloop/shared';
import { z } from 'zod';
import { rowsOf, type Executor, type Transaction as Tx } from '../db/database.js';
import { bankLoops, bankPatches, banks } from '../db/schema.js';

/** Story banks, their autosave record and the loops they are attached to: the one place that reads and writes them. */

export type BankRecord = { id: string; version: number; stories: BankStory[] };

// A value filed under another slot could be stored before patches checked it: read, it is left out.
const StoredPoints = StoryDataPoints.default({}).transform((points) =>
  Object.fromEntries(Object.entries(points).filter(([slot, entry]) => entry?.status !== 'confirmed' || slotOf(entry.value) === slot)),
);
const StoredStories = z.array(BankStory.extend({ dataPoints: StoredPoints }));

function recordOf(row: { id: string; version: number; stories: unknown }): BankRecord {
  return { id: row.id, version: row.version, stories: StoredStories.parse(row.stories) };
}

export async function findBankIdByOwnerHash(db: Executor, hash: string): Promise<string | null> {
  const [row] = await db.select({ id: banks.id }).from(banks).where(eq(banks.ownerTokenHash, hash));
  return row?.id ?? null;
}

export async function loadBank(db: Executor, bankId: string): Promise<BankRecord | null> {
  const [row] = await db.select().from(banks).where(eq(banks.id, bankId));
  return row ? recordOf(row) : null;
}

/** The bank as its owner reads it, with the loops it is attached to. */
export async function loadOwnedBank(db: Executor, bankId: string): Promise<Bank | null> {
  const bank = await loadBank(db, bankId);
  if (!bank) return null;
  const loops = await db.select({ loopId: bankLoops.loopId, sharedTitles: bankLoops.sharedTitles }).from(bankLoops).where(eq(bankLoops.bankId, bankId));
  return { ...bank, loops };
}

/** Holds the bank's row until the transaction ends, then reads it: autosaves to one bank queue here. */
export async function lockBank(tx: Tx, bankId: string): Promise<BankRecord | null> {
  const [row] = rowsOf<{ id: string; version: number; stories: unknown }>(await tx.execute(sql`select id, version, stories from banks where id = ${bankId} for update`));
  return row ? recordOf(row) : null;
}

export async function insertBank(tx: Executor, ownerTokenHash: string): Promise<string> {
  const [row] = await tx.insert(banks).values({ ownerTokenHash }).returning({ id: banks.id });
  return row!.id;
}

export async function storeBankStories(tx: Tx, bankId: string, stories: BankStory[], version: number): Promise<void> {
  await tx.update(banks).set({ stories, version, updatedAt: new Date() }).where(eq(banks.id, bankId));
}

/** The last seq a tab had applied to this bank (0 when none). */
export async function lastBankSeq(tx: Tx, bankId: string, clientId: string): Promise<number> {
  const [row] = await tx
    .select({ seq: sql<number>`coalesce(max(${bankPatches.seq}), 0)::int` })
    .from(bankPatches)
    .where(and(eq(bankPatches.bankId, bankId), eq(bankPatches.clientId, clientId)));
  return Number(row?.seq ?? 0);
}

export async function recordBankPatch(tx: Tx, bankId: string, clientId: string, seq: number, resultingVersion: number): Promise<void> {
  await tx.insert(bankPatches).values({ bankId, clientId, seq, resultingVersion });
}

export async function replaceOwnerHash(db: Executor, bankId: string, ownerTokenHash: string): Promise<void> {
  await db.update(banks).set({ ownerTokenHash, updatedAt: new Date() }).where(eq(banks.id, bankId));
}

export async function deleteBankRow(db: Executor, bankId: string): Promise<void> {
  await db.delete(banks).where(eq(banks.id, bankId));
}

export type LoopBankRow = { bankId: string; sharedTitles: boolean };

export async function bankOfLoop(db: Executor, loopId: string): Promise<LoopBankRow | null> {
  const [row] = await db.select({ bankId: bankLoops.bankId, sharedTitles: bankLoops.sharedTitles }).from(bankLoops).where(eq(bankLoops.loopId, loopId));
  return row ?? null;
}

/** Attaches; false when the loop already has a bank (one per loop). */
export async function attachBankToLoop(tx: Executor, bankId: string, loopId: string): Promise<boolean> {
  const rows = await tx.insert(bankLoops).values({ bankId, loopId }).onConflictDoNothing().returning({ loopId: bankLoops.loopId });
  return rows.length === 1;
}

export async function setSharedTitles(db: Executor, loopId: string, sharedTitles: boolean): Promise<boolean> {
  const rows = await db.update(bankLoops).set({ sharedTitles }).where(eq(bankLoops.loopId, loopId)).returning({ loopId: bankLoops.loopId });
  return rows.length === 1;
}

export async function detachBank(db: Executor, loopId: string): Promise<void> {
  await db.delete(bankLoops).where(eq(bankLoops.loopId, loopId));
}

/**
 * The shared bank story a loop's interviewer may link a card to: the loop's bank, with its
 * titles shared, holding that story. Null otherwise.
 */
export async function sharedBankStory(db: Executor, loopId: string, bankStoryId: string): Promise<BankStory | null> {
  const shared = await bankOfLoop(db, loopId);
  if (!shared?.sharedTitles) return null;
  const bank = await loadBank(db, shared.bankId);
  return bank?.stories.find((s) => s.id === bankStoryId) ?? null;
}

/** Loops whose panel sees this bank's titles: they hear when the titles change. */
export async function loopsSharingBank(db: Executor, bankId: string): Promise<string[]> {
  const rows = await db.select({ loopId: bankLoops.loopId }).from(bankLoops).where(and(eq(bankLoops.bankId, bankId), eq(bankLoops.sharedTitles, true)));
  return rows.map((r) => r.loopId);
}
