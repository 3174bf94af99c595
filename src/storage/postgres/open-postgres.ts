import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { errorCode, type DialectCapabilities } from '../capabilities.ts';
import type { Database } from '../kysely/database.ts';

/**
 * Errors that mean the server is away or cannot store anything for now: refused or lost
 * connections, a server shutting down or starting up, a full disk, a read-only transaction.
 */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  '3D000',
  '28P01',
  '28000',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53100', // disk_full
  '53300', // too_many_connections
  '25006', // read_only_sql_transaction
]);

/** node-postgres reports a dropped connection or a pool wait that timed out without a code. */
const LOST =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable/i;

const postgresOutage = (e: unknown): string | undefined => {
  const code = errorCode(e) ?? '';
  if (code === '53100') return 'the disk holding the database is full; free some space and write again';
  if (code === '25006')
    return 'the database is read-only (a replica, or set read-only); writes cannot be stored';
  if (UNREACHABLE.has(code) || (e instanceof Error && LOST.test(e.message)))
    return `the database cannot be reached: ${(e as Error).message}`;
  return undefined;
};

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
  isUnreachable: (e) => postgresOutage(e) !== undefined,
  outage: postgresOutage,
};

/** json columns come back as the text stored, exactly as SQLite gives them; the store parses both. */
const JSON_OID = 114;
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === JSON_OID ? (v: string) => v : pg.types.getTypeParser(oid, format as 'text'),
};

/**
 * Connections one store holds at most. While the server is away, requests wait for one of these
 * (at most CONNECT_WAIT_MS) and then fail as unavailable; nothing opens more.
 */
export const POOL_SIZE = 4;
const CONNECT_WAIT_MS = 5_000;

export function openPostgres(url: string): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    types,
    connectionTimeoutMillis: CONNECT_WAIT_MS,
    idleTimeoutMillis: 30_000,
  });
  // A client losing its server (PostgreSQL stopped or restarted), idle in the pool or checked out
  // between two queries of a transaction, must not crash the process: its next query fails, and
  // the store reports that as unavailable.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
