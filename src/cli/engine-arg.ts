import { createSeasonEngine, EngineError, type SeasonEngine } from '../core/engine/index.ts';
import { CliError } from './cli-error.ts';
import { dateFlag } from './date-flag.ts';
import type { CommandContext } from './context.ts';
import { openSeason } from './season-arg.ts';

export interface EngineFlags {
  readonly db?: string;
  readonly asOf?: string;
  readonly seed?: string;
}

/** Opens a season and its engine as of a date, turning bad flags into usage errors. */
export async function openEngine(
  arg: string,
  ctx: CommandContext,
  flags: EngineFlags,
): Promise<SeasonEngine> {
  const asOf = flags.asOf !== undefined ? dateFlag('--as-of', flags.asOf) : undefined;
  if (flags.seed !== undefined && !/^\d+$/.test(flags.seed))
    throw new CliError('usage', `--seed expects a whole number, got '${flags.seed}'`);
  const season = await openSeason(arg, ctx, flags.db ? { db: flags.db } : {});
  return createSeasonEngine(season.index, {
    ...(asOf ? { asOf } : {}),
    ...(flags.seed ? { seed: Number(flags.seed) } : {}),
  });
}

/** Runs an engine call, turning its coded errors into the CLI's. */
export function engineCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof EngineError)
      throw new CliError(
        e.code === 'not_found' ? 'not_found' : e.code === 'link_cycle' ? 'invalid_input' : 'usage',
        e.message,
      );
    throw e;
  }
}
