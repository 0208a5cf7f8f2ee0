import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, rowsOf, type DatabaseHandle } from '../../../server/src/db/database.js';
import { auditLog } from '../../../server/src/db/schema.js';
import { createTestDatabase } from '../../helpers/db.js';
import { describeWith, needs } from '../../helpers/environment.js';

const EXPECTED_TABLES = [
  'audit_log', 'debrief_reads', 'debriefs', 'loop_questions', 'loops', 'lp_ratings', 'participants',
  'questions', 'round_clocks', 'rounds', 'scorecard_patches', 'scorecards', 'stories', 'votes',
  'groups', 'group_members', 'group_availability', 'group_loops', 'group_seats',
];

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  const result = await handle.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  );
  return rowsOf<{ table_name: string }>(result).map((r) => r.table_name);
}

async function appliedMigrations(handle: DatabaseHandle): Promise<number> {
  const result = await handle.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return rowsOf<{ n: number }>(result)[0]!.n;
}

async function expectAuditLogAppendOnly(handle: DatabaseHandle) {
  const loopId = '00000000-0000-4000-8000-000000000001';
  await handle.db.insert(auditLog).values({ loopId, actorRole: 'organizer', action: 'loop.created' });
  await expect(handle.db.execute(sql`update audit_log set action = 'tampered'`)).rejects.toThrow();
  await expect(handle.db.execute(sql`delete from audit_log`)).rejects.toThrow();
  const rows = await handle.db.select().from(auditLog);
  expect(rows.map((r) => r.action)).toEqual(['loop.created']);
}

describe('migrations on embedded PGlite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mockloop-pglite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('create every table in a new data folder, and re-running them is a no-op', async () => {
    const first = await openDatabase({ dataDir: dir });
    expect(await tableNames(first)).toEqual(expect.arrayContaining(EXPECTED_TABLES));
    const count = await appliedMigrations(first);
    expect(count).toBeGreaterThanOrEqual(2);
    await expectAuditLogAppendOnly(first);
    await first.close();

    // Second start on the same folder: data kept, nothing re-applied.
    const second = await openDatabase({ dataDir: dir });
    expect(await appliedMigrations(second)).toBe(count);
    expect(await second.db.select().from(auditLog)).toHaveLength(1);
    await second.close();
  });
});

describeWith([needs.postgres()], 'migrations on a Postgres server (TEST_DATABASE_URL)', () => {
  it('create every table, and re-running them is a no-op', async () => {
    const testDb = await createTestDatabase();
    try {
      const first = await openDatabase({ databaseUrl: testDb.databaseUrl, dataDir: 'unused' });
      expect(first.driver).toBe('postgres');
      expect(await tableNames(first)).toEqual(expect.arrayContaining(EXPECTED_TABLES));
      const count = await appliedMigrations(first);
      await expectAuditLogAppendOnly(first);
      await first.close();

      const second = await openDatabase({ databaseUrl: testDb.databaseUrl, dataDir: 'unused' });
      expect(await appliedMigrations(second)).toBe(count);
      await second.close();
    } finally {
      await testDb.drop();
    }
  });

  it('two servers starting at once on an empty database both succeed', async () => {
    const testDb = await createTestDatabase();
    try {
      const handles = await Promise.all([
        openDatabase({ databaseUrl: testDb.databaseUrl, dataDir: 'unused' }),
        openDatabase({ databaseUrl: testDb.databaseUrl, dataDir: 'unused' }),
      ]);
      expect(await tableNames(handles[0])).toEqual(expect.arrayContaining(EXPECTED_TABLES));
      await Promise.all(handles.map((h) => h.close()));
    } finally {
      await testDb.drop();
    }
  });
});
