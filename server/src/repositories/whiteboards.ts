import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  jsonBytes,
  MAX_SCENE_BYTES,
  MAX_SCENE_ELEMENTS,
  winningElements,
  type RoundKind,
  type WhiteboardElement,
  type WhiteboardUpdate,
} from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { rounds, whiteboardClients, whiteboardElements, whiteboards } from '../db/schema.js';
import { DomainError } from '../domain/errors.js';
import type { WhiteboardRound } from '../domain/whiteboard-access.js';

export async function findWhiteboardRound(db: Database, roundId: string): Promise<WhiteboardRound | null> {
  const [row] = await db.select({ id: rounds.id, loopId: rounds.loopId, kind: rounds.kind }).from(rounds).where(eq(rounds.id, roundId));
  return row ? { ...row, kind: row.kind as RoundKind } : null;
}

/** The scene in drawing order, and its version (0 before the first update). */
export async function loadScene(db: Database, roundId: string): Promise<{ version: number; elements: WhiteboardElement[] }> {
  const [board] = await db.select({ version: whiteboards.version }).from(whiteboards).where(eq(whiteboards.roundId, roundId));
  if (!board) return { version: 0, elements: [] };
  const rows = await db
    .select({ element: whiteboardElements.element })
    .from(whiteboardElements)
    .where(eq(whiteboardElements.roundId, roundId))
    .orderBy(asc(whiteboardElements.ordinal));
  return { version: board.version, elements: rows.map((r) => r.element as WhiteboardElement) };
}

type AppliedUpdate = { version: number; duplicate: boolean; changed: WhiteboardElement[] };

/**
 * Applies one update exactly once and in order, in one transaction under the whiteboard's
 * row lock: the client's last sequence, the element merge and the scene limits are all
 * checked against what is stored, and the ack follows the commit.
 */
export async function applyWhiteboardUpdate(db: Database, update: WhiteboardUpdate): Promise<AppliedUpdate> {
  const { roundId, clientId, seq } = update;
  return db.transaction(async (tx) => {
    // The board's row lock and this client's last sequence in one round trip; the row is
    // created by the first update (then locked by the second read).
    const lockBoard = () =>
      tx
        .select({ version: whiteboards.version, elementCount: whiteboards.elementCount, totalBytes: whiteboards.totalBytes, lastSeq: whiteboardClients.lastSeq })
        .from(whiteboards)
        .leftJoin(whiteboardClients, and(eq(whiteboardClients.roundId, whiteboards.roundId), eq(whiteboardClients.clientId, clientId)))
        .where(eq(whiteboards.roundId, roundId))
        .for('update', { of: whiteboards });
    let [board] = await lockBoard();
    if (!board) {
      await tx.insert(whiteboards).values({ roundId }).onConflictDoNothing();
      [board] = await lockBoard();
    }
    const lastSeq = board!.lastSeq ?? 0;
    if (seq <= lastSeq) return { version: board!.version, duplicate: true, changed: [] };
    if (seq !== lastSeq + 1) throw new DomainError('conflict', `Out of order: update ${lastSeq + 1} from this client comes first (got ${seq}). Reopen the whiteboard.`);

    const ids = update.elements.map((e) => e.id);
    const stored = await tx
      .select({ id: whiteboardElements.elementId, version: whiteboardElements.version, versionNonce: whiteboardElements.versionNonce, bytes: whiteboardElements.bytes })
      .from(whiteboardElements)
      .where(and(eq(whiteboardElements.roundId, roundId), inArray(whiteboardElements.elementId, ids)));
    const current = new Map(stored.map((s) => [s.id, s] as const));
    const changed = winningElements(update.elements, current);
    const sized = changed.map((element) => ({ element, bytes: jsonBytes(element) }));
    const elementCount = board!.elementCount + changed.filter((e) => !current.has(e.id)).length;
    const totalBytes = board!.totalBytes + sized.reduce((sum, s) => sum + s.bytes - (current.get(s.element.id)?.bytes ?? 0), 0);
    if (elementCount > MAX_SCENE_ELEMENTS) throw new DomainError('payload-too-large', `The whiteboard is full: it holds at most ${MAX_SCENE_ELEMENTS} elements.`);
    if (totalBytes > MAX_SCENE_BYTES) throw new DomainError('payload-too-large', `The whiteboard is full: it holds at most ${MAX_SCENE_BYTES / 1024 / 1024} MB of drawing.`);

    const version = changed.length ? board!.version + 1 : board!.version;
    if (changed.length) {
      await tx
        .insert(whiteboardElements)
        .values(sized.map(({ element, bytes }) => ({ roundId, elementId: element.id, version: element.version, versionNonce: element.versionNonce, bytes, element })))
        .onConflictDoUpdate({
          target: [whiteboardElements.roundId, whiteboardElements.elementId],
          set: { version: sql`excluded.version`, versionNonce: sql`excluded.version_nonce`, bytes: sql`excluded.bytes`, element: sql`excluded.element` },
        });
      await tx.update(whiteboards).set({ version, elementCount, totalBytes, updatedAt: new Date() }).where(eq(whiteboards.roundId, roundId));
    }
    await tx
      .insert(whiteboardClients)
      .values({ roundId, clientId, lastSeq: seq })
      .onConflictDoUpdate({ target: [whiteboardClients.roundId, whiteboardClients.clientId], set: { lastSeq: seq } });
    return { version, duplicate: false, changed };
  });
}
