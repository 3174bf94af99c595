import type { IsoDate, TeamId } from './ids.ts';

/** Points for each outcome. Integers: 3-1-0 today, 2-1-0 before 1981 in England. */
export interface PointsSystem {
  readonly win: number;
  readonly draw: number;
  readonly loss: number;
  /** Some competitions give a point for winning or losing a shoot-out after a draw. */
  readonly shootoutWin?: number;
  readonly shootoutLoss?: number;
}

export const THREE_POINTS: PointsSystem = { win: 3, draw: 1, loss: 0 };
export const TWO_POINTS: PointsSystem = { win: 2, draw: 1, loss: 0 };

/** Every tie-breaker Torneo knows. A closed union: a typo is a compile error, not a silent no-op. */
export const TIEBREAKER_IDS = [
  'points',
  'goal_difference',
  'goals_for',
  'goals_against',
  'goal_average',
  'wins',
  'away_goals_for',
  'away_wins',
  'h2h_points',
  'h2h_goal_difference',
  'h2h_goals_for',
  'h2h_away_goals_for',
  'fair_play',
  'lots',
  'playoff',
  'points_per_game',
] as const;
export type TiebreakerId = (typeof TIEBREAKER_IDS)[number];

/**
 * How head-to-head criteria apply.
 * - `reapply` (UEFA): when the head-to-head criteria separate some of the tied teams, they are
 *   applied again among the teams still tied, on those teams' matches only.
 * - `once` (FIFA World Cup): applied once to the whole tied group, then the next criteria follow.
 */
export type HeadToHeadMode = 'reapply' | 'once';

export interface TableRules {
  readonly points: PointsSystem;
  readonly tiebreakers: readonly TiebreakerId[];
  readonly headToHead: HeadToHeadMode;
  /**
   * Places whose ties go to the `playoff` criterion; absent means every place. A tie "for
   * p-th place" is one whose teams would share places p and p + 1: `[1]` plays off a tie for
   * the title only (ADFP 2014), other ties fall through to the next criterion.
   */
  readonly playoffPositions?: readonly number[];
}

/** A bonus (positive) or deduction (negative) of points, with why and from when. */
export interface Adjustment {
  readonly team: TeamId;
  readonly points: number;
  readonly reason: string;
  /** From this date the adjustment counts; absent means from the start. */
  readonly effective?: IsoDate;
  /** Where it comes from: a regulation, a sanction, or a link from another competition. */
  readonly source?: string;
}
