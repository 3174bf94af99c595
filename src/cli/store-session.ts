import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import {
  DEFAULT_DATABASE,
  isPostgresUrl,
  openStore,
  StorageError,
  type SeasonStore,
  type StorageFailure,
} from '../storage/index.ts';
import { CliError, type CliFailure } from './cli-error.ts';
import type { CommandContext } from './context.ts';

export interface DbOption {
  readonly db?: string;
}

/** `--db`, else `DATABASE_URL`, else ./torneo.db: a postgres:// URL or a SQLite file path. */
export function databaseTarget(opts: DbOption, ctx: CommandContext): string {
  const target = opts.db ?? ctx.env.DATABASE_URL ?? DEFAULT_DATABASE;
  return isPostgresUrl(target) || isAbsolute(target) ? target : resolve(ctx.cwd, target);
}

/** Where the data went, for messages: the URL without its password, or the file. */
export const describeTarget = (target: string): string => target.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

/** Which failure of the command each storage refusal is. */
const FAILURE: Record<StorageFailure, CliFailure> = {
  version_conflict: 'conflict',
  season_moved: 'conflict',
  idempotency_mismatch: 'conflict',
  unknown_season: 'not_found',
  unknown_fact: 'not_found',
  invalid_write: 'invalid_input',
  corrupt: 'internal',
  not_a_database: 'invalid_input',
  busy: 'unavailable',
  unavailable: 'unavailable',
};

/**
 * Opens the database, brings its schema up to date, runs `work` and closes it. Storage refusals
 * become command failures here and nowhere else.
 */
export async function withStore<T>(
  ctx: CommandContext,
  opts: DbOption,
  work: (store: SeasonStore, target: string) => Promise<T>,
  options: { mustExist?: boolean } = {},
): Promise<T> {
  const target = databaseTarget(opts, ctx);
  const shown = describeTarget(opts.db ?? target);
  // Reading or recording needs the database a load wrote: a mistyped path must not become a new, empty one.
  if (options.mustExist && !isPostgresUrl(target) && !existsSync(target))
    throw new CliError(
      'not_found',
      `no database '${shown}'; give --db the file that npx torneo load wrote (or set DATABASE_URL)`,
    );
  let store: SeasonStore | undefined;
  try {
    store = openStore(target, options);
    await store.migrate();
    return await work(store, target);
  } catch (e) {
    if (e instanceof StorageError && e.code === 'not_a_database')
      throw new CliError(
        'invalid_input',
        `'${shown}' is not a database (it is some other kind of file); give --db a SQLite file that npx torneo load wrote, or a new path`,
      );
    if (e instanceof StorageError) throw new CliError(FAILURE[e.code], e.message);
    throw e;
  } finally {
    await store?.close();
  }
}
