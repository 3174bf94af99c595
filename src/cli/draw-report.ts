import type { DrawError, DrawStep } from '../core/draw/index.ts';
import { shownPath } from '../season/source-files.ts';
import { CliError } from './cli-error.ts';
import type { CommandContext } from './context.ts';
import { describeDrawError, type DrawUnit } from './draw-error-text.ts';
import type { OpenedSeason } from './season-arg.ts';
import { writeFacts, type WriteTarget } from './write-facts.ts';
import type { JsonObject } from '../storage/index.ts';

/** What both kinds of draw (groups, knockout ties) share on their way to the terminal. */
export interface DrawReportFlags extends WriteTarget {
  readonly json?: boolean;
  readonly write?: boolean;
}

/** A team's name in the season, its id when the season does not know it. */
export type TeamName = (team: string) => string;

export function teamNames(season: OpenedSeason): TeamName {
  return (id) => season.index.teams.get(id)?.name ?? id;
}

/** The refusal when no outcome satisfies the rules: names the rules that conflict. */
export function noValidDraw(
  target: string,
  seed: number,
  e: DrawError,
  unit: DrawUnit,
  name: TeamName,
): CliError {
  return new CliError(
    'invalid_input',
    `no valid draw for '${target}' (seed ${seed}): ${describeDrawError(e, unit, name)}`,
  );
}

/**
 * Records the draw as a fact when `--write` is given, dated today; returns where it went.
 * The seed is kept with it so anyone can replay the draw.
 */
export async function recordDraw(
  ctx: CommandContext,
  arg: string,
  season: OpenedSeason,
  flags: DrawReportFlags,
  drawn: { readonly where: JsonObject; readonly seed: number; readonly outcome: JsonObject },
): Promise<string | undefined> {
  if (!flags.write) return undefined;
  const date = ctx.now().toISOString().slice(0, 10);
  return writeFacts(ctx, arg, season.doc.season.id, flags, 'draw', [
    { ...drawn.where, seed: drawn.seed, date, ...drawn.outcome },
  ]);
}

/** The draw's first line: what was drawn, and the command that replays it. */
export function drawHeading(
  ctx: CommandContext,
  title: string,
  arg: string,
  target: string,
  seed: number,
): void {
  ctx.output.out(
    `${title}: draw with seed ${seed} (npx torneo draw ${arg} ${target} --seed ${seed} replays it)`,
  );
}

/** Every ball in order, with the odds of each place it could have gone to. */
export function printDrawSteps(
  ctx: CommandContext,
  steps: readonly DrawStep[],
  place: (slot: string) => string,
  name: TeamName,
): void {
  for (const step of steps) {
    const odds = step.options.map((o) => `${place(o.group)} ${(o.probability * 100).toFixed(1)}%`).join(', ');
    ctx.output.out(
      `  ${String(step.step).padStart(2)}. ${step.pot ?? 'placed'}: ${name(step.team)} → ${place(step.group)}${step.pot ? `   (${odds})` : ''}`,
    );
  }
}

export function printRecorded(ctx: CommandContext, season: OpenedSeason, written: string | undefined): void {
  if (written)
    ctx.output.out(`recorded as a fact of ${season.doc.season.id} in ${shownPath(written, ctx.cwd)}`);
}
