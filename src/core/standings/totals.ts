import type { PointsSystem } from '../model/rules.ts';
import type { TeamStats } from '../tiebreakers/criterion.ts';
import { matchCountOf, type MatchColumns, type TableSide } from './match-columns.ts';
import { int32Columns } from './int32-columns.ts';
import { accumulate, emptyRecord, type RecordColumns } from './record-columns.ts';
import { outcomePoints } from './outcome-points.ts';

/** The numbers criteria compare for one table (all, home or away matches), by team index. */
export interface TableStats extends TeamStats {
  readonly drawn: Int32Array;
  readonly lost: Int32Array;
  /** The adjustment counted in `points`. */
  readonly adjustment: Int32Array;
}

/**
 * Running totals of the first `added` matches of some columns, by team index. `addUpTo` is
 * the one pass over the matches: four goal sums and two result counters per match, no more
 * than the typed-array bound does. Everything else is derived on demand: points (`stats`), and
 * the away part of the record (`away`, one more pass, only for a table that shows home and
 * away splits or a criterion that looks at away matches); home = all − away.
 */
export class Totals {
  readonly columns: MatchColumns;
  readonly teamCount: number;
  readonly all: RecordColumns;
  /** How many of the columns' matches have been added. */
  added = 0;
  private awayPart: RecordColumns | undefined;
  private awayAdded = 0;
  private readonly points: Int32Array;
  /** A column of zeros, for what a table does not count (no adjustments, no cards). */
  readonly zeros: Int32Array;

  constructor(columns: MatchColumns) {
    const n = columns.teamCount;
    this.columns = columns;
    this.teamCount = n;
    [this.zeros, this.points] = int32Columns(2, n) as [Int32Array, Int32Array];
    this.all = emptyRecord(n, this.zeros, columns);
  }

  /** Adds the matches from `added` up to (not including) `end`; all of them by default. */
  addUpTo(end = matchCountOf(this.columns)): void {
    accumulate(this.all, this.columns, this.added, end, false);
    this.added = end;
  }

  /** The away part of the record of the matches added so far. */
  away(): RecordColumns {
    const part = (this.awayPart ??= emptyRecord(this.teamCount, this.zeros, this.columns));
    accumulate(part, this.columns, this.awayAdded, this.added, true);
    this.awayAdded = this.added;
    return part;
  }

  /** The home part: all − away. */
  home(): RecordColumns {
    const away = this.away();
    const minus = (a: Int32Array, b: Int32Array): Int32Array => a.map((x, t) => x - b[t]!);
    const all = this.all;
    return {
      won: minus(all.won, away.won),
      drawn: minus(all.drawn, away.drawn),
      lost: minus(all.lost, away.lost),
      goalsFor: minus(all.goalsFor, away.goalsFor),
      goalsAgainst: minus(all.goalsAgainst, away.goalsAgainst),
      shootoutWon: minus(all.shootoutWon, away.shootoutWon),
      shootoutLost: minus(all.shootoutLost, away.shootoutLost),
      conduct: minus(all.conduct, away.conduct),
    };
  }

  /**
   * The numbers a table of `side` compares: points (with adjustments, in the full table only —
   * an adjustment belongs to neither home nor away) and the record they come from. The arrays
   * belong to the totals: adding matches changes them.
   */
  stats(system: PointsSystem, side: TableSide = 'all', adjustments?: Int32Array): TableStats {
    const record = side === 'all' ? this.all : side === 'away' ? this.away() : this.home();
    const adjustment = side === 'all' && adjustments ? adjustments : this.zeros;
    const { points } = this;
    const win = outcomePoints(system, 'win');
    const draw = outcomePoints(system, 'draw');
    const loss = outcomePoints(system, 'loss');
    const shootoutWin = outcomePoints(system, 'shootout_win') - draw;
    const shootoutLoss = outcomePoints(system, 'shootout_loss') - draw;
    const { won, drawn, lost, shootoutWon, shootoutLost } = record;
    for (let t = 0; t < this.teamCount; t++) {
      points[t] =
        won[t]! * win +
        drawn[t]! * draw +
        lost[t]! * loss +
        shootoutWon[t]! * shootoutWin +
        shootoutLost[t]! * shootoutLoss +
        adjustment[t]!;
    }
    return new SideStats(this, side, record, points, adjustment);
  }
}

/** Stats of one table; the away numbers are only worked out if a criterion asks for them. */
class SideStats implements TableStats {
  readonly won: Int32Array;
  readonly drawn: Int32Array;
  readonly lost: Int32Array;
  readonly goalsFor: Int32Array;
  readonly goalsAgainst: Int32Array;
  readonly conduct: Int32Array;
  private awayRecord: RecordColumns | undefined;
  private playedColumn: Int32Array | undefined;

  constructor(
    private readonly totals: Totals,
    private readonly side: TableSide,
    record: RecordColumns,
    readonly points: Int32Array,
    readonly adjustment: Int32Array,
  ) {
    this.won = record.won;
    this.drawn = record.drawn;
    this.lost = record.lost;
    this.goalsFor = record.goalsFor;
    this.goalsAgainst = record.goalsAgainst;
    this.conduct = record.conduct;
  }

  /** Matches played: worked out when a criterion asks (points per game). */
  get played(): Int32Array {
    return (this.playedColumn ??= this.won.map((w, t) => w + this.drawn[t]! + this.lost[t]!));
  }

  get awayGoalsFor(): Int32Array {
    return this.side === 'home' ? this.totals.zeros : this.away().goalsFor;
  }

  get awayWon(): Int32Array {
    return this.side === 'home' ? this.totals.zeros : this.away().won;
  }

  private away(): RecordColumns {
    return (this.awayRecord ??= this.totals.away());
  }
}
