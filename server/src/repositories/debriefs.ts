import { eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { debriefs } from '../db/schema.js';

export async function isDebriefOpen(db: Database, loopId: string): Promise<boolean> {
  const [row] = await db.select({ loopId: debriefs.loopId }).from(debriefs).where(eq(debriefs.loopId, loopId));
  return !!row;
}
