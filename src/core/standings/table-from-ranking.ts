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
  const worth = outcomeWorth(rules.points);
  const adjustmentsOf = teamAdjustments(side === 'all' ? adjustments : []);
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
      adjustments: adjustmentsOf.get(team) ?? [],
      home: sideRecord(totals.all, away, t, false, worth),
      away: sideRecord(totals.all, away, t, true, worth),
      form: form[t]!,
      decidedBy: { above: criterion(separation[i - 1]), below: criterion(separation[i]) },
      level: separation[i - 1] === LEVEL || separation[i] === LEVEL,
      playoffPending: pending.has(t),
    });
  }
  // A plain loop: Array.from over a typed array walks the iterator protocol, several times slower.
  const ids = (xs: ArrayLike<number>): TeamId[] => {
    const out = new Array<TeamId>(xs.length);
    for (let i = 0; i < xs.length; i++) out[i] = teams[xs[i]!]!;
    return out;
  };
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

/** What each outcome is worth under a points system, looked up once per table. */
interface OutcomeWorth {
  readonly win: number;
  readonly draw: number;
  readonly loss: number;
  readonly shootoutWin: number;
  readonly shootoutLoss: number;
}

const outcomeWorth = (system: PointsSystem): OutcomeWorth => ({
  win: outcomePoints(system, 'win'),
  draw: outcomePoints(system, 'draw'),
  loss: outcomePoints(system, 'loss'),
  shootoutWin: outcomePoints(system, 'shootout_win'),
  shootoutLoss: outcomePoints(system, 'shootout_loss'),
});

/** Each team's adjustments, in the order given (a team without any is not in the map). */
function teamAdjustments(adjustments: readonly Adjustment[]): Map<TeamId, Adjustment[]> {
  const byTeam = new Map<TeamId, Adjustment[]>();
  for (const a of adjustments) {
    const list = byTeam.get(a.team);
    if (list) list.push(a);
    else byTeam.set(a.team, [a]);
  }
  return byTeam;
}

/** A team's home or away record: home = all − away; points from the same rule as the table's. */
function sideRecord(
  all: RecordColumns,
  away: RecordColumns,
  t: number,
  isAway: boolean,
  worth: OutcomeWorth,
): SideRecord {
  const a = (col: Int32Array) => col[t]!;
  const h = (col: Int32Array, part: Int32Array) => col[t]! - part[t]!;
  const won = isAway ? a(away.won) : h(all.won, away.won);
  const drawn = isAway ? a(away.drawn) : h(all.drawn, away.drawn);
  const lost = isAway ? a(away.lost) : h(all.lost, away.lost);
  const goalsFor = isAway ? a(away.goalsFor) : h(all.goalsFor, away.goalsFor);
  const goalsAgainst = isAway ? a(away.goalsAgainst) : h(all.goalsAgainst, away.goalsAgainst);
  const shootoutWon = isAway ? a(away.shootoutWon) : h(all.shootoutWon, away.shootoutWon);
  const shootoutLost = isAway ? a(away.shootoutLost) : h(all.shootoutLost, away.shootoutLost);
  const points =
    won * worth.win +
    (drawn - shootoutWon - shootoutLost) * worth.draw +
    shootoutWon * worth.shootoutWin +
    shootoutLost * worth.shootoutLoss +
    lost * worth.loss;
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
  const groups = bounds.slice(1).map((end, g) => ids(order.subarray(bounds[g]!, end)));
  const teamIds = ids(tie.teams);
  return {
    teams: ids(order.subarray(tie.start, tie.end)),
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
