import type { TiebreakerId } from '../model/rules.ts';

/**
 * One tie-breaking criterion behind one interface. Teams are small integers (indices into the
 * table's team list); every number a criterion reads lives in typed arrays indexed by team, so
 * comparing two teams is a couple of array reads.
 */
export interface Criterion {
  readonly id: TiebreakerId;
  /**
   * - `overall`: the team's whole record in the table;
   * - `head-to-head`: only the matches among the tied teams (`TieContext.h2h`);
   * - `decision`: something decided off the table (a drawing of lots, a play-off match).
   */
  readonly scope: CriterionScope;
  /**
   * Called once for a tied group before its teams are compared. Decision criteria look at the
   * group as a whole here: whether a play-off applies to these positions and has been played,
   * which order the lots gave.
   */
  prepare?(ctx: TieContext, group: TieGroup): Preparation;
  /**
   * An integer per team, higher ranks higher. Criteria that have one are sorted on it without a
   * comparator call per pair (see `keyed`); `compare` then follows from it.
   */
  key?(ctx: TieContext, team: number): number;
  /** Negative when team `a` ranks above team `b`, positive when below, 0 when level on this criterion. */
  compare(ctx: TieContext, a: number, b: number): number;
  /** What the criterion looked at for a team, so a table can explain itself. */
  value(ctx: TieContext, team: number): CriterionValue;
}

export type CriterionScope = 'overall' | 'head-to-head' | 'decision';

/**
 * - `apply`: compare the group's teams with this criterion;
 * - `skip`: the criterion does not apply to this group (a play-off only for the title);
 * - `pending`: it applies but cannot decide yet (the play-off has not been played).
 */
export type Preparation = 'apply' | 'skip' | 'pending';

export interface TieGroup {
  readonly teams: Int32Array;
  /** The best position the group's teams share (1-based). */
  readonly firstPosition: number;
}

/** An exact fraction. `denominator` 0 means the value is infinite (n/0 with n > 0). */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
}

export type CriterionValue = number | Ratio;

/** A team's whole record in the table, by team index. `points` includes adjustments. */
export interface TeamStats {
  readonly points: Int32Array;
  readonly played: Int32Array;
  readonly won: Int32Array;
  readonly goalsFor: Int32Array;
  readonly goalsAgainst: Int32Array;
  readonly awayGoalsFor: Int32Array;
  readonly awayWon: Int32Array;
  /** Fair-play points (0 or negative), FIFA weights. */
  readonly conduct: Int32Array;
}

/** The mini-table of the tied teams' matches among themselves, by team index. */
export interface HeadToHeadStats {
  readonly points: Int32Array;
  readonly goalsFor: Int32Array;
  readonly goalsAgainst: Int32Array;
  readonly awayGoalsFor: Int32Array;
}

/** A play-off match among tied teams: `winner` is a team index, or -1 while it is undecided. */
export interface PlayoffOutcome {
  readonly home: number;
  readonly away: number;
  readonly winner: number;
}

/** Something a decision criterion did, for the table's notes. */
export type TieEvent =
  | { readonly kind: 'lots_recorded'; readonly teams: readonly number[] }
  | { readonly kind: 'lots_drawn'; readonly teams: readonly number[]; readonly seed: number }
  | { readonly kind: 'playoff_decided'; readonly teams: readonly number[] };

export interface TieContext {
  readonly teamCount: number;
  readonly stats: TeamStats;
  readonly h2h: HeadToHeadStats;
  /** Fills `h2h` for these teams from the matches among them, and only those. */
  computeHeadToHead(teams: Int32Array): void;
  /** Positions whose ties go to a play-off; undefined means every position. */
  readonly playoffPositions: readonly number[] | undefined;
  readonly playoffs: readonly PlayoffOutcome[];
  /** Recorded drawing-of-lots orders, best first, as team indices. */
  readonly lots: readonly Int32Array[];
  /** Seed for a simulated drawing of lots when none was recorded. */
  readonly seed: number;
  /** Scratch per team for decision criteria: a drawn rank, play-off wins. */
  readonly decision: Int32Array;
  readonly events: TieEvent[];
}
