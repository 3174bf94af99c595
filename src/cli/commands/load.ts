import type { Command } from 'commander';
import { resolve } from 'node:path';
import { loadSeasonInput } from '../../season/season-input.ts';
import { SeasonNotFound } from '../../season/source-files.ts';
import { seasonSnapshot } from '../../storage/index.ts';
import { CliError } from '../cli-error.ts';
import { conflictLines, loadConflicts } from '../load-conflicts.ts';
import type { CommandContext } from '../context.ts';
import { printJson } from '../output.ts';
import { progressBar } from '../progress.ts';
import { fromLoaded } from '../season-arg.ts';
import { describeTarget, withStore } from '../store-session.ts';
import { writeMeta } from '../write-meta.ts';

interface LoadOptions {
  db?: string;
  author?: string;
  reason?: string;
  preferFiles?: boolean;
  json?: boolean;
}

export function registerLoad(program: Command, ctx: CommandContext): void {
  program
    .command('load')
    .description(
      'validate a season folder and write it to the database in one transaction: the definition and every fact; facts that changed become new versions, facts no longer in the files are withdrawn',
    )
    .argument('<season-dir>', 'a season file or folder')
    .option(
      '--db <url>',
      'database: a SQLite file or a postgres:// URL (default: DATABASE_URL, else ./torneo.db)',
    )
    .option('--author <name>', 'who is loading (default: TORNEO_AUTHOR, else the login name)')
    .option('--reason <text>', 'why, kept with every version written')
    .option(
      '--prefer-files',
      'supersede the facts recorded in the database since the files were last loaded (needs --reason); without it such facts stop the load',
    )
    .option('--json', 'print the report as JSON')
    .action(async (dir: string, opts: LoadOptions) => {
      if (opts.preferFiles && !opts.reason)
        throw new CliError(
          'usage',
          '--prefer-files supersedes facts someone recorded; say why with --reason "…"',
        );
      let loaded;
      try {
        loaded = loadSeasonInput(resolve(ctx.cwd, dir));
      } catch (e) {
        if (e instanceof SeasonNotFound) throw new CliError('not_found', `season '${dir}' ${e.why}`);
        throw e;
      }
      const season = fromLoaded(loaded, dir);
      const snapshot = seasonSnapshot(loaded.input!, season.doc);
      const bar = progressBar(ctx, `loading ${snapshot.seasonId}`);
      const { report, target } = await withStore(ctx, opts, async (store, target) => {
        const conflicts = opts.preferFiles ? [] : await loadConflicts(store, snapshot);
        if (conflicts.length) {
          bar.stop();
          throw new CliError(
            'conflict',
            `${conflicts.length} fact(s) of ${snapshot.seasonId} were recorded in the database since the files were last loaded; loading '${dir}' would overwrite them, so nothing was written:`,
            [
              ...conflictLines(conflicts),
              `To keep them, write the season out, edit that folder and load it: npx torneo export ${snapshot.seasonId} --to <new-dir>`,
              `To let the files win: npx torneo load ${dir} --prefer-files --reason "…"`,
            ],
          );
        }
        const report = await store.saveSeason(snapshot, writeMeta(ctx, opts), {
          origin: 'load',
          retractMissing: true,
          onProgress: (d, t) => bar.update(d, t),
        });
        return { report, target };
      }).finally(() => bar.stop());
      if (opts.json) return printJson(ctx.output, { season: snapshot.seasonId, ...report });
      ctx.output.out(`loaded ${snapshot.seasonId} into ${describeTarget(target)}`);
      ctx.output.out(`  definition version ${report.definitionVersion} (${report.definition})`);
      ctx.output.out(
        `  facts: ${report.added} added, ${report.changed} changed, ${report.unchanged} unchanged, ${report.retracted} withdrawn`,
      );
    });
}
