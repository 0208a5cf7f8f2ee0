import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectingFacts } from '../../../server/src/application/facts.js';
import { deleteLoop, exportLoop, readAudit } from '../../../server/src/application/loop-data.js';
import { createLoop, openSession, readLoop } from '../../../server/src/application/loops.js';
import { openDatabase, type DatabaseHandle } from '../../../server/src/db/database.js';
import { demoLoopRequest } from '../../../server/src/domain/demo-loop.js';
import { principalOf, type Principal } from '../../../server/src/domain/principal.js';
import type { CreatedLoop } from '../../../server/src/repositories/loops.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';

/**
 * The loop's own use cases (create, open, read, export, delete) with no Fastify and no
 * Socket.IO: a real database and a port that keeps what would be published.
 */
const NOW = Date.parse('2026-03-02T15:00:00Z');

let testDb: TestDatabase;
let handle: DatabaseHandle;
let loop: CreatedLoop;
let deps: { db: DatabaseHandle['db']; now: () => number };

const person = (role: string): Principal => {
  const row = loop.participants.find((p) => p.role === role)!;
  return principalOf({ ...row, loopId: loop.loopId });
};

beforeAll(async () => {
  testDb = await createTestDatabase();
  handle = await openDatabase({ databaseUrl: testDb.databaseUrl, dataDir: testDb.dataDir });
  deps = { db: handle.db, now: () => NOW };
  loop = (await createLoop(deps, demoLoopRequest(new Date(NOW)))).result;
});

afterAll(async () => {
  await handle?.close();
  await testDb?.drop();
});

describe('the loop use cases', () => {
  it('tell the loop its participant list changed only on the first opening of a link', async () => {
    const first = await openSession(deps, person('candidate'));
    const again = await openSession(deps, person('candidate'));
    expect(first.facts).toEqual([{ kind: 'emit', rooms: [`loop:${loop.loopId}`], event: 'loop:changed', payload: { loopId: loop.loopId, what: 'participants' } }]);
    expect(again.facts).toEqual([]);
  });

  it("export what the log held before, then record the export itself", async () => {
    const { result: exported, facts } = await exportLoop(deps, person('organizer'));
    expect(facts).toEqual([]);
    expect(exported.auditLog.map((e) => e.action)).not.toContain('loop.exported');
    const { result: log } = await readAudit(deps, person('organizer'));
    expect(log.at(-1)).toMatchObject({ action: 'loop.exported', actorId: person('organizer').participantId });
  });

  it('delete the loop, drop every live session of it, and refuse a second delete', async () => {
    const port = collectingFacts();
    port.publish((await deleteLoop(deps, person('organizer'))).facts);
    expect(port.published).toEqual([{ kind: 'disconnect', rooms: [`loop:${loop.loopId}`] }]);
    await expect(deleteLoop(deps, person('organizer'))).rejects.toMatchObject({ code: 'not-found' });
    await expect(readLoop(deps, person('organizer'))).rejects.toMatchObject({ code: 'not-found' });
    await expect(exportLoop(deps, person('organizer'))).rejects.toMatchObject({ code: 'not-found' });
  });
});
