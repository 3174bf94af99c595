import type { ColumnDefinitionBuilder, Kysely, RawBuilder } from 'kysely';

/**
 * What differs between the databases Torneo runs on, named once. The store and the migrations ask
 * these questions; no other file asks which database it is talking to.
 */
export interface DialectCapabilities {
  readonly name: 'sqlite' | 'postgres';
  /**
   * The column type of a payload. PostgreSQL: `json`, not `jsonb`, because `json` keeps the text as
   * written (key order included) and export writes entries back in the order the official wrote them.
   */
  readonly jsonType: 'text' | 'json';
  /** Declares an auto-increment integer primary key. */
  identity(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Bound parameters one statement may carry; bulk inserts are cut into statements below it. */
  readonly maxBindParameters: number;
  /**
   * How a write transaction starts. SQLite takes the write lock up front (BEGIN IMMEDIATE), so two
   * writers queue instead of both reading and then failing to upgrade their lock; PostgreSQL
   * relies on row locks and the unique index on (key, version).
   */
  readonly beginWrite: string;
  /**
   * Inside a write transaction: waits until no other transaction writes this season, and keeps it
   * so until commit. A season's facts then commit in the order of their ids, which `factsSince`
   * relies on. SQLite has one writer at a time already (BEGIN IMMEDIATE); PostgreSQL takes a
   * transaction-scoped advisory lock on the season.
   */
  lockSeason(tx: Kysely<unknown>, seasonId: string): Promise<void>;
  /**
   * The schema the tables live in, for databases that have schemas (PostgreSQL: the first schema
   * of the search_path). The migrator must look for its own tables there, not in any schema.
   */
  currentSchema(db: Kysely<unknown>): Promise<string | undefined>;
  /** Statements that make a table refuse UPDATE and DELETE (triggers), and undo that. */
  appendOnly(table: string): RawBuilder<unknown>[];
  dropAppendOnly(table: string): RawBuilder<unknown>[];
  /** Whether other servers can be told that a season changed (PostgreSQL LISTEN/NOTIFY). */
  readonly listenNotify: boolean;
  /**
   * A counter another connection's commit moves, read cheaply (SQLite's `PRAGMA data_version`):
   * how a process notices the writes of another on a database with no notifications.
   */
  othersCommits?(db: Kysely<unknown>): Promise<number>;
  /** A unique index refused the row: another writer got there first. */
  isUniqueViolation(e: unknown): boolean;
  /** The database is locked by another writer; worth waiting and trying again. */
  isBusy(e: unknown): boolean;
  /** The database cannot be reached at all, or cannot store anything for now (a full disk, a read-only file). */
  isUnreachable(e: unknown): boolean;
  /** What is wrong when isUnreachable, in words for whoever has to fix it. */
  outage(e: unknown): string | undefined;
}

export const errorCode = (e: unknown): string | undefined =>
  e !== null && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
