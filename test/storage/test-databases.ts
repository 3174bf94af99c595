import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../../src/storage/index.ts';

/**
 * The databases every storage test runs against: a SQLite file in a temporary folder, always, and
 * a PostgreSQL database created for this run (dropped afterwards) whenever a server answers at
 * TORNEO_TEST_POSTGRES (default postgres://postgres@127.0.0.1:5432/postgres).
 */
export interface TestDatabase {
  readonly name: 'SQLite' | 'PostgreSQL';
  /** A fresh, empty database each call: a file path or a postgres:// URL. */
  fresh(): Promise<string>;
  /** Removes every database fresh() made. */
  cleanUp(): Promise<void>;
}

export const ADMIN_URL = process.env.TORNEO_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'torneo-store-'));
  let n = 0;
  return {
    name: 'SQLite',
    fresh: async () => join(dir, `season-${++n}.db`),
    cleanUp: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A PostgreSQL server: one database per test run (dropped at the end), one schema per fresh()
 * inside it, chosen through the connection's search_path — cheaper than a database per test.
 */
export async function postgresDatabase(): Promise<TestDatabase | { unavailable: string }> {
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (e) {
    return { unavailable: `PostgreSQL is not reachable at ${ADMIN_URL} (${(e as Error).message})` };
  }
  const database = `torneo_test_${process.pid}_${Date.now().toString(36)}`;
  let created: pg.Client | undefined;
  let schemas = 0;
  return {
    name: 'PostgreSQL',
    async fresh() {
      const url = new URL(ADMIN_URL);
      url.pathname = `/${database}`;
      if (!created) {
        await admin.query(`create database ${database}`);
        created = new pg.Client({ connectionString: url.toString() });
        await created.connect();
      }
      const schema = `season_${++schemas}`;
      await created.query(`create schema ${schema}`);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return url.toString();
    },
    async cleanUp() {
      await created?.end();
      if (created) await admin.query(`drop database if exists ${database} with (force)`);
      await admin.end();
    },
  };
}

/**
 * Both databases, ready for `describe`. Without PostgreSQL the suite says why it skips; in CI
 * (CI set), PostgreSQL is guaranteed to be up, so its absence is a failure, not a skip.
 */
export async function databasesUnderTest(): Promise<{ databases: TestDatabase[]; skipped?: string }> {
  const postgres = await postgresDatabase();
  if ('unavailable' in postgres) return { databases: [sqliteDatabase()], skipped: postgres.unavailable };
  return { databases: [sqliteDatabase(), postgres] };
}

/** Runs one SQL statement straight on the database, past the store: what a person at the SQL prompt could do. */
export async function rawStatement(target: string, statement: string): Promise<void> {
  if (!target.startsWith('postgres')) {
    const handle = new Sqlite(target);
    try {
      handle.exec(statement);
    } finally {
      handle.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A migrated store on a fresh database. */
export async function freshStore(db: TestDatabase) {
  const target = await db.fresh();
  const store = openStore(target);
  await store.migrate();
  return { store, target };
}
