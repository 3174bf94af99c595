/**
 * Matches as columns: match m is `home[m]` v `away[m]`, `homeGoals[m]`–`awayGoals[m]`, teams
 * numbered 0 … teamCount − 1. The fast door into the engine for federation-scale use and for
 * the benchmark; `computeStandings` compacts its matches into these columns and comes in
 * through the same door.
 *
 * Only matches that count go in: played or awarded (with the awarded score), the score after
 * extra time when there was extra time.
 */
export interface MatchColumns {
  readonly teamCount: number;
  /** How many matches the columns hold; defaults to `home.length`. */
  readonly matchCount?: number;
  readonly home: Int32Array;
  readonly away: Int32Array;
  readonly homeGoals: Int32Array;
  readonly awayGoals: Int32Array;
  /** The shoot-out after a draw: 1 home won it, −1 away won it, 0 none. Only points use it. */
  readonly shootout?: Int8Array;
  /** Fair-play points (0 or negative, see `fairPlayPoints`) of each side; read by `fair_play`. */
  readonly homeConduct?: Int32Array;
  readonly awayConduct?: Int32Array;
}

export const matchCountOf = (columns: MatchColumns): number => columns.matchCount ?? columns.home.length;

/** Which matches a table counts for each team: all of them, or only its home or away matches. */
export type TableSide = 'all' | 'home' | 'away';
