import type { Command } from 'commander';
import { checkEligibility, suspendedText, suspensions } from '../../core/eligibility/index.ts';
import { seasonOverview } from '../../core/season/overview.ts';
import { eligibilityText, unverifiableText } from '../../render/eligibility-text.ts';
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
      // Line-ups against each competition's eligibility rules: findings are warnings, the season stays valid.
      const reports = season.doc.competitions
        .filter((c) => c.eligibility?.length)
        .map((c) => checkEligibility(season.index, c.id));
      const violations = reports.flatMap((r) => r.violations);
      const unverifiable = reports.flatMap((r) => r.unverifiable);
      // Bans from cards (competitions with suspension rules): a banned player in a line-up is a warning.
      const banned = season.doc.competitions
        .filter((c) => c.suspensions)
        .map((c) => ({ competition: c.id, ...suspensions(season.index, c.id) }));
      const name = (id: string) =>
        season.index.teams.get(id)?.name ?? season.index.people.get(id)?.name ?? id;
      if (opts.json)
        return printJson(ctx.output, {
          valid: true,
          season: o.id,
          counts: o.counts,
          competitions: o.competitions.map((c) => ({ id: c.id, stages: c.stages.length })),
          eligibility: {
            lineupsChecked: reports.reduce((a, r) => a + r.lineupsChecked, 0),
            violations,
            unverifiable,
          },
          suspensions: banned,
        });
      const n = o.counts;
      ctx.output.out(`${arg}: valid — ${o.name} (${o.id})`);
      ctx.output.out(`  ${n.clubs} clubs, ${n.teams} teams, ${n.venues} venues, ${n.people} people`);
      ctx.output.out(
        `  ${o.competitions.length} competitions, ${o.competitions.reduce((a, c) => a + c.stages.length, 0)} stages, ${n.links} links`,
      );
      ctx.output.out(
        `  ${n.matches} matches (${n.results} with a result), ${n.adjustments} adjustments, ${n.outcomes} recorded outcomes, ${n.managerialChanges} managerial changes`,
      );
      if (reports.length)
        ctx.output.out(
          `  eligibility: ${reports.reduce((a, r) => a + r.lineupsChecked, 0)} line-ups checked, ${violations.length} violation(s), ${unverifiable.length} player(s) that cannot be checked`,
        );
      for (const v of violations) ctx.output.err(`warning: eligibility: ${eligibilityText(v, name)}`);
      for (const u of unverifiable) ctx.output.err(`warning: eligibility: ${unverifiableText(u, name)}`);
      if (banned.length)
        ctx.output.out(
          `  suspensions: ${banned.reduce((a, b) => a + b.suspensions.length, 0)} ban(s) from cards, ${banned.reduce((a, b) => a + b.inLineups.length, 0)} banned player(s) in a line-up`,
        );
      for (const b of banned)
        for (const x of b.inLineups) ctx.output.err(`warning: suspensions: ${suspendedText(x, name)}`);
      for (const w of season.warnings) ctx.output.err(w);
    });
}
