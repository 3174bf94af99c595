import type { LeagueData } from '../data/league-data.ts';

/** One row of a peer's final table, read back from the peer: our team index and its points. */
export interface PeerStanding {
  readonly team: number;
  readonly points: number;
}

/**
 * An open-source peer run the peer's own way: it creates the double round robin in its own
 * model (its own pairings), records the very results Torneo gets (looked up by team pair and
 * leg), and reads its final table back.
 */
export interface PeerAdapter {
  /** The npm package, as pinned in package.json. */
  readonly name: string;
  /** What the peer can and cannot represent of a football table: goes into the row's note. */
  readonly note: string;
  run(data: LeagueData, scores: PairScores): PeerStanding[] | Promise<PeerStanding[]>;
}

/**
 * The results of a double round robin by ordered pair: `home[h * n + a]` goals of team `h` at
 * home against team `a` (each ordered pair plays once). Built before timing starts, so a peer
 * pays one array read per result, as Torneo does.
 */
export interface PairScores {
  readonly teamCount: number;
  readonly homeGoals: Int32Array;
  readonly awayGoals: Int32Array;
}

export function pairScores(data: LeagueData): PairScores {
  const n = data.teams.length;
  const homeGoals = new Int32Array(n * n).fill(-1);
  const awayGoals = new Int32Array(n * n).fill(-1);
  for (let i = 0; i < data.home.length; i++) {
    const k = data.home[i]! * n + data.away[i]!;
    if (homeGoals[k] !== -1)
      throw new Error(`pair ${data.home[i]}-${data.away[i]} plays twice at the same ground`);
    homeGoals[k] = data.homeGoals[i]!;
    awayGoals[k] = data.awayGoals[i]!;
  }
  return { teamCount: n, homeGoals, awayGoals };
}

/** The goals of `home` against `away` at `home`'s ground; throws when the peer pairs a leg we do not have. */
export function scoreOf(scores: PairScores, home: number, away: number): readonly [number, number] {
  const k = home * scores.teamCount + away;
  const h = scores.homeGoals[k];
  if (h === undefined || h < 0) throw new Error(`no result for ${home} v ${away}`);
  return [h, scores.awayGoals[k]!];
}

/** 3 points a win, 1 a draw, from the data itself: what every peer's table must agree with. */
export function expectedPoints(data: LeagueData): Int32Array {
  const pts = new Int32Array(data.teams.length);
  for (let i = 0; i < data.home.length; i++) {
    const hg = data.homeGoals[i]!;
    const ag = data.awayGoals[i]!;
    if (hg > ag) pts[data.home[i]!]! += 3;
    else if (hg < ag) pts[data.away[i]!]! += 3;
    else {
      pts[data.home[i]!]! += 1;
      pts[data.away[i]!]! += 1;
    }
  }
  return pts;
}
