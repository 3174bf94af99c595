import type { PointsSystem } from '../model/rules.ts';
import type { HeadToHeadStats } from '../tiebreakers/criterion.ts';
import { matchCountOf, type MatchColumns, type TableSide } from './match-columns.ts';
import { outcomePoints } from './outcome-points.ts';

/**
 * Mini-tables of tied teams: each team's home matches are indexed once (built on first use,
 * so a table without ties on head-to-head never pays for it); a mini-table then costs the
 * tied teams' own matches, not the whole season's. Only matches between two tied teams count.
 */
export class HeadToHead {
  readonly stats: HeadToHeadStats;
  /** Matches at or beyond this index are not counted (a table as of an earlier matchday). */
  limit: number;
  private readonly columns: MatchColumns;
  private readonly side: TableSide;
  private readonly outcome: readonly [
    win: number,
    draw: number,
    loss: number,
    shootoutWin: number,
    shootoutLoss: number,
  ];
  private readonly mark: Int32Array;
  private stamp = 0;
  private calls = 0;
  private homeStart: Int32Array | undefined;
  private homeMatches: Int32Array | undefined;

  constructor(columns: MatchColumns, system: PointsSystem, side: TableSide, limit = matchCountOf(columns)) {
    const n = columns.teamCount;
    const buffer = new Int32Array(4 * n);
    this.stats = {
      points: buffer.subarray(0, n),
      goalsFor: buffer.subarray(n, 2 * n),
      goalsAgainst: buffer.subarray(2 * n, 3 * n),
      awayGoalsFor: buffer.subarray(3 * n, 4 * n),
    };
    this.columns = columns;
    this.side = side;
    this.limit = limit;
    this.mark = new Int32Array(n);
    const p = (o: Parameters<typeof outcomePoints>[1]): number => outcomePoints(system, o);
    this.outcome = [p('win'), p('draw'), p('loss'), p('shootout_win'), p('shootout_loss')];
  }

  compute(teams: Int32Array): void {
    const { points, goalsFor, goalsAgainst, awayGoalsFor } = this.stats;
    const stamp = ++this.stamp;
    for (const t of teams) {
      this.mark[t] = stamp;
      points[t] = goalsFor[t] = goalsAgainst[t] = awayGoalsFor[t] = 0;
    }
    // The first mini-tables scan the matches directly; from the third on, an index of each
    // team's home matches pays for itself (a big league with many ties on points).
    if (++this.calls <= 2 && this.homeStart === undefined) {
      for (let m = 0; m < this.limit; m++) this.count(m, stamp);
      return;
    }
    const [start, list] = this.index();
    for (const h of teams) {
      for (let j = start[h]!; j < start[h + 1]! && list[j]! < this.limit; j++) this.count(list[j]!, stamp);
    }
  }

  /** Adds match m to the mini-table when both its teams are in it. */
  private count(m: number, stamp: number): void {
    const { home, away, homeGoals, awayGoals, shootout } = this.columns;
    const h = home[m]!;
    const a = away[m]!;
    if (this.mark[h] !== stamp || this.mark[a] !== stamp) return;
    const { points, goalsFor, goalsAgainst, awayGoalsFor } = this.stats;
    const [win, draw, loss, shootoutWin, shootoutLoss] = this.outcome;
    const x = homeGoals[m]!;
    const y = awayGoals[m]!;
    const s = shootout?.[m] ?? 0;
    if (this.side !== 'away') {
      goalsFor[h] = goalsFor[h]! + x;
      goalsAgainst[h] = goalsAgainst[h]! + y;
      points[h] =
        points[h]! + (x > y ? win : x < y ? loss : s > 0 ? shootoutWin : s < 0 ? shootoutLoss : draw);
    }
    if (this.side !== 'home') {
      goalsFor[a] = goalsFor[a]! + y;
      goalsAgainst[a] = goalsAgainst[a]! + x;
      awayGoalsFor[a] = awayGoalsFor[a]! + y;
      points[a] =
        points[a]! + (y > x ? win : y < x ? loss : s < 0 ? shootoutWin : s > 0 ? shootoutLoss : draw);
    }
  }

  /** Each team's home matches, in match order (a counting sort: two passes over the matches). */
  private index(): [Int32Array, Int32Array] {
    if (this.homeStart && this.homeMatches) return [this.homeStart, this.homeMatches];
    const { home, teamCount } = this.columns;
    const count = matchCountOf(this.columns);
    const start = new Int32Array(teamCount + 1);
    for (let m = 0; m < count; m++) start[home[m]! + 1]!++;
    for (let t = 0; t < teamCount; t++) start[t + 1] = start[t + 1]! + start[t]!;
    const fill = start.slice(0, teamCount);
    const list = new Int32Array(count);
    for (let m = 0; m < count; m++) list[fill[home[m]!]!++] = m;
    this.homeStart = start;
    this.homeMatches = list;
    return [start, list];
  }
}
