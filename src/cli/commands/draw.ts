import { randomInt } from 'node:crypto';
import type { Command } from 'commander';
import { drawGroups } from '../../core/draw/index.ts';
import { createSeasonEngine, drawSpecFor } from '../../core/engine/index.ts';
import { shownPath } from '../../season/source-files.ts';
import { CliError } from '../cli-error.ts';
import type { CommandContext } from '../context.ts';
import { describeDrawError } from '../draw-error-text.ts';
import { drawRound } from '../draw-round.ts';
import { printJson } from '../output.ts';
import { openSeason } from '../season-arg.ts';
import { writeFacts } from '../write-facts.ts';

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
      const name = (id: string) => season.index.teams.get(id)?.name ?? id;
      const spec = drawSpecFor(createSeasonEngine(season.index), comp, stage);
      const outcome = drawGroups(spec, seed);
      if (!outcome.ok)
        throw new CliError(
          'invalid_input',
          `no valid draw for '${target}' (seed ${seed}): ${describeDrawError(outcome.error, 'group', name)}`,
        );
      const draw = outcome.draw;
      const written = flags.write
        ? await writeFacts(ctx, arg, season.doc.season.id, flags, 'draw', [
            {
              competition: comp.id,
              stage: stage.id,
              seed: draw.seed,
              date: ctx.now().toISOString().slice(0, 10),
              groups: Object.fromEntries(draw.groups.map((g) => [g.id, [...g.teams]])),
            },
          ])
        : undefined;
      if (flags.json)
        return printJson(ctx.output, {
          seed: draw.seed,
          method: draw.method,
          outcomes: draw.outcomes,
          groups: draw.groups,
          steps: draw.steps,
          written: Boolean(flags.write),
        });
      const out = ctx.output.out;
      out(
        `${comp.name} — ${stage.name}: draw with seed ${draw.seed} (npx torneo draw ${arg} ${target} --seed ${draw.seed} replays it)`,
      );
      const drawn = draw.steps.filter((s) => s.pot);
      if (!drawn.length)
        out('nothing to draw: every team’s group follows from the rules (its entrants or its department)');
      else out(`uniform over ${draw.outcomes} valid outcomes (${draw.method})`);
      for (const step of drawn.length ? draw.steps : []) {
        const odds = step.options.map((o) => `${o.group} ${(o.probability * 100).toFixed(1)}%`).join(', ');
        out(
          `  ${String(step.step).padStart(2)}. ${step.pot ?? 'placed'}: ${name(step.team)} → ${step.group}${step.pot ? `   (${odds})` : ''}`,
        );
      }
      for (const g of draw.groups)
        out(
          `${stage.groups.find((x) => x.id === g.id)?.name ?? `Group ${g.id}`}: ${g.teams.map(name).join(', ')}`,
        );
      if (written) out(`recorded as a fact of ${season.doc.season.id} in ${shownPath(written, ctx.cwd)}`);
    });
}
