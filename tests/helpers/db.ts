import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';

export type TestDatabase = {
  /** Set when tests run against a Postgres server (TEST_DATABASE_URL). */
  databaseUrl: string | undefined;
  /** PGlite data folder; in memory unless a test needs files on disk. */
  dataDir: string;
  driver: 'postgres' | 'pglite';
  drop(): Promise<void>;
};

/** The Postgres server given to the test run, if any. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
/** The Redis server given to the test run, if any (scale-out tests). */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || undefined;

/**
 * A database of its own for one test file: a fresh database on the Postgres server in
 * TEST_DATABASE_URL when set, otherwise an in-memory PGlite.
 */
export async function createTestDatabase(options: { onDisk?: boolean } = {}): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) {
    if (!options.onDisk) return { databaseUrl: undefined, dataDir: 'memory://', driver: 'pglite', drop: async () => {} };
    // On disk, so a second server can open the same data after the first one stopped.
    const dataDir = mkdtempSync(join(tmpdir(), 'mockloop-test-'));
    return { databaseUrl: undefined, dataDir, driver: 'pglite', drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `mockloop_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir: 'memory://',
    driver: 'postgres',
    drop: async () => {
      const sql = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
      await sql.unsafe(`drop database if exists ${name} with (force)`);
      await sql.end();
    },
  };
}
