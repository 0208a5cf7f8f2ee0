import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { participants } from '../db/schema.js';

type ParticipantRow = typeof participants.$inferSelect;

/** The participant an invite token belongs to, unless the link was revoked. */
export async function findByTokenHash(db: Database, tokenHash: string): Promise<ParticipantRow | null> {
  const [row] = await db
    .select()
    .from(participants)
    .where(and(eq(participants.tokenHash, tokenHash), isNull(participants.revokedAt)));
  return row ?? null;
}

/** Records the first time a link was opened; true only on that first time. */
export async function markLinkOpened(db: Database, participantId: string, at: Date): Promise<boolean> {
  const updated = await db
    .update(participants)
    .set({ firstOpenedAt: at, lastSeenAt: at })
    .where(and(eq(participants.id, participantId), isNull(participants.firstOpenedAt)))
    .returning({ id: participants.id });
  return updated.length > 0;
}

export async function markSeen(db: Database, participantId: string, at: Date): Promise<void> {
  await db.update(participants).set({ lastSeenAt: at }).where(eq(participants.id, participantId));
}

/** Gives a participant a new token hash (the old link dies at once); false if not in this loop. */
export async function replaceToken(db: Pick<Database, 'update'>, loopId: string, participantId: string, tokenHash: string): Promise<boolean> {
  const updated = await db
    .update(participants)
    .set({ tokenHash, tokenIssuedAt: new Date(), revokedAt: null, firstOpenedAt: null })
    .where(and(eq(participants.id, participantId), eq(participants.loopId, loopId)))
    .returning({ id: participants.id });
  return updated.length > 0;
}

export async function revokeToken(db: Pick<Database, 'update'>, loopId: string, participantId: string): Promise<boolean> {
  const updated = await db
    .update(participants)
    .set({ revokedAt: new Date() })
    .where(and(eq(participants.id, participantId), eq(participants.loopId, loopId)))
    .returning({ id: participants.id });
  return updated.length > 0;
}

/** Everyone in a loop, as the presence list names them. */
export async function loopPeople(db: Database, loopId: string) {
  return db
    .select({ id: participants.id, name: participants.name, role: participants.role, isBarRaiser: participants.isBarRaiser })
    .from(participants)
    .where(eq(participants.loopId, loopId));
}
