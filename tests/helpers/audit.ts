import { and, asc, eq, like } from 'drizzle-orm';
import type { Database } from '../../server/src/db/database.js';
import { auditLog } from '../../server/src/db/schema.js';

/** The audit actions of a loop starting with `prefix`, oldest first. */
export async function auditActions(db: Database, loopId: string, prefix: string): Promise<string[]> {
  const rows = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.loopId, loopId), like(auditLog.action, `${prefix}%`))).orderBy(asc(auditLog.id));
  return rows.map((r) => r.action);
}
