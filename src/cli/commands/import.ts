import type { Command } from 'commander';
import { basename, resolve } from 'node:path';
import { readSource, type ImportResult } from '../../import/index.ts';
import { importSeason } from '../../season/from-import/import-season.ts';
import {
  importMatchday,
  locateMatches,
  type MatchdayReport,
} from '../../season/from-import/import-matchday.ts';
import { seasonFromImport } from '../../season/from-import/season-from-import.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { printJson } from '../output.ts';
import { progressBar } from '../progress.ts';
import { describeTarget, withStore } from '../store-session.ts';
import { comparePublishedTables } from '../../season/from-import/compare-imported.ts';
import { comparisonText } from '../../import/published/compare-published.ts';
import { writeMeta } from '../write-meta.ts';
import type { MatchdayOptions } from '../../season/from-import/import-matchday.ts';
import type { ImportTarget } from '../../season/from-import/import-target.ts';
import type { SeasonStore, WriteMeta } from '../../storage/index.ts';

interface ImportOptions {
  season: string;
  name?: string;
  competition?: string;
  db?: string;
  author?: string;
  batchSize: string;
  json?: boolean;
  skipBad?: boolean;
  reason?: string;
}

export function registerImport(program: Command, ctx: CommandContext): void {
  program
    .command('import')
    .description(
      'import matches from Football.TXT, football.json, football-data.co.uk CSV, engsoccerdata or results CSV files into a season of the database, in batches of one transaction each; every refused line is listed with its reason',
    )
    .argument('<file-or-dir>', 'a file, or a folder whose files are all read (format detected per file)')
    .requiredOption('--season <id>', 'the season to import into; created when it does not exist')
    .option('--name <name>', 'the season name, when the import creates it')
    .option(
      '--competition <id>',
      'put every match into this competition (default: one per division and season of the source)',
    )
    .option(
      '--db <url>',
      'database: a SQLite file or a postgres:// URL (default: DATABASE_URL, else ./torneo.db)',
    )
    .option('--author <name>', 'who imports (default: TORNEO_AUTHOR, else the login name)')
    .option('--batch-size <n>', 'matches per transaction', '20000')
    .option('--skip-bad', 'write the good lines when some are refused (refused lines are listed and counted)')
    .option('--reason <text>', 'a matchday file: why results already recorded are replaced')
    .option('--json', 'print the report as JSON')
    .action(async (path: string, opts: ImportOptions) => {
      const batchSize = Number(opts.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new CliError('usage', `--batch-size '${opts.batchSize}' is not a number of matches`);
      if (!/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/.test(opts.season))
        throw new CliError(
          'usage',
          `--season '${opts.season}' is not an id (lowercase letters, digits and dashes)`,
        );
      const reading = progressBar(ctx, 'reading');
      const source = readSource(resolve(ctx.cwd, path), { onProgress: (d, t) => reading.update(d, t) });
      reading.stop();
      for (const u of source.unreadable) ctx.output.err(`${u.path}: cannot read: ${u.message}`);
      for (const s of source.skipped) ctx.output.err(`${s.path}: skipped: ${s.reason}`);
      const results = source.files.flatMap((f) => ('matches' in f.result ? [f.result as ImportResult] : []));
      if (results.length === 0)
        throw new CliError(
          source.unreadable.length ? 'not_found' : 'invalid_input',
          `${path}: no file with matches to import`,
        );
      for (const r of results)
        for (const i of r.issues)
          ctx.output.err(`${i.file ?? r.file ?? path}:${i.line}: ${i.severity}: ${i.message}`);

      const bar = progressBar(ctx, `importing into ${opts.season}`);
      const target = {
        seasonId: opts.season,
        ...(opts.name ? { seasonName: opts.name } : {}),
        ...(opts.competition ? { competition: opts.competition } : {}),
      };
      const { report, where, comparisons, matchday } = await withStore(ctx, opts, async (store, where) => {
        const matchday = await asMatchday(store, results, target, writeMeta(ctx, opts), {
          origin: `import:${basename(path)}`,
          skipBad: opts.skipBad === true,
          ...(opts.competition ? { competition: opts.competition } : {}),
          ...(opts.reason ? { reason: opts.reason } : {}),
        });
        if (matchday) return { matchday, where };
        const report = await importSeason(store, results, target, writeMeta(ctx, opts), {
          origin: `import:${basename(path)}`,
          batchSize,
          onProgress: (d, t) => bar.update(d, t),
          skipBad: opts.skipBad === true,
        });
        const comparisons = report.written ? await comparePublishedTables(store, report) : [];
        return { report, where, comparisons };
      }).finally(() => bar.stop());
      if (matchday) return matchdaySummary(ctx, path, matchday, describeTarget(where), opts.json === true);
      const refusals = report.refused.map(
        (r) => `${r.file ?? path}:${r.line}: ${r.reason}${r.text?.trim() ? `\n    ${r.text.trim()}` : ''}`,
      );
      if (!report.written)
        throw new CliError(
          'invalid_input',
          `${path}: ${refusals.length} line(s) refused; nothing was written (--skip-bad writes the rest)`,
          refusals,
        );
      for (const r of refusals) ctx.output.err(r);
      if (opts.json) return printJson(ctx.output, { ...report, published: comparisons });
      ctx.output.out(
        `imported ${report.matches} matches into ${report.seasonId} (${describeTarget(where)}) in ${report.batches} batch(es)`,
      );
      ctx.output.out(
        `  definition ${report.definition}; facts: ${report.added} added, ${report.changed} changed, ${report.unchanged} unchanged; ${report.refused.length} line(s) refused${report.adjustments ? `; ${report.adjustments} adjustment(s) from published tables` : ''}`,
      );
      for (const c of comparisons) ctx.output.out(comparisonText(c));
    });
}

/**
 * A file of results for a season already in the database whose competitions the file does not
 * make itself (a matchday CSV for a season loaded from YAML, say): its rows are the results of
 * the season's scheduled matches, recorded or corrected one by one (importMatchday). Undefined
 * when it is an import of competitions (a new season, a file imported before, no row that finds
 * a match of the season).
 */
async function asMatchday(
  store: SeasonStore,
  results: readonly ImportResult[],
  target: ImportTarget,
  meta: WriteMeta,
  options: MatchdayOptions,
): Promise<MatchdayReport | undefined> {
  const stored = await store.loadSeasonDocument(target.seasonId);
  if (!stored || stored.doc.matches.length === 0) return undefined;
  const own = new Set(seasonFromImport(results, target).competitions.map((c) => c.id as string));
  const known = stored.doc.competitions.map((c) => c.id);
  if (!options.competition && known.some((id) => own.has(id))) return undefined;
  if (options.competition && !known.includes(options.competition)) return undefined;
  if (locateMatches(stored, results, options.competition).found.length === 0) return undefined;
  return importMatchday(store, stored, results, meta, options);
}

function matchdaySummary(
  ctx: CommandContext,
  path: string,
  r: MatchdayReport,
  where: string,
  json: boolean,
): void {
  const refusals = r.refused.map(
    (x) => `${x.file ?? path}:${x.line}: ${x.reason}${x.text?.trim() ? `\n    ${x.text.trim()}` : ''}`,
  );
  if (!r.written)
    throw new CliError(
      'invalid_input',
      `${path}: ${refusals.length} line(s) refused; no result was written (--skip-bad writes the rest)`,
      refusals,
    );
  for (const x of refusals) ctx.output.err(x);
  if (json) return printJson(ctx.output, { matchday: r });
  ctx.output.out(
    `results of ${path} into ${r.seasonId} (${where}): ${r.added.length} added, ${r.corrected.length} corrected, ${r.unchanged.length} unchanged, ${r.refused.length} refused`,
  );
  for (const [verb, list] of [
    ['added', r.added],
    ['corrected', r.corrected],
  ] as const)
    for (const e of list) ctx.output.out(`  ${verb}: ${e.match} version ${e.version} (line ${e.line})`);
}
