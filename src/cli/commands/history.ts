import type { Command } from 'commander';
import { findMatch } from '../../core/season/find-match.ts';
import { indexSeason } from '../../core/season/season.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { resolveMatchArg } from '../match-arg.ts';
import { matchText } from '../match-text.ts';
import { printJson } from '../output.ts';
import { withStore } from '../store-session.ts';

const VERB = { record: 'recorded', correct: 'corrected', retract: 'withdrew' } as const;

export function registerHistory(program: Command, ctx: CommandContext): void {
  program
    .command('history')
    .description('every version of a match in the database: version, when, who, why and the result')
    .argument('<season>', 'a season id in the database')
    .argument('<match>', 'a match id or a short form (ALI-USM, alianza-lima-v-universidad-san-martin)')
    .option(
      '--db <url>',
      'database: a SQLite file or a postgres:// URL (default: DATABASE_URL, else ./torneo.db)',
    )
    .option('--json', 'print the versions as JSON')
    .action(async (seasonId: string, matchArg: string, opts: { db?: string; json?: boolean }) => {
      await withStore(
        ctx,
        opts,
        async (store) => {
          const stored = await store.loadSeasonDocument(seasonId);
          if (!stored) throw new CliError('not_found', `season '${seasonId}' is not in the database`);
          const idx = indexSeason(stored.doc);
          // A withdrawn match is no longer in the season, but its full id still finds its history.
          const key =
            findMatch(idx, matchArg).kind === 'unknown' &&
            (await store.factHistory({ seasonId, kind: 'match', key: matchArg })).length
              ? matchArg
              : resolveMatchArg(idx, matchArg).id;
          const versions = await store.factHistory({ seasonId, kind: 'match', key });
          if (opts.json) return printJson(ctx.output, versions);
          ctx.output.out(key);
          for (const v of versions) {
            ctx.output.out(
              `  v${v.version}  ${v.recordedAt}  ${VERB[v.action]} by ${v.author}${v.reason ? ` — ${v.reason}` : ''}`,
            );
            ctx.output.out(`      ${matchText(v.payload, idx)}`);
          }
        },
        { mustExist: true },
      );
    });
}
