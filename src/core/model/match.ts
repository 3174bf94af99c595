import type { CompetitionId, GroupId, IsoDate, MatchId, PersonId, StageId, TeamId, VenueId } from './ids.ts';
import type { MatchResult, Side } from './score.ts';

/**
 * What happened to a fixture. Only `played` and `awarded` matches count in a table;
 * `void` and `annulled` matches were played but their result was struck out.
 */
export type MatchStatus =
  'scheduled' | 'played' | 'awarded' | 'postponed' | 'abandoned' | 'void' | 'annulled' | 'cancelled';

export const countsInTable = (status: MatchStatus): boolean => status === 'played' || status === 'awarded';

/** Card counts for one side of one match: what fair-play criteria need. */
export interface CardCounts {
  readonly yellow: number;
  /** A second yellow card (and so a red) for the same player. */
  readonly secondYellow: number;
  /** A straight red card. */
  readonly red: number;
  /** A yellow card followed by a straight red card for the same player. */
  readonly yellowRed?: number;
}

export type GoalKind = 'goal' | 'penalty' | 'own_goal';

/** A minute as written on a match report: 90+1' is `{ minute: 90, added: 1 }`. */
export interface MatchMinute {
  readonly minute: number;
  readonly added?: number;
}

export interface Goal {
  /** The side the goal counts for (for an own goal, the scorer's opponents). */
  readonly side: Side;
  readonly player?: PersonId;
  /** The scorer's name as reported, when the person is not in the season's people. */
  readonly name?: string;
  readonly minute?: MatchMinute;
  readonly kind: GoalKind;
}

export type CardKind = 'yellow' | 'second_yellow' | 'red';

export interface Card {
  readonly side: Side;
  readonly player?: PersonId;
  readonly name?: string;
  readonly minute?: MatchMinute;
  readonly card: CardKind;
}

export type KickOutcome = 'scored' | 'missed' | 'saved';

export interface ShootoutKick {
  readonly side: Side;
  readonly player?: PersonId;
  readonly name?: string;
  readonly outcome: KickOutcome;
}

/**
 * One match between two teams. Fixture information (when, where, which round) and the
 * facts about it (result, events) travel together once the facts have been folded in.
 */
export interface Match {
  readonly id: MatchId;
  readonly competition?: CompetitionId;
  readonly stage?: StageId;
  readonly group?: GroupId;
  readonly round?: string;
  /** The tie this match belongs to, and which leg it is (1, 2; 3 for a third match). */
  readonly tie?: string;
  readonly leg?: number;
  /** A play-off between teams level in a table: it decides their order and is not a table match. */
  readonly playoff?: boolean;
  readonly date?: IsoDate;
  readonly time?: string;
  readonly home: TeamId;
  readonly away: TeamId;
  readonly venue?: VenueId;
  readonly neutral?: boolean;
  readonly status: MatchStatus;
  readonly result?: MatchResult;
  /** For an awarded match: the team it was awarded to (the result holds the awarded score). */
  readonly awardedTo?: TeamId;
  /** The winner a source reports when the detail that decided the match is not known. */
  readonly reportedWinner?: TeamId;
  readonly cards?: { readonly home: CardCounts; readonly away: CardCounts };
  readonly goals?: readonly Goal[];
  readonly bookings?: readonly Card[];
  readonly shootout?: readonly ShootoutKick[];
  readonly referee?: string;
  readonly attendance?: number;
}
