import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatIssue, loadSeason, type LoadedSeason } from '../season/load-season.ts';
import { SeasonNotFound } from '../season/source-files.ts';
import type { SeasonDoc } from '../core/definition/index.ts';
import type { SeasonIndex } from '../core/season/season.ts';
import { CliError } from './cli-error.ts';
import type { CommandContext } from './context.ts';

export interface OpenedSeason {
  readonly doc: SeasonDoc;
  readonly index: SeasonIndex;
  readonly origin: string;
  readonly warnings: readonly string[];
}

/** Resolvers that find a season by id elsewhere (the database); the storage layer adds one. */
type SeasonResolver = (
  arg: string,
  ctx: CommandContext,
  opts: { db?: string },
) => Promise<OpenedSeason | undefined>;
const resolvers: SeasonResolver[] = [];
export const addSeasonResolver = (r: SeasonResolver): void => {
  resolvers.push(r);
};

/**
 * `<season>` on the command line: a season file or folder, or the id of a season loaded into
 * the database. Invalid seasons stop here with every issue listed.
 */
export async function openSeason(
  arg: string,
  ctx: CommandContext,
  opts: { db?: string } = {},
): Promise<OpenedSeason> {
  const path = resolve(ctx.cwd, arg);
  if (existsSync(path)) {
    try {
      return fromLoaded(loadSeason(path), arg);
    } catch (e) {
      if (e instanceof SeasonNotFound) throw new CliError('not_found', e.message);
      throw e;
    }
  }
  for (const r of resolvers) {
    const s = await r(arg, ctx, opts);
    if (s) return s;
  }
  throw new CliError('not_found', `season '${arg}' is neither a file or folder nor a season in the database`);
}

export function fromLoaded(loaded: LoadedSeason, origin: string): OpenedSeason {
  const errors = loaded.issues.filter((i) => i.severity !== 'warning');
  if (errors.length || !loaded.doc || !loaded.index) {
    throw new CliError(
      'invalid_input',
      `${origin}: ${errors.length} error(s); nothing was written`,
      errors.map(formatIssue),
    );
  }
  return { doc: loaded.doc, index: loaded.index, origin, warnings: loaded.issues.map(formatIssue) };
}
