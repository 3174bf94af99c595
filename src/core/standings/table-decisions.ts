import type { IsoDate, TeamId } from '../model/ids.ts';
import type { Match } from '../model/match.ts';
import type { Adjustment } from '../model/rules.ts';
import { finalScore } from '../model/score.ts';
import type { PlayoffOutcome } from '../tiebreakers/criterion.ts';
import { countsAsOf, teamIndexOf } from './compact-matches.ts';

/** The adjustments that count as of a date: those effective on or before it (all of them without a date). */
export const adjustmentsAsOf = (
  adjustments: readonly Adjustment[],
  asOf: IsoDate | undefined,
): Adjustment[] =>
  adjustments.filter((a) => asOf === undefined || a.effective === undefined || a.effective <= asOf);

/** Adjustments summed per team index. */
export function adjustmentColumn(
  index: ReadonlyMap<TeamId, number>,
  adjustments: readonly Adjustment[],
): Int32Array {
  const column = new Int32Array(index.size);
  adjustments.forEach((a, i) => {
    const t = teamIndexOf(index, a.team, ['adjustments', i, 'team']);
    column[t] = column[t]! + a.points;
  });
  return column;
}

/** Recorded drawing-of-lots orders as team indices. */
export const lotsColumns = (
  index: ReadonlyMap<TeamId, number>,
  lots: readonly (readonly TeamId[])[],
): Int32Array[] =>
  lots.map((order, i) =>
    Int32Array.from(order, (team, j) => teamIndexOf(index, team, ['decisions', 'lots', i, j])),
  );

/**
 * Play-off matches with their winners, as team indices: the team it was awarded to; else the
 * side ahead after extra time; else the shoot-out winner. Undecided (-1) until it counts as of `asOf`.
 */
export function playoffOutcomes(
  index: ReadonlyMap<TeamId, number>,
  playoffs: readonly Match[],
  asOf: IsoDate | undefined,
): PlayoffOutcome[] {
  return playoffs.map((m, i) => {
    const home = teamIndexOf(index, m.home, ['decisions', 'playoffs', i, 'home']);
    const away = teamIndexOf(index, m.away, ['decisions', 'playoffs', i, 'away']);
    const winner = countsAsOf(m, asOf) ? winnerSide(m) : undefined;
    return { home, away, winner: winner === 'home' ? home : winner === 'away' ? away : -1 };
  });
}

function winnerSide(m: Match): 'home' | 'away' | undefined {
  if (m.awardedTo !== undefined) return m.awardedTo === m.home ? 'home' : 'away';
  const goals = finalScore(m.result!);
  const pens = m.result!.penalties;
  const [x, y] = goals.home !== goals.away || !pens ? [goals.home, goals.away] : [pens.home, pens.away];
  return x > y ? 'home' : x < y ? 'away' : undefined;
}
