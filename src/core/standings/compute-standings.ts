import { adjustmentColumn, adjustmentsAsOf, lotsColumns, playoffOutcomes } from './table-decisions.ts';
import { compactMatches, indexTeams } from './compact-matches.ts';
import { rankColumns } from './rank-columns.ts';
import type { StandingsInput } from './standings-input.ts';
import type { Table } from './table.ts';
import { tableFromRanking } from './table-from-ranking.ts';

/**
 * The table of a competition (or group) as its regulations rank it, as of a date when one is
 * given: matches in, standings out, with every tie-break explained. Pure: the same input gives
 * the same table, drawing of lots included (seeded).
 */
export function computeStandings(input: StandingsInput): Table {
  const { rules, asOf } = input;
  const side = input.side ?? 'all';
  const index = indexTeams(input.teams);
  const { columns, settled } = compactMatches(index, input.matches, {
    asOf,
    shootouts: rules.points.shootoutWin !== undefined || rules.points.shootoutLoss !== undefined,
    conduct: rules.tiebreakers.includes('fair_play'),
  });
  const adjustments = adjustmentsAsOf(input.adjustments ?? [], asOf);
  const ranking = rankColumns(columns, rules, {
    side,
    ...(adjustments.length > 0 ? { adjustments: adjustmentColumn(index, adjustments) } : {}),
    lots: lotsColumns(index, input.decisions?.lots ?? []),
    playoffs: playoffOutcomes(index, input.decisions?.playoffs ?? [], asOf),
    ...(input.seed === undefined ? {} : { seed: input.seed }),
  });
  return tableFromRanking({ teams: input.teams, columns, ranking, side, adjustments, settled });
}
