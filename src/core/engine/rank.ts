import {
  isoDate,
  teamId,
  type Adjustment,
  type IsoDate,
  type Match,
  type TableRules,
} from '../model/index.ts';
import { computeStandings } from '../standings/index.ts';
import type { Table, TableNote, TieExplanation } from '../standings/table.ts';
import type { TableRow } from './engine-types.ts';

export interface RankInput {
  readonly teams: readonly string[];
  readonly matches: readonly Match[];
  readonly rules: TableRules;
  readonly adjustments: readonly Adjustment[];
  readonly lots: readonly (readonly string[])[];
  readonly playoffs: readonly Match[];
  readonly side: 'all' | 'home' | 'away';
  readonly asOf?: IsoDate | string;
  readonly seed?: number;
}

/** The standings engine, called with a stage's data; its rows and notes in the engine's shape. */
export function rank(input: RankInput): { rows: TableRow[]; notes: string[]; table: Table } {
  const table = computeStandings({
    teams: input.teams.map(teamId),
    matches: input.matches,
    rules: input.rules,
    adjustments: input.adjustments,
    decisions: { lots: input.lots.map((o) => o.map(teamId)), playoffs: input.playoffs },
    side: input.side,
    ...(input.asOf ? { asOf: isoDate(input.asOf) } : {}),
    ...(input.seed !== undefined ? { seed: input.seed } : {}),
  });
  const rows: TableRow[] = table.rows.map(({ adjustments, level, playoffPending, decidedBy, ...r }) => ({
    ...r,
    adjustmentNotes: adjustments.map(
      (a) =>
        `${a.points > 0 ? '+' : '−'}${Math.abs(a.points)}: ${a.reason}${a.source ? ` (${a.source})` : ''}`,
    ),
    decidedBy: decidedBy.below ?? decidedBy.above,
    ...(level || playoffPending ? { sharedPosition: true } : {}),
  }));
  return {
    rows,
    notes: [
      ...table.explanations.map(explain),
      ...table.notes
        .filter((n) => n.code !== 'adjustment' && n.code !== 'level' && n.code !== 'playoff_pending')
        .map(noteText),
    ],
    table,
  };
}

const CRITERION_WORDS: Record<string, string> = {
  points: 'points',
  goal_difference: 'goal difference',
  goals_for: 'goals scored',
  goals_against: 'goals conceded',
  goal_average: 'goal average',
  wins: 'wins',
  away_goals_for: 'away goals',
  away_wins: 'away wins',
  h2h_points: 'points in the matches among them',
  h2h_goal_difference: 'goal difference in the matches among them',
  h2h_goals_for: 'goals scored in the matches among them',
  h2h_away_goals_for: 'away goals in the matches among them',
  fair_play: 'fair play',
  lots: 'drawing of lots',
  playoff: 'a play-off',
  points_per_game: 'points per game',
};

/** "alianza-lima above juan-aurich, leon-de-huanuco on goal difference": the engine's ids; surfaces name the teams. */
function explain(e: TieExplanation): string {
  const groups = e.groups.map((g) => g.join(' = ')).join(' > ');
  if (e.outcome === 'level')
    return `${e.teams.join(', ')} level on every criterion: they share place ${e.from}`;
  if (e.outcome === 'playoff_pending')
    return `${e.teams.join(', ')} level: a play-off will decide place ${e.from}`;
  return `${groups} on ${CRITERION_WORDS[e.criterion ?? ''] ?? e.criterion}`;
}

function noteText(n: TableNote): string {
  switch (n.code) {
    case 'lots_drawn':
      return `${n.teams.join(', ')}: order drawn by lots (seed ${n.seed})`;
    case 'lots_recorded':
      return `${n.teams.join(', ')}: order decided by a recorded drawing of lots`;
    case 'playoff_pending':
      return `${n.teams.join(', ')}: play-off pending`;
    case 'playoff_decided':
      return `${n.teams.join(', ')}: order decided by a play-off`;
    case 'level':
      return `${n.teams.join(', ')}: level on every criterion`;
    case 'adjustment':
      return `${n.team}: ${n.points > 0 ? '+' : '−'}${Math.abs(n.points)} (${n.reason})`;
  }
}
