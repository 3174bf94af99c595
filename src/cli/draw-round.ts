import type { CompetitionDoc, StageDoc } from '../core/definition/index.ts';
import { byeSlot, drawKnockout } from '../core/draw/index.ts';
import {
  createSeasonEngine,
  drawnTieId,
  roundDrawRequest,
  type RoundDrawError,
} from '../core/engine/index.ts';
import { CliError } from './cli-error.ts';
import type { CommandContext } from './context.ts';
import {
  drawHeading,
  noValidDraw,
  printDrawSteps,
  printRecorded,
  recordDraw,
  teamNames,
  type DrawReportFlags,
  type TeamName,
} from './draw-report.ts';
import { printJson } from './output.ts';
import type { OpenedSeason } from './season-arg.ts';

/**
 * `torneo draw <season> <competition>/<stage>[/<round>]` on a knockout stage: the pairings of
 * a round (the first one not drawn yet when none is named), uniform over every valid outcome,
 * each ball with its exact odds; `--write` records them as a draw fact, which the engine then
 * takes as the round's ties.
 */
export async function drawRound(
  ctx: CommandContext,
  season: OpenedSeason,
  arg: string,
  req: {
    comp: CompetitionDoc;
    stage: StageDoc;
    round: string | undefined;
    seed: number;
    flags: DrawReportFlags;
  },
): Promise<void> {
  const { comp, stage, seed, flags } = req;
  const name = teamNames(season);
  const request = roundDrawRequest(createSeasonEngine(season.index), comp, stage, req.round);
  if (!request.ok) throw refusal(request.error, `${comp.id}/${stage.id}`, name);
  const { round, spec } = request.value;
  const target = `${comp.id}/${stage.id}/${round.id}`;
  const outcome = drawKnockout(spec, seed);
  if (!outcome.ok) throw noValidDraw(target, seed, outcome.error, 'tie', name);
  const draw = outcome.draw;
  const written = await recordDraw(ctx, arg, season, flags, {
    where: { competition: comp.id, stage: stage.id, round: round.id },
    seed: draw.seed,
    outcome: {
      pairs: draw.ties.map((t) => [t.home, t.away]),
      ...(draw.byes.length ? { byes: [...draw.byes] } : {}),
    },
  });
  if (flags.json)
    return printJson(ctx.output, {
      seed: draw.seed,
      method: draw.method,
      outcomes: draw.outcomes,
      round: round.id,
      ties: draw.ties.map((t) => ({
        id: drawnTieId(round.id, t.tie),
        tie: t.tie,
        home: t.home,
        away: t.away,
      })),
      byes: draw.byes,
      steps: draw.steps,
      written: Boolean(flags.write),
    });
  const out = ctx.output.out;
  drawHeading(ctx, `${comp.name} — ${stage.name}, ${round.name}`, arg, target, draw.seed);
  out(`uniform over ${draw.outcomes} valid outcomes (${draw.method})`);
  printDrawSteps(ctx, draw.steps, (s) => (s.startsWith('bye-') ? `bye ${s.slice(4)}` : `tie ${s}`), name);
  for (const t of draw.ties) out(`Tie ${t.tie}: ${name(t.home)} v ${name(t.away)}`);
  draw.byes.forEach((team, i) => out(`Bye ${byeSlot(i).slice(4)}: ${name(team)}`));
  printRecorded(ctx, season, written);
}

function refusal(e: RoundDrawError, stage: string, name: TeamName): CliError {
  switch (e.code) {
    case 'not-a-knockout':
      return new CliError('usage', `'${stage}' is not a knockout stage`);
    case 'no-round':
      return new CliError(
        e.round ? 'not_found' : 'usage',
        e.round
          ? `no round '${e.round}' in '${stage}'`
          : `every round of '${stage}' is drawn or played already`,
      );
    case 'already-drawn':
      return new CliError(
        'conflict',
        `'${stage}/${e.round}' was drawn already${e.seed !== undefined ? ` (seed ${e.seed}` : ''}${e.date ? `, ${e.date}` : ''}${e.seed !== undefined ? ')' : ''}`,
      );
    case 'already-paired':
      return new CliError(
        'conflict',
        `the ties of '${stage}/${e.round}' are fixed already, by the regulations or by the matches recorded: nothing to draw`,
      );
    case 'earlier-round-undecided':
      return new CliError(
        'invalid_input',
        `'${stage}/${e.round}' is drawn once '${e.earlier}' is decided; ${
          e.pending.length
            ? `${e.pending.length} tie(s) still open: ${e.pending.map((p) => (p.teams ? `${name(p.teams[0])} v ${name(p.teams[1])}` : p.tie)).join(', ')}`
            : `'${e.earlier}' has no ties yet (draw it first: torneo draw … ${stage}/${e.earlier})`
        }`,
      );
    case 'entrants-unknown':
      return new CliError(
        'invalid_input',
        `'${stage}/${e.round}' is drawn once its entrants are known; not known yet: ${e.slots.join(', ')}`,
      );
  }
}
