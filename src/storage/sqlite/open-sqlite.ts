import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { errorCode, type DialectCapabilities } from '../capabilities.ts';
import type { Database } from '../kysely/database.ts';
import { StorageError } from '../storage-error.ts';

const isReadOnly = (e: unknown): boolean => errorCode(e)?.startsWith('SQLITE_READONLY') === true;

/** Errors after which SQLite cannot write for now, whatever is retried: said in words, answered 503. */
const sqliteOutage = (e: unknown): string | undefined => {
  const code = errorCode(e) ?? '';
  if (code === 'SQLITE_FULL') return 'the disk holding the database is full; free some space and write again';
  if (code.startsWith('SQLITE_READONLY'))
    return 'the database is read-only here (a read-only file, folder or disk); reads go on, writes cannot be stored';
  if (code === 'SQLITE_CANTOPEN') return `the database cannot be opened: ${(e as Error).message}`;
  if (code.startsWith('SQLITE_IOERR')) return `the database cannot be written: ${(e as Error).message}`;
  return undefined;
};

export const sqliteCapabilities: DialectCapabilities = {
  name: 'sqlite',
  jsonType: 'text',
  identity: (c) => c.primaryKey().autoIncrement(),
  // SQLITE_MAX_VARIABLE_NUMBER is 32766 since SQLite 3.32 (better-sqlite3 bundles a newer one).
  maxBindParameters: 32_766,
  beginWrite: 'begin immediate',
  lockSeason: async () => undefined,
  currentSchema: async () => undefined,
  appendOnly: (t) =>
    ['update', 'delete'].map((op) =>
      sql.raw(
        `create trigger if not exists ${t}_no_${op} before ${op} on ${t} begin select raise(abort, '${t} is append-only: write a new version instead'); end`,
      ),
    ),
  dropAppendOnly: (t) => ['update', 'delete'].map((op) => sql.raw(`drop trigger if exists ${t}_no_${op}`)),
  listenNotify: false,
  othersCommits: async (db) => {
    const { rows } = await sql<{ data_version: number }>`pragma data_version`.execute(db);
    return Number(rows[0]?.data_version ?? 0);
  },
  isUniqueViolation: (e) =>
    errorCode(e) === 'SQLITE_CONSTRAINT_UNIQUE' || errorCode(e) === 'SQLITE_CONSTRAINT_PRIMARYKEY',
  isBusy: (e) =>
    errorCode(e)?.startsWith('SQLITE_BUSY') === true || errorCode(e)?.startsWith('SQLITE_LOCKED') === true,
  isUnreachable: (e) => sqliteOutage(e) !== undefined,
  outage: sqliteOutage,
};

export interface SqliteOptions {
  /** Refuse to create the file (reading a season that may not be there). */
  readonly mustExist?: boolean;
}

/**
 * A SQLite file. WAL lets readers go on while one writer writes, and a killed process leaves the
 * last committed transaction intact. The busy timeout is short on purpose: the store waits for a
 * busy database itself, asynchronously, instead of blocking the event loop inside SQLite.
 */
export function openSqlite(file: string, options: SqliteOptions = {}): Kysely<Database> {
  let handle: Sqlite.Database;
  try {
    handle = new Sqlite(file, { fileMustExist: options.mustExist ?? false, timeout: 100 });
  } catch (e) {
    throw new StorageError(
      'unavailable',
      `cannot open the SQLite database '${file}': ${(e as Error).message}`,
      { file },
    );
  }
  try {
    handle.pragma('journal_mode = WAL');
  } catch (e) {
    // A file this process may read but not write is still worth reading: writes will say why they fail.
    if (isReadOnly(e)) return new Kysely<Database>({ dialect: new SqliteDialect({ database: handle }) });
    handle.close();
    if (errorCode(e) !== 'SQLITE_NOTADB') throw e;
    throw new StorageError(
      'not_a_database',
      `'${file}' is not a database: it is some other kind of file; give a SQLite file that npx torneo load wrote, or a new path`,
      { file },
    );
  }
  handle.pragma('synchronous = NORMAL');
  handle.pragma('foreign_keys = ON');
  handle.pragma('cache_size = -65536');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: handle }) });
}
