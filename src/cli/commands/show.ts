import type { Command } from 'commander';
import { createSeasonEngine, stageMembership } from '../../core/engine/index.ts';
import { seasonOverview } from '../../core/season/overview.ts';
import { dateFlag } from '../date-flag.ts';
import type { CommandContext } from '../context.ts';
import { textTable } from '../../render/text-table.ts';
import { printJson } from '../output.ts';
import { openSeason } from '../season-arg.ts';

export function registerShow(program: Command, ctx: CommandContext): void {
  program
    .command('show')
    .description('print the season overview: competitions, stages, teams, known and unknown results')
    .argument('<season>', 'a season file or folder, or a season id in the database')
    .option('--db <url>', 'database (file path or postgres:// URL)')
    .option('--as-of <date>', 'the season as known on this day (YYYY-MM-DD)')
    .option('--json', 'print as JSON')
    .action(async (arg: string, opts: { json?: boolean; db?: string; asOf?: string }) => {
      const asOf = opts.asOf !== undefined ? dateFlag('--as-of', opts.asOf) : undefined;
      const season = await openSeason(arg, ctx, opts.db ? { db: opts.db } : {});
      const engine = createSeasonEngine(season.index, asOf ? { asOf } : {});
      const o = seasonOverview(engine.index, stageMembership(engine));
      if (opts.json) return printJson(ctx.output, o);
      const out = ctx.output.out;
      out(`${o.name} (${o.id})${asOf ? ` — as of ${asOf}` : ''}`);
      out(
        `${o.counts.clubs} clubs · ${o.counts.teams} teams · ${o.counts.venues} venues · ${o.counts.people} people · ${o.counts.matches} matches, ${o.counts.results} with a result`,
      );
      for (const c of o.competitions) {
        out('');
        out(`${c.name} [${c.id}] — ${c.teams} teams`);
        const rows = c.stages.map((s) => {
          const shape =
            s.format === 'groups'
              ? `${s.groups} groups, ${s.teams} teams`
              : s.format === 'knockout'
                ? `${s.groups} round(s)${s.teams ? `, ${s.teams} teams` : ''}`
                : `${s.teams} teams`;
          const results = `${s.knownResults}${s.expectedMatches !== undefined ? ` of ${s.expectedMatches}` : ''}`;
          const other = [
            s.playedScoreUnknown ? `${s.playedScoreUnknown} played, score unknown` : '',
            s.scheduled ? `${s.scheduled} scheduled` : '',
            ...s.unknown.map((u) => `unknown: ${u}`),
          ]
            .filter(Boolean)
            .join('; ');
          return [`  ${s.name}`, s.format, shape, results, other];
        });
        out(
          textTable(
            ['  stage', 'format', 'shape', 'results', 'notes'].map((header) => ({ header })),
            rows,
          ),
        );
      }
    });
}
