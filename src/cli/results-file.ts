import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Match } from '../core/model/index.ts';
import { engineMatch } from '../import/engine-match.ts';
import { parseResultsCsv } from '../import/results-csv/index.ts';
import { CliError } from './cli-error.ts';
import type { CommandContext } from './context.ts';

/** A file as text, or a not-found error naming it. */
export function readText(ctx: CommandContext, file: string): string {
  try {
    return readFileSync(resolve(ctx.cwd, file), 'utf8');
  } catch {
    throw new CliError('not_found', `cannot read '${file}'`);
  }
}

/**
 * A results CSV (the format `table --results` reads) as the engine's matches; every refused
 * line is listed as `file:line:column: error: field: message`. With `fixtures`, the goal
 * columns may be empty or absent: the rows are matches still to play.
 */
export function readResultsFile(
  ctx: CommandContext,
  file: string,
  options: { fixtures?: boolean } = {},
): Match[] {
  return readResultsLines(ctx, file, options).map((r) => r.match);
}

/** The same, each match with the line it was read from (for errors about a row). */
export function readResultsLines(
  ctx: CommandContext,
  file: string,
  options: { fixtures?: boolean } = {},
): { match: Match; line: number }[] {
  const parsed = parseResultsCsv(readText(ctx, file), { file, ...options });
  if (parsed.errors.length) {
    throw new CliError(
      'invalid_input',
      `${file}: ${parsed.errors.length} error(s)`,
      parsed.errors.map(
        (e) =>
          `${file}:${e.line}${e.column ? `:${e.column}` : ''}: error: ${e.field ? `${e.field}: ` : ''}${e.message}`,
      ),
    );
  }
  return parsed.matches.map((m, i) => ({ match: engineMatch(m, i), line: m.line }));
}
