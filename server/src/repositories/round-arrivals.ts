import { inArray } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { roundArrivals } from '../db/schema.js';

/** Records the first time a participant entered a round's room; later entries change nothing. */
export async function recordArrival(db: Database, participantId: string, roundId: string, at: Date): Promise<void> {
  await db.insert(roundArrivals).values({ participantId, roundId, firstEnteredAt: at }).onConflictDoNothing();
}

/** First entries of these participants, by participant, each with its round. */
export async function arrivalsOf(db: Database, participantIds: readonly string[]) {
  if (participantIds.length === 0) return [];
  return db.select().from(roundArrivals).where(inArray(roundArrivals.participantId, [...participantIds]));
}
