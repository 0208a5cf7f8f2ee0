import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { groupAvailability, groupMembers } from '../db/schema.js';

type Span = { startsAt: Date; endsAt: Date };

/** Replaces a member's marked times and zone in one go. */
export async function replaceAvailability(db: Database, memberId: string, timeZone: string, slots: readonly Span[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(groupMembers).set({ timeZone }).where(eq(groupMembers.id, memberId));
    await tx.delete(groupAvailability).where(eq(groupAvailability.memberId, memberId));
    // Two slots starting at the same instant: the longer one says all the shorter one does.
    const byStart = new Map<number, Span>();
    for (const slot of slots) {
      const seen = byStart.get(slot.startsAt.getTime());
      if (!seen || seen.endsAt < slot.endsAt) byStart.set(slot.startsAt.getTime(), slot);
    }
    if (byStart.size > 0) await tx.insert(groupAvailability).values([...byStart.values()].map((s) => ({ memberId, ...s })));
  });
}

/** Marked times of these members, by member id, earliest first. */
export async function availabilityOf(db: Database, memberIds: readonly string[]): Promise<Map<string, Span[]>> {
  const out = new Map<string, Span[]>(memberIds.map((id) => [id, []]));
  if (memberIds.length === 0) return out;
  const rows = await db.select().from(groupAvailability).where(inArray(groupAvailability.memberId, [...memberIds])).orderBy(groupAvailability.startsAt);
  for (const row of rows) out.get(row.memberId)?.push({ startsAt: row.startsAt, endsAt: row.endsAt });
  return out;
}
