import { eq } from 'drizzle-orm';
import type { ConflictKind } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { debriefDismissals } from '../db/schema.js';
import type { Dismissal } from '../domain/debrief/story-consistency.js';
import { recordAudit } from './audit.js';

/** Conflict flags the Bar Raiser dismissed in a loop's debrief. */
export async function loadDismissals(db: Database, loopId: string): Promise<Dismissal[]> {
  const rows = await db.select().from(debriefDismissals).where(eq(debriefDismissals.loopId, loopId));
  return rows.map((r) => ({ storyA: r.storyA, storyB: r.storyB, kind: r.kind as ConflictKind, reason: r.reason, dismissedBy: r.dismissedBy, dismissedAt: r.dismissedAt }));
}

/**
 * Records a dismissal and its audit line in one transaction; false (and nothing written)
 * when that flag was already dismissed. The audit line holds ids and the kind, never the
 * reason: the log outlives the loop and the organizer reads it.
 */
export async function insertDismissal(db: Database, loopId: string, d: Dismissal): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(debriefDismissals)
      .values({ loopId, ...d })
      .onConflictDoNothing()
      .returning({ kind: debriefDismissals.kind });
    if (inserted.length === 0) return false;
    await recordAudit(tx, {
      loopId,
      actorId: d.dismissedBy,
      actorRole: 'interviewer',
      action: 'debrief.flag-dismissed',
      detail: { storyA: d.storyA, storyB: d.storyB, kind: d.kind, reasonLength: d.reason.length },
    });
    return true;
  });
}
