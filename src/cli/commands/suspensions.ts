import type { Command } from 'commander';
import { suspendedText, suspensions } from '../../core/eligibility/index.ts';
import { textTable } from '../../render/text-table.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { printJson } from '../output.ts';
import { openSeason } from '../season-arg.ts';

export function registerSuspensions(program: Command, ctx: CommandContext): void {
  program
    .command('suspensions')
    .description(
      "bans from accumulated cards under the competition's suspensions rules: per team, who, why, the match that brought it and the matches that serve it; banned players named in a line-up",
    )
    .argument('<season>', 'a season file or folder, or a season id in the database')
    .argument('<competition>', 'the competition')
    .option('--team <id>', 'only this team')
    .option('--db <url>', 'database (file path or postgres:// URL)')
    .option('--json', 'print {"suspensions":[…],"inLineups":[…]}')
    .action(
      async (arg: string, competition: string, flags: { team?: string; db?: string; json?: boolean }) => {
        const season = await openSeason(arg, ctx, flags.db ? { db: flags.db } : {});
        const comp = season.index.competitions.get(competition);
        if (!comp) throw new CliError('not_found', `no competition '${competition}' in ${arg}`);
        if (!comp.suspensions)
          throw new CliError(
            'not_found',
            `'${competition}' has no suspensions rules; add e.g. suspensions: { yellows: 5, yellowBan: 1, redBan: 1 } to the competition`,
          );
        const report = suspensions(season.index, competition);
        const mine = <T extends { team: string }>(list: readonly T[]) =>
          flags.team ? list.filter((x) => x.team === flags.team) : list;
        const bans = mine(report.suspensions);
        const inLineups = mine(report.inLineups);
        if (flags.json) return printJson(ctx.output, { competition, suspensions: bans, inLineups });
        const name = (id: string) =>
          season.index.teams.get(id)?.name ?? season.index.people.get(id)?.name ?? id;
        const r = comp.suspensions;
        ctx.output.out(
          `${typeof comp.name === 'string' ? comp.name : competition} — suspensions (${r.yellows} yellows: ${r.yellowBan} match(es); a sending-off: ${r.redBan})`,
        );
        if (!bans.length) return ctx.output.out('no bans');
        ctx.output.out(
          textTable(
            ['team', 'player', 'why', 'after', 'matches', 'served', 'to serve'].map((header, i) => ({
              header,
              align: i >= 4 ? ('right' as const) : ('left' as const),
            })),
            [...bans]
              .sort((a, b) => name(a.team).localeCompare(name(b.team)))
              .map((s) => [
                name(s.team),
                name(s.player),
                s.reason === 'red' ? 'sent off' : `${r.yellows} yellows`,
                s.after,
                String(s.matches),
                String(s.servedIn.length),
                String(s.matches - s.servedIn.length),
              ]),
          ),
        );
        for (const x of inLineups) ctx.output.err(`warning: ${suspendedText(x, name)}`);
      },
    );
}
