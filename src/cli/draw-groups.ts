import type { CompetitionDoc, StageDoc } from '../core/definition/index.ts';
import { drawGroups } from '../core/draw/index.ts';
import { createSeasonEngine, drawSpecFor } from '../core/engine/index.ts';
import type { CommandContext } from './context.ts';
import {
  drawHeading,
  noValidDraw,
  printDrawSteps,
  printRecorded,
  recordDraw,
  teamNames,
  type DrawReportFlags,
} from './draw-report.ts';
import { printJson } from './output.ts';
import type { OpenedSeason } from './season-arg.ts';

/**
 * `torneo draw <season> <competition>/<stage>` on a groups stage: every team into its group,
 * uniform over every valid outcome, each ball with its exact odds; `--write` records the groups
 * as a draw fact. Teams whose group follows from the rules (entrants, department) are placed,
 * not drawn.
 */
export async function drawStageGroups(
  ctx: CommandContext,
  season: OpenedSeason,
  arg: string,
  req: { comp: CompetitionDoc; stage: StageDoc & { format: 'groups' }; seed: number; flags: DrawReportFlags },
): Promise<void> {
  const { comp, stage, seed, flags } = req;
  const target = `${comp.id}/${stage.id}`;
  const name = teamNames(season);
  const outcome = drawGroups(drawSpecFor(createSeasonEngine(season.index), comp, stage), seed);
  if (!outcome.ok) throw noValidDraw(target, seed, outcome.error, 'group', name);
  const draw = outcome.draw;
  const written = await recordDraw(ctx, arg, season, flags, {
    where: { competition: comp.id, stage: stage.id },
    seed: draw.seed,
    outcome: { groups: Object.fromEntries(draw.groups.map((g) => [g.id, [...g.teams]])) },
  });
  if (flags.json)
    return printJson(ctx.output, {
      seed: draw.seed,
      method: draw.method,
      outcomes: draw.outcomes,
      groups: draw.groups,
      steps: draw.steps,
      written: Boolean(flags.write),
    });
  drawHeading(ctx, `${comp.name} — ${stage.name}`, arg, target, draw.seed);
  const drawn = draw.steps.some((s) => s.pot);
  if (!drawn)
    ctx.output.out(
      'nothing to draw: every team’s group follows from the rules (its entrants or its department)',
    );
  else {
    ctx.output.out(`uniform over ${draw.outcomes} valid outcomes (${draw.method})`);
    printDrawSteps(ctx, draw.steps, (group) => group, name);
  }
  for (const g of draw.groups)
    ctx.output.out(
      `${stage.groups.find((x) => x.id === g.id)?.name ?? `Group ${g.id}`}: ${g.teams.map(name).join(', ')}`,
    );
  printRecorded(ctx, season, written);
}
