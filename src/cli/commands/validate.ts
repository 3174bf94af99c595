import type { Command } from 'commander';
import { seasonOverview } from '../../core/season/overview.ts';
import type { CommandContext } from '../context.ts';
import { printJson } from '../output.ts';
import { openSeason } from '../season-arg.ts';

export function registerValidate(program: Command, ctx: CommandContext): void {
  program
    .command('validate')
    .description('check a season definition (file or folder) and summarise what it holds')
    .argument('<season>', 'a season file or folder')
    .option('--json', 'print the summary as JSON')
    .action(async (arg: string, opts: { json?: boolean }) => {
      const season = await openSeason(arg, ctx);
      const o = seasonOverview(season.index);
      if (opts.json) return printJson(ctx.output, { valid: true, season: o.id, counts: o.counts, competitions: o.competitions.map((c) => ({ id: c.id, stages: c.stages.length })) });
      const n = o.counts;
      ctx.output.out(`${arg}: valid — ${o.name} (${o.id})`);
      ctx.output.out(`  ${n.clubs} clubs, ${n.teams} teams, ${n.venues} venues, ${n.people} people`);
      ctx.output.out(`  ${o.competitions.length} competitions, ${o.competitions.reduce((a, c) => a + c.stages.length, 0)} stages, ${n.links} links`);
      ctx.output.out(`  ${n.matches} matches (${n.results} with a result), ${n.adjustments} adjustments, ${n.outcomes} recorded outcomes, ${n.managerialChanges} managerial changes`);
      for (const w of season.warnings) ctx.output.err(w);
    });
}
