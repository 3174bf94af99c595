import { randomInt } from 'node:crypto';
import type { Command } from 'commander';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { drawStageGroups } from '../draw-groups.ts';
import { drawRound } from '../draw-round.ts';
import { openSeason } from '../season-arg.ts';

interface DrawFlags {
  seed?: string;
  json?: boolean;
  write?: boolean;
  author?: string;
  db?: string;
}

export function registerDraw(program: Command, ctx: CommandContext): void {
  program
    .command('draw')
    .description(
      'draw the groups of a stage, or the ties of a knockout round: pots, placements and separation rules, uniform over every valid outcome, each ball with its exact odds, reproducible from the printed seed',
    )
    .argument('<season>', 'a season file or folder, or a season id in the database')
    .argument(
      '<target>',
      'competition/stage, or competition/stage/round for a knockout round (default: the next round to draw)',
    )
    .option('--seed <n>', 'the seed (a fresh one is chosen and printed when absent)')
    .option('--json', 'print the draw as JSON')
    .option(
      '--write',
      'record the draw as a fact: in the season folder’s YAML, or in the database with --db or a season id',
    )
    .option('--author <name>', 'who holds the draw (with --write)', 'torneo draw')
    .option('--db <url>', 'database (file path or postgres:// URL)')
    .action(async (arg: string, target: string, flags: DrawFlags) => {
      if (flags.seed !== undefined && !/^\d+$/.test(flags.seed))
        throw new CliError('usage', `--seed expects a whole number, got '${flags.seed}'`);
      const season = await openSeason(arg, ctx, flags.db ? { db: flags.db } : {});
      const [compId, stageId, roundId, ...rest] = target.split('/');
      const comp = season.index.competitions.get(compId ?? '');
      const stage = comp?.stages.find((s) => s.id === stageId);
      if (!comp || !stage || rest.length || (roundId !== undefined && stage.format !== 'knockout'))
        throw new CliError(
          'not_found',
          `no stage '${target}' in ${arg} (expected competition/stage[/round])`,
        );
      // The seed is the only randomness, chosen here at the edge and printed so anyone can replay the draw.
      const seed = flags.seed !== undefined ? Number(flags.seed) : randomInt(1, 2 ** 31 - 1);
      if (stage.format === 'knockout')
        return drawRound(ctx, season, arg, { comp, stage, round: roundId, seed, flags });
      if (stage.format !== 'groups')
        throw new CliError(
          'usage',
          `'${target}' is a ${stage.format} stage; a groups stage is drawn into groups, a knockout stage into ties`,
        );
      return drawStageGroups(ctx, season, arg, { comp, stage, seed, flags });
    });
}
