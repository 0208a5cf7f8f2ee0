import type { TestDatabase } from './db.js';
import { createTestDatabase, TEST_DATABASE_URL } from './db.js';

/**
 * Both databases a behaviour must hold on, for tests that compare them in one file: an
 * in-memory PGlite always, and a fresh database on TEST_DATABASE_URL. Without that variable
 * the Postgres case is skipped locally and fails under CI=true (its environment is missing).
 */
export const BOTH_DATABASES: { name: string; missing: boolean; create(): Promise<TestDatabase> }[] = [
  { name: 'PGlite', missing: false, create: async () => ({ databaseUrl: undefined, dataDir: 'memory://', driver: 'pglite', drop: async () => {} }) },
  {
    name: 'Postgres',
    missing: !TEST_DATABASE_URL && process.env.CI !== 'true',
    create: async () => {
      if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set: this test needs a Postgres server.');
      return createTestDatabase();
    },
  },
];
