import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../server/src/db/database.js';

export type Fingerprint = Record<string, { rows: number; md5: string }>;

/** The tables of the app's schema (the migrations journal lives in its own schema). */
export async function tableNames(db: Database): Promise<string[]> {
  const result = await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  return rowsOf<{ table_name: string }>(result).map((r) => r.table_name);
}

export type FingerprintOptions = {
  except?: string[];
  /** Columns that change on their own (e.g. when someone was last seen), by table. */
  ignoreColumns?: Record<string, string[]>;
};

/** What a refused request must never change: everything but presence bookkeeping. */
export const IGNORE_PRESENCE: FingerprintOptions = { ignoreColumns: { participants: ['first_opened_at', 'last_seen_at'] } };

/**
 * Row count and a checksum of every row of every table, in one round trip: two equal
 * fingerprints mean nothing in the database changed in between.
 */
export async function fingerprint(db: Database, options: FingerprintOptions = {}): Promise<Fingerprint> {
  const tables = (await tableNames(db)).filter((t) => !options.except?.includes(t));
  const parts = tables.map((t) => {
    const ignored = (options.ignoreColumns?.[t] ?? []).map((c) => ` - '${c}'`).join('');
    const row = `(to_jsonb(x)${ignored})::text`;
    return `select '${t}' as name, count(*)::int as rows, md5(coalesce(string_agg(${row}, '|' order by ${row}), '')) as md5 from public."${t}" x`;
  });
  const result = await db.execute(sql.raw(parts.join(' union all ')));
  return Object.fromEntries(rowsOf<{ name: string; rows: number; md5: string }>(result).map((r) => [r.name, { rows: Number(r.rows), md5: r.md5 }]));
}
