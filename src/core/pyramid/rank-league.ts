import type { TableRules } from '../model/index.ts';
import { THREE_POINTS } from '../model/index.ts';
import { rankColumns, type MatchColumns } from '../standings/index.ts';

/**
 * The table rules simulated mini-leagues use: three points a win, then goal difference,
 * goals scored, and lots (drawn from the simulation's seed). Copa Perú's own regulations differ
 * by league; a structure that needs them can pass its own.
 */
export const SIMULATION_TABLE_RULES: TableRules = {
  points: THREE_POINTS,
  tiebreakers: ['points', 'goal_difference', 'goals_for', 'lots'],
  headToHead: 'reapply',
};

export interface LeagueRanking {
  /** Team numbers (0 … teams − 1), best first. */
  readonly order: Int32Array;
  /** By team number: played, won, drawn, lost, goals for, goals against, points. */
  readonly record: Int32Array;
}

export const RECORD_FIELDS = 7;

/**
 * Ranks a mini-league given as columns. The one place the pyramid ranks a table: the order
 * comes from the standings engine's columnar door (`rankColumns`), so the pyramid breaks ties
 * exactly as every other table in Torneo; the record is tallied here from the same columns.
 */
export function rankLeague(
  columns: MatchColumns,
  seed: number,
  rules: TableRules = SIMULATION_TABLE_RULES,
): LeagueRanking {
  const { order } = rankColumns(columns, rules, { seed });
  const record = new Int32Array(columns.teamCount * RECORD_FIELDS);
  const tally = (team: number, scored: number, conceded: number) => {
    const at = team * RECORD_FIELDS;
    record[at] = (record[at] as number) + 1;
    const field = scored > conceded ? 1 : scored === conceded ? 2 : 3;
    record[at + field] = (record[at + field] as number) + 1;
    record[at + 4] = (record[at + 4] as number) + scored;
    record[at + 5] = (record[at + 5] as number) + conceded;
    const points =
      scored > conceded ? rules.points.win : scored === conceded ? rules.points.draw : rules.points.loss;
    record[at + 6] = (record[at + 6] as number) + points;
  };
  const n = columns.matchCount ?? columns.home.length;
  for (let m = 0; m < n; m++) {
    const [h, a] = [columns.home[m] as number, columns.away[m] as number];
    const [hg, ag] = [columns.homeGoals[m] as number, columns.awayGoals[m] as number];
    tally(h, hg, ag);
    tally(a, ag, hg);
  }
  return { order, record };
}
