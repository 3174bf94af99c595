import type { DialectCapabilities } from './capabilities.ts';
import { KyselyStore } from './kysely/kysely-store.ts';
import { openPostgres, postgresCapabilities } from './postgres/open-postgres.ts';
import type { SeasonStore } from './season-store.ts';
import { openSqlite, sqliteCapabilities } from './sqlite/open-sqlite.ts';

/** The SQLite file used when no database is named. */
export const DEFAULT_DATABASE = './torneo.db';

export interface OpenOptions {
  /** For SQLite: refuse to create the file (a read of a season that may not be there). */
  readonly mustExist?: boolean;
}

export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//.test(target);

/** A store over `postgres://…` or a SQLite file path. The schema is not migrated here: call migrate(). */
export function openStore(
  target: string,
  options: OpenOptions = {},
): SeasonStore & { readonly capabilities: DialectCapabilities } {
  return isPostgresUrl(target)
    ? new KyselyStore(openPostgres(target), postgresCapabilities)
    : new KyselyStore(openSqlite(target, options), sqliteCapabilities);
}
