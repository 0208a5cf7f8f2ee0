import { eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { rounds } from '../db/schema.js';

/** The loop a round belongs to, for authorisation; null when the round does not exist. */
export async function findRoundOwner(db: Database, roundId: string): Promise<{ id: string; loopId: string } | null> {
  const [row] = await db.select({ id: rounds.id, loopId: rounds.loopId }).from(rounds).where(eq(rounds.id, roundId));
  return row ?? null;
}
