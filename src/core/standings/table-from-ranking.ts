import type { TeamId } from '../model/ids.ts';
import type { Adjustment, PointsSystem, TiebreakerId } from '../model/rules.ts';
import type { TieEvent } from '../tiebreakers/criterion.ts';
import { LEVEL, type TieRecord } from '../tiebreakers/split-ties.ts';
import { formOf } from './form.ts';
import { matchCountOf, type MatchColumns, type TableSide } from './match-columns.ts';
import type { ColumnRanking } from './rank-columns.ts';
import type { RecordColumns } from './record-columns.ts';
import { outcomePoints } from './outcome-points.ts';
import type { SideRecord, StandingRow, Table, TableNote, TieExplanation } from './table.ts';

export interface TableParts {
  readonly teams: readonly TeamId[];
  readonly columns: MatchColumns;
  readonly ranking: ColumnRanking;
  readonly side: TableSide;
  /** The adjustments counted, with their reasons. */
  readonly adjustments: readonly Adjustment[];
  /** Every match is settled: with no play-off pending, the table is final. */
  readonly settled: boolean;
  readonly limit?: number;
}

/** Row objects, explanations and notes for a ranked table: built once, at the end. */
export function tableFromRanking(parts: TableParts): Table {
  const { teams, ranking, side, adjustments } = parts;
  const { order, separation, position, totals, stats, rules } = ranking;
  const pending = new Set(ranking.pending);
  const away = totals.away();
  const form = formOf(parts.columns, side, parts.limit ?? matchCountOf(parts.columns));
  const criterion = (k: number | undefined): TiebreakerId | null =>
    k === undefined || k === LEVEL || k === 0 ? null : rules.tiebreakers[k]!;
  const rows: StandingRow[] = [];
  for (let i = 0; i < order.length; i++) {
    const t = order[i]!;
    const team = teams[t]!;
    const won = stats.won[t]!;
    const drawn = stats.drawn[t]!;
    const lost = stats.lost[t]!;
    const goalsFor = stats.goalsFor[t]!;
    const goalsAgainst = stats.goalsAgainst[t]!;
    rows.push({
      position: position[t]!,
      team,
      played: won + drawn + lost,
      won,
      drawn,
      lost,
      goalsFor,
      goalsAgainst,
      goalDifference: goalsFor - goalsAgainst,
      points: stats.points[t]!,
      adjustment: stats.adjustment[t]!,
      adjustments: side === 'all' ? adjustments.filter((a) => a.team === team) : [],
      home: sideRecord(totals.all, away, t, 'home', rules.points),
      away: sideRecord(totals.all, away, t, 'away', rules.points),
      form: form[t]!,
      decidedBy: { above: criterion(separation[i - 1]), below: criterion(separation[i]) },
      level: separation[i - 1] === LEVEL || separation[i] === LEVEL,
      playoffPending: pending.has(t),
    });
  }
  const ids = (xs: ArrayLike<number>): TeamId[] => Array.from(xs, (t) => teams[t]!);
  const explanations = ranking.ties.map((tie) => explain(tie, order, ids, rules.tiebreakers));
  const notes: TableNote[] = [
    ...ranking.events.map((e) => noteOf(e, ids)),
    ...ranking.ties.flatMap((tie): TableNote[] =>
      tie.outcome === 'split' ? [] : [{ code: tie.outcome, teams: ids(order.subarray(tie.start, tie.end)) }],
    ),
    ...(side === 'all' ? adjustments : []).map((a): TableNote => ({
      code: 'adjustment',
      team: a.team,
      points: a.points,
      reason: a.reason,
      ...(a.effective ? { effective: a.effective } : {}),
    })),
  ];
  return { rows, explanations, notes, complete: parts.settled && pending.size === 0 };
}

/** A team's home or away record: home = all − away; points from the same rule as the table's. */
function sideRecord(
  all: RecordColumns,
  away: RecordColumns,
  t: number,
  side: 'home' | 'away',
  system: PointsSystem,
): SideRecord {
  const pick = (r: keyof RecordColumns): number => (side === 'away' ? away[r][t]! : all[r][t]! - away[r][t]!);
  const won = pick('won');
  const drawn = pick('drawn');
  const lost = pick('lost');
  const goalsFor = pick('goalsFor');
  const goalsAgainst = pick('goalsAgainst');
  const shootoutWon = pick('shootoutWon');
  const shootoutLost = pick('shootoutLost');
  const points =
    won * outcomePoints(system, 'win') +
    (drawn - shootoutWon - shootoutLost) * outcomePoints(system, 'draw') +
    shootoutWon * outcomePoints(system, 'shootout_win') +
    shootoutLost * outcomePoints(system, 'shootout_loss') +
    lost * outcomePoints(system, 'loss');
  const goalDifference = goalsFor - goalsAgainst;
  return { played: won + drawn + lost, won, drawn, lost, goalsFor, goalsAgainst, goalDifference, points };
}

function explain(
  tie: TieRecord,
  order: Int32Array,
  ids: (xs: ArrayLike<number>) => TeamId[],
  tiebreakers: readonly TiebreakerId[],
): TieExplanation {
  const bounds = [tie.start, ...tie.cuts, tie.end];
  const groups = bounds.slice(1).map((end, g) => ids(Array.from(order.subarray(bounds[g]!, end))));
  const teamIds = ids(tie.teams);
  return {
    teams: ids(Array.from(order.subarray(tie.start, tie.end))),
    from: tie.start + 1,
    criterion: tie.criterion === LEVEL ? null : tiebreakers[tie.criterion]!,
    outcome: tie.outcome,
    groups,
    values: tie.values.map((value, i) => ({ team: teamIds[i]!, value })),
    ...(tie.among ? { among: ids(tie.among) } : {}),
  };
}

function noteOf(event: TieEvent, ids: (xs: ArrayLike<number>) => TeamId[]): TableNote {
  switch (event.kind) {
    case 'lots_drawn':
      return { code: 'lots_drawn', teams: ids(event.teams), seed: event.seed };
    case 'lots_recorded':
      return { code: 'lots_recorded', teams: ids(event.teams) };
    case 'playoff_decided':
      return { code: 'playoff_decided', teams: ids(event.teams) };
  }
}
