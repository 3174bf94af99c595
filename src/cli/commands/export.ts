import type { Command } from 'commander';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { seasonFolder } from '../../season/season-folder.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { withStore } from '../store-session.ts';

interface ExportOptions {
  to: string;
  db?: string;
  asOf?: string;
}

export function registerExport(program: Command, ctx: CommandContext): void {
  program
    .command('export')
    .description(
      'write a season from the database back out as a YAML folder (season.yaml, clubs.yaml, …, competitions/, facts/)',
    )
    .argument('<season>', 'a season id in the database')
    .requiredOption('--to <dir>', 'the folder to write; it must not exist or be empty')
    .option(
      '--db <url>',
      'database: a SQLite file or a postgres:// URL (default: DATABASE_URL, else ./torneo.db)',
    )
    .option('--as-of <time>', 'the season as it was known at this moment (ISO 8601), for an audit')
    .action(async (seasonId: string, opts: ExportOptions) => {
      const asOf = opts.asOf === undefined ? undefined : new Date(opts.asOf);
      if (asOf && Number.isNaN(asOf.getTime()))
        throw new CliError(
          'usage',
          `--as-of '${opts.asOf}' is not a moment; write it like 2014-05-21T20:00:00Z`,
        );
      const dir = resolve(ctx.cwd, opts.to);
      if (existsSync(dir) && readdirSync(dir).length > 0)
        throw new CliError('usage', `'${opts.to}' is not empty; export writes into a new or empty folder`);
      const stored = await withStore(
        ctx,
        opts,
        (store) => store.loadSeasonDocument(seasonId, asOf ? { asOf } : {}),
        { mustExist: true },
      );
      if (!stored)
        throw new CliError(
          'not_found',
          `season '${seasonId}' is not in the database${asOf ? ` as of ${asOf.toISOString()}` : ''}`,
        );
      const files = seasonFolder(stored.input);
      for (const f of files) {
        const path = join(dir, f.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, f.text);
      }
      ctx.output.out(
        `exported ${seasonId} (definition version ${stored.definitionVersion}) to ${opts.to}: ${files.length} files`,
      );
    });
}
