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
  let store: SeasonStore | undefined;
  try {
    store = openStore(target, options);
    await store.migrate();
    return await work(store, target);
  } catch (e) {
    if (e instanceof StorageError) throw new CliError(FAILURE[e.code], e.message);
    throw e;
  } finally {
    await store?.close();
  }
}
