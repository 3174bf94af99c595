import type { TeamId } from '../model/ids.ts';
import type { Adjustment, TiebreakerId } from '../model/rules.ts';
import type { TieEvent } from '../tiebreakers/criterion.ts';
import { LEVEL, type TieRecord } from '../tiebreakers/split-ties.ts';
import { formOf } from './form.ts';
import { matchCountOf, type MatchColumns, type TableSide } from './match-columns.ts';
import type { ColumnRanking } from './rank-columns.ts';
import type { SideTotals } from './totals.ts';
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
  const { order, separation, position, pending, totals, rules } = ranking;
  const form = formOf(parts.columns, side, parts.limit ?? matchCountOf(parts.columns));
  const criterion = (k: number | undefined): TiebreakerId | null =>
    k === undefined || k === LEVEL || k === 0 ? null : rules.tiebreakers[k]!;
  const rows: StandingRow[] = [];
  for (let i = 0; i < order.length; i++) {
    const t = order[i]!;
    const team = teams[t]!;
    const won = totals.won[t]!;
    const drawn = totals.drawn[t]!;
    const lost = totals.lost[t]!;
    const goalsFor = totals.goalsFor[t]!;
    const goalsAgainst = totals.goalsAgainst[t]!;
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
      points: totals.points[t]!,
      adjustment: totals.adjustment[t]!,
      adjustments: side === 'all' ? adjustments.filter((a) => a.team === team) : [],
      home: sideRecord(totals.home, t),
      away: sideRecord(totals.away, t),
      form: form[t]!,
      decidedBy: { above: criterion(separation[i - 1]), below: criterion(separation[i]) },
      level: separation[i - 1] === LEVEL || separation[i] === LEVEL,
      playoffPending: pending[t] === 1,
    });
  }
  const ids = (xs: ArrayLike<number>): TeamId[] => Array.from(xs, (t) => teams[t]!);
  const explanations = ranking.ties.map((tie) => explain(tie, order, ids, rules.tiebreakers));
  const notes: TableNote[] = [
    ...ranking.events.map((e) => noteOf(e, ids)),
    ...ranking.ties.flatMap((tie): TableNote[] =>
      tie.outcome === 'split'
        ? []
        : [{ code: tie.outcome, teams: ids(Array.from(order.subarray(tie.start, tie.end))) }],
    ),
    ...(side === 'all' ? adjustments : []).map((a): TableNote => ({
      code: 'adjustment',
      team: a.team,
      points: a.points,
      reason: a.reason,
      ...(a.effective ? { effective: a.effective } : {}),
    })),
  ];
  return { rows, explanations, notes, complete: parts.settled && !pending.includes(1) };
}

function sideRecord(s: SideTotals, t: number): SideRecord {
  const won = s.won[t]!;
  const drawn = s.drawn[t]!;
  const lost = s.lost[t]!;
  const goalsFor = s.goalsFor[t]!;
  const goalsAgainst = s.goalsAgainst[t]!;
  const goalDifference = goalsFor - goalsAgainst;
  return {
    played: won + drawn + lost,
    won,
    drawn,
    lost,
    goalsFor,
    goalsAgainst,
    goalDifference,
    points: s.points[t]!,
  };
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
