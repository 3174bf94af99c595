import type { GroupTable } from '../core/engine/index.ts';
import { csvText } from './csv-text.ts';

/**
 * Every row of the tables, one line each, for a spreadsheet: what `torneo table --csv` prints and the
 * API's tables give as text/csv.
 */
export function tablesCsv(tables: readonly GroupTable[], teamName: (id: string) => string): string {
  return csvText(
    [
      'competition',
      'stage',
      'group',
      'position',
      'team',
      'team_id',
      'played',
      'won',
      'drawn',
      'lost',
      'goals_for',
      'goals_against',
      'goal_difference',
      'points',
      'adjustment',
    ],
    tables.flatMap((t) =>
      t.rows.map((r) => [
        t.competition,
        t.stage,
        t.group,
        r.position,
        teamName(r.team),
        r.team,
        r.played,
        r.won,
        r.drawn,
        r.lost,
        r.goalsFor,
        r.goalsAgainst,
        r.goalDifference,
        r.points,
        r.adjustment,
      ]),
    ),
  );
}
