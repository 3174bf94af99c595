import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { errorCode, type DialectCapabilities } from '../capabilities.ts';
import type { Database } from '../kysely/database.ts';

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  '3D000',
  '28P01',
  '28000',
  '57P03',
]);

export const postgresCapabilities: DialectCapabilities = {
  name: 'postgres',
  jsonType: 'json',
  identity: (c) => c.primaryKey().generatedByDefaultAsIdentity(),
  // The wire protocol counts parameters in 16 bits.
  maxBindParameters: 65_535,
  beginWrite: 'begin',
  // Two keys: one for Torneo (0x746f726e, "torn"), one for the season; a hash collision between
  // two seasons only makes their writers take turns.
  lockSeason: async (tx, seasonId) => {
    await sql`select pg_advisory_xact_lock(${0x746f726e}, hashtext(${seasonId}))`.execute(tx);
  },
  currentSchema: async (db) =>
    (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema,
  appendOnly: (t) => [
    sql.raw(
      `create or replace function torneo_append_only() returns trigger language plpgsql as $$ begin raise exception '% is append-only: write a new version instead', tg_table_name; end $$`,
    ),
    sql.raw(
      `create or replace trigger ${t}_append_only before update or delete on ${t} for each statement execute function torneo_append_only()`,
    ),
    sql.raw(
      `create or replace trigger ${t}_no_truncate before truncate on ${t} for each statement execute function torneo_append_only()`,
    ),
  ],
  dropAppendOnly: (t) => [
    sql.raw(`drop trigger if exists ${t}_append_only on ${t}`),
    sql.raw(`drop trigger if exists ${t}_no_truncate on ${t}`),
  ],
  listenNotify: true,
  isUniqueViolation: (e) => errorCode(e) === '23505',
  isBusy: (e) => errorCode(e) === '40001' || errorCode(e) === '40P01',
  isUnreachable: (e) => UNREACHABLE.has(errorCode(e) ?? ''),
};

/** json columns come back as the text stored, exactly as SQLite gives them; the store parses both. */
const JSON_OID = 114;
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === JSON_OID ? (v: string) => v : pg.types.getTypeParser(oid, format as 'text'),
};

export function openPostgres(url: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 4, types, connectionTimeoutMillis: 5_000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
