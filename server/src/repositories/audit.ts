import type { ParticipantRole } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { auditLog } from '../db/schema.js';

export type AuditAction =
  | 'loop.created'
  | 'loop.deleted'
  | 'loop.exported'
  | 'link.reissued'
  | 'link.revoked'
  | 'clock.started'
  | 'clock.paused'
  | 'clock.resumed'
  | 'clock.extended'
  | 'clock.ended'
  | 'clock.expired'
  | 'scorecard.submitted'
  | 'debrief.opened'
  | 'debrief.flag-dismissed'
  | 'debrief.decided'
  | 'debrief.published'
  | 'writing.set-up'
  | 'writing.started'
  | 'writing.submitted'
  | 'writing.locked'
  | 'writing.review-submitted';

export type AuditEntry = {
  loopId: string;
  actorId: string | null;
  /** 'system' for what the server does by itself, such as a round expiring. */
  actorRole: ParticipantRole | 'system' | 'anonymous';
  action: AuditAction;
  /** Ids and counts only: the log outlives the loop and must hold no feedback. */
  detail?: Record<string, string | number | boolean | null>;
};

type Executor = Pick<Database, 'insert'>;

/** Appends to the audit log (the table refuses updates and deletes). */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({ ...entry, detail: entry.detail ?? {} });
}
