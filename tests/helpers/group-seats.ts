import { eq } from 'drizzle-orm';
import type { Database } from '../../server/src/db/database.js';
import { groupSeats } from '../../server/src/db/schema.js';

/** The participant ids of a member's seats, read straight from the table (for use-case tests). */
export async function seatsOf(db: Database, memberId: string): Promise<string[]> {
  return (await db.select({ id: groupSeats.participantId }).from(groupSeats).where(eq(groupSeats.memberId, memberId))).map((r) => r.id);
}
