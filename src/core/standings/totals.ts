import type { PointsSystem } from '../model/rules.ts';
import type { TeamStats } from '../tiebreakers/criterion.ts';
import type { MatchColumns, TableSide } from './match-columns.ts';
import { outcomePoints } from './outcome-points.ts';

/** One side's record (home or away) by team index. */
export interface SideTotals {
  readonly won: Int32Array;
  readonly drawn: Int32Array;
  readonly lost: Int32Array;
  readonly goalsFor: Int32Array;
  readonly goalsAgainst: Int32Array;
  /** Draws won / lost on a shoot-out (also counted in `drawn`). */
  readonly shootoutWon: Int32Array;
  readonly shootoutLost: Int32Array;
  readonly conduct: Int32Array;
  /** Points from these matches, without adjustments; filled by `finish`. */
  readonly points: Int32Array;
}

const SIDE_FIELDS = 9;
const TOTAL_FIELDS = 11;

/**
 * Every number a table needs, in Int32Arrays indexed by team, all views of one buffer. Matches
 * are added with `add` (one pass, a handful of integer additions per match); `finish` turns the
 * home and away records into the totals that criteria compare. Adding more matches and calling
 * `finish` again is how a table moves from one matchday to the next.
 */
export class Totals implements TeamStats {
  readonly teamCount: number;
  readonly home: SideTotals;
  readonly away: SideTotals;
  readonly points: Int32Array;
  readonly played: Int32Array;
  readonly won: Int32Array;
  readonly drawn: Int32Array;
  readonly lost: Int32Array;
  readonly goalsFor: Int32Array;
  readonly goalsAgainst: Int32Array;
  readonly awayGoalsFor: Int32Array;
  readonly awayWon: Int32Array;
  readonly conduct: Int32Array;
  /** The adjustment counted in `points`, by team. */
  readonly adjustment: Int32Array;

  constructor(teamCount: number) {
    this.teamCount = teamCount;
    const buffer = new Int32Array(teamCount * (2 * SIDE_FIELDS + TOTAL_FIELDS));
    let next = 0;
    const view = (): Int32Array => buffer.subarray(next * teamCount, ++next * teamCount);
    const side = (): SideTotals => ({
      won: view(),
      drawn: view(),
      lost: view(),
      goalsFor: view(),
      goalsAgainst: view(),
      shootoutWon: view(),
      shootoutLost: view(),
      conduct: view(),
      points: view(),
    });
    this.home = side();
    this.away = side();
    this.points = view();
    this.played = view();
    this.won = view();
    this.drawn = view();
    this.lost = view();
    this.goalsFor = view();
    this.goalsAgainst = view();
    this.conduct = view();
    this.adjustment = view();
    this.awayGoalsFor = view();
    this.awayWon = view();
  }

  /** Adds matches `from` … `to − 1` of the columns. */
  add(columns: MatchColumns, from: number, to: number): void {
    const { home: hs, away: as } = this;
    const { home, away, homeGoals, awayGoals } = columns;
    const hw = hs.won,
      hd = hs.drawn,
      hl = hs.lost,
      hf = hs.goalsFor,
      ha = hs.goalsAgainst;
    const aw = as.won,
      ad = as.drawn,
      al = as.lost,
      af = as.goalsFor,
      aa = as.goalsAgainst;
    for (let m = from; m < to; m++) {
      const h = home[m]!;
      const a = away[m]!;
      const x = homeGoals[m]!;
      const y = awayGoals[m]!;
      hf[h] = hf[h]! + x;
      ha[h] = ha[h]! + y;
      af[a] = af[a]! + y;
      aa[a] = aa[a]! + x;
      if (x > y) {
        hw[h] = hw[h]! + 1;
        al[a] = al[a]! + 1;
      } else if (x < y) {
        hl[h] = hl[h]! + 1;
        aw[a] = aw[a]! + 1;
      } else {
        hd[h] = hd[h]! + 1;
        ad[a] = ad[a]! + 1;
      }
    }
    if (columns.shootout) addShootouts(this, columns, columns.shootout, from, to);
    if (columns.homeConduct && columns.awayConduct) {
      const hc = hs.conduct,
        ac = as.conduct,
        { homeConduct, awayConduct } = columns;
      for (let m = from; m < to; m++) {
        hc[home[m]!] = hc[home[m]!]! + homeConduct[m]!;
        ac[away[m]!] = ac[away[m]!]! + awayConduct[m]!;
      }
    }
  }

  /**
   * Computes points and the totals the criteria compare. `side` restricts the table to home or
   * away matches (adjustments belong to neither and count only in the full table).
   */
  finish(system: PointsSystem, side: TableSide = 'all', adjustments?: Int32Array): void {
    sidePoints(this.home, system);
    sidePoints(this.away, system);
    const { home: h, away: a } = this;
    const useHome = side !== 'away' ? 1 : 0;
    const useAway = side !== 'home' ? 1 : 0;
    for (let t = 0; t < this.teamCount; t++) {
      const won = useHome * h.won[t]! + useAway * a.won[t]!;
      const drawn = useHome * h.drawn[t]! + useAway * a.drawn[t]!;
      const lost = useHome * h.lost[t]! + useAway * a.lost[t]!;
      const adjustment = side === 'all' && adjustments ? adjustments[t]! : 0;
      this.won[t] = won;
      this.drawn[t] = drawn;
      this.lost[t] = lost;
      this.played[t] = won + drawn + lost;
      this.goalsFor[t] = useHome * h.goalsFor[t]! + useAway * a.goalsFor[t]!;
      this.goalsAgainst[t] = useHome * h.goalsAgainst[t]! + useAway * a.goalsAgainst[t]!;
      this.conduct[t] = useHome * h.conduct[t]! + useAway * a.conduct[t]!;
      this.adjustment[t] = adjustment;
      this.awayGoalsFor[t] = useAway * a.goalsFor[t]!;
      this.awayWon[t] = useAway * a.won[t]!;
      this.points[t] = useHome * h.points[t]! + useAway * a.points[t]! + adjustment;
    }
  }
}

function addShootouts(
  totals: Totals,
  columns: MatchColumns,
  shootout: Int8Array,
  from: number,
  to: number,
): void {
  const { home, away } = columns;
  const { home: hs, away: as } = totals;
  for (let m = from; m < to; m++) {
    const s = shootout[m]!;
    if (s === 0) continue;
    const h = home[m]!;
    const a = away[m]!;
    const [winner, loser] = s > 0 ? [hs.shootoutWon, as.shootoutLost] : [as.shootoutWon, hs.shootoutLost];
    const w = s > 0 ? h : a;
    const l = s > 0 ? a : h;
    winner[w] = winner[w]! + 1;
    loser[l] = loser[l]! + 1;
  }
}

function sidePoints(s: SideTotals, system: PointsSystem): void {
  const win = outcomePoints(system, 'win');
  const draw = outcomePoints(system, 'draw');
  const loss = outcomePoints(system, 'loss');
  const shootoutWin = outcomePoints(system, 'shootout_win');
  const shootoutLoss = outcomePoints(system, 'shootout_loss');
  for (let t = 0; t < s.points.length; t++) {
    const sw = s.shootoutWon[t]!;
    const sl = s.shootoutLost[t]!;
    s.points[t] =
      s.won[t]! * win +
      (s.drawn[t]! - sw - sl) * draw +
      sw * shootoutWin +
      sl * shootoutLoss +
      s.lost[t]! * loss;
  }
}
