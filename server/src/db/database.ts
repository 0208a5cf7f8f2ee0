import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema.js';

/** One database type for both drivers; nothing outside this file knows which one runs. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction's handle, or the database itself: what a repository function writes through. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Transaction;

export type DatabaseHandle = {
  db: Database;
  driver: 'postgres' | 'pglite';
  /** Round-trips `select 1`; rejects when the database cannot be reached in time. */
  ping(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

type DatabaseOptions = { databaseUrl?: string | undefined; dataDir: string };

/** Opens the configured database and applies pending migrations before returning. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}

/** Arbitrary constant naming MockLoop's migration lock ("mlop" in ASCII). */
const MIGRATION_LOCK_KEY = 0x6d6c6f70;

async function openPostgres(url: string): Promise<DatabaseHandle> {
  // Migrations run on a dedicated single connection holding an advisory lock, so several
  // server processes starting at once apply them one after the other, exactly once.
  const migrationClient = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await migrationClient`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres(migrationClient), { migrationsFolder: migrationsFolder() });
    await migrationClient`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await migrationClient.end({ timeout: 5 });
  }
  const client = postgres(url, { max: 10, onnotice: () => {}, connect_timeout: 5, idle_timeout: 30 });
  const db = drizzlePostgres(client, { schema });
  return {
    db,
    driver: 'postgres',
    ping: (timeoutMs = 2000) => withTimeout(db.execute(sql`select 1`), timeoutMs),
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(resolve(dataDir), { recursive: true });
  const client = await PGlite.create(inMemory ? dataDir : resolve(dataDir));
  const db = drizzlePglite({ client, schema });
  await migratePglite(db, { migrationsFolder: migrationsFolder() });
  return {
    db: db as unknown as Database,
    driver: 'pglite',
    ping: (timeoutMs = 2000) => {
      if (client.closed) return Promise.reject(new Error('database is closed'));
      return withTimeout(db.execute(sql`select 1`), timeoutMs);
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

/**
 * Finds `migrations/` by walking up from this file, so the same code works from source
 * (server/src/db) and from the bundle (server/dist).
 */
function migrationsFolder(): string {
  let dir = import.meta.dirname;
  for (;;) {
    const candidate = join(dir, 'migrations');
    if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('migrations folder not found above ' + import.meta.dirname);
    dir = parent;
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Rows of a raw `db.execute` result, which the two drivers shape differently. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
