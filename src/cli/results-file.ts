import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Match } from '../core/model/index.ts';
import { engineMatch } from '../import/engine-match.ts';
import { readSource, type ImportResult, type Refusal } from '../import/index.ts';
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
 * `--results FILE` of `table`, `bracket`, `simulate`, `predict` and `backtest`: one file of any
 * format `import` reads, detected as `import` detects it, decoded and screened the same way
 * (readSource). Refused lines stop the command with every one listed as `file:line: reason`
 * (exit 1), unless `skipBad`, which lists and counts them on stderr and goes on with the rest.
 */
export function readResultsSource(ctx: CommandContext, file: string, skipBad = false): ImportResult {
  const source = readSource(resolve(ctx.cwd, file));
  const unreadable = source.unreadable[0];
  if (unreadable)
    throw new CliError(
      /no such file|ENOENT/i.test(unreadable.message) ? 'not_found' : 'invalid_input',
      `cannot read '${file}': ${unreadable.message.replace(/^ENOENT: /, '')}`,
    );
  const skipped = source.skipped[0];
  if (skipped) throw new CliError('invalid_input', `${file}: ${skipped.reason}`);
  const read = source.files[0];
  if (!read || !('matches' in read.result))
    throw new CliError('invalid_input', `${file}: holds no matches (${read?.format ?? 'nothing read'})`);
  const result = { ...(read.result as ImportResult), file };
  const lines = refusalLines(file, result.refused);
  if (lines.length && !skipBad)
    throw new CliError(
      'invalid_input',
      `${file}: ${lines.length} line(s) refused; nothing was counted (--skip-bad counts the rest)`,
      lines,
    );
  for (const l of lines) ctx.output.err(l);
  if (lines.length) ctx.output.err(`${file}: ${lines.length} line(s) refused and left out`);
  return result;
}

/** `file:line[:column]: reason: detail`, with the refused text below it. */
export const refusalLines = (file: string, refused: readonly Refusal[]): string[] =>
  refused.map(
    (r) =>
      `${file}:${r.line}${r.column !== undefined ? `:${r.column}` : ''}: ${r.reason}${r.detail ? `: ${r.detail}` : ''}${r.text.trim() ? `\n    ${r.text.trim()}` : ''}`,
  );

/**
 * The matches of a results file, as the engine takes them. With `fixtures`, a results CSV whose
 * goal columns may be empty or absent: the rows are matches still to play.
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
  if (!options.fixtures)
    return readResultsSource(ctx, file).matches.map((m, i) => ({ match: engineMatch(m, i), line: m.line }));
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
