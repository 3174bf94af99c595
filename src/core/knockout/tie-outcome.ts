import type { MatchId, Score, TeamId } from '../model/index.ts';

/** What settled a tie. A closed union: every consumer `switch`es over it. */
export type DecidedBy =
  | 'single_match'
  | 'aggregate'
  | 'away_goals'
  | 'extra_time'
  | 'away_goals_extra_time'
  | 'penalties'
  | 'points'
  | 'third_match'
  | 'replay'
  | 'awarded'
  | 'walkover'
  | 'exclusion'
  | 'recorded';

/** How the deciding match itself was won (a third match or a replay is won in one of these). */
export type MatchDecidedBy =
  'ninety_minutes' | 'away_goals' | 'extra_time' | 'away_goals_extra_time' | 'penalties';

/** What a tie that is not settled yet is waiting for. `match`: the single match of a one-match tie. */
export type Awaiting =
  'match' | 'first_leg' | 'second_leg' | 'third_match' | 'replay' | 'extra_time' | 'penalties';

/** Why the facts cannot be (part of) a tie played under the given rules. */
export type TieInconsistency =
  /** A match is not between the tie's two teams. */
  | 'teams_differ'
  /** More matches than the rules allow (legs, replays, third match). */
  | 'too_many_matches'
  /** Two matches claim the same leg. */
  | 'duplicate_leg'
  /** Several matches with neither `leg` numbers nor dates: their order is unknown. */
  | 'leg_order_unknown'
  /** The second leg is not played at the ground of the first leg's visitors. */
  | 'legs_not_reversed'
  | 'extra_time_not_allowed'
  | 'penalties_not_allowed'
  /** A shoot-out is recorded but the extra time the rules require before it is not. */
  | 'extra_time_missing'
  /** The a.e.t. score is lower than the 90-minute score. */
  | 'extra_time_below_full_time'
  /** Extra time or a shoot-out is recorded although the tie was already decided. */
  | 'played_on_after_decision'
  /** A further match (replay, third match) is recorded although the tie was already decided. */
  | 'match_after_decision'
  /** A shoot-out that is itself level. */
  | 'shootout_drawn'
  /** The tie is level and the rules have nothing left to settle it. */
  | 'no_decider'
  /** An awarded match without the team it was awarded to, or awarded to a third team. */
  | 'awarded_without_team'
  /** A fact names a team that is not in the tie, or the tie's teams are not known. */
  | 'unknown_team'
  | 'both_excluded'
  /** Two facts name different winners. */
  | 'conflicting_facts'
  /** A recorded winner is not the team the results make the winner. */
  | 'recorded_winner_contradicts';

/** The two teams of a tie: `a` is at home in the first leg (or the single match). */
export interface TieTeams {
  readonly a: TeamId;
  readonly b: TeamId;
}

export interface TieDecided {
  readonly status: 'decided';
  readonly winner: TeamId;
  readonly loser: TeamId;
  readonly decidedBy: DecidedBy;
  readonly teams: TieTeams;
  /** The match that settled the tie, and how it was won; absent when no match did. */
  readonly decidingMatch?: { readonly match: MatchId; readonly by: MatchDecidedBy };
  /** Goals over the tie (after extra time when played), team A's first. Not for `points` ties. */
  readonly aggregate?: Score;
  /** Away goals, team A's first, when they decided the tie. */
  readonly awayGoals?: Score;
  /** Points over the two legs, team A's first, for ties decided on points. */
  readonly points?: Score;
  /** The shoot-out of the deciding match, team A's first. */
  readonly penalties?: Score;
  /** For exclusions, walkovers and recorded winners: why, and where it is written. */
  readonly reason?: string;
  readonly source?: string;
}

export interface TiePending {
  readonly status: 'pending';
  readonly awaiting: Awaiting;
  /** Unknown only when no match and no pairing was given. */
  readonly teams?: TieTeams;
  /** The match that is awaited or under way, when it is known. */
  readonly match?: MatchId;
  /** Goals so far, team A's first. */
  readonly aggregate?: Score;
}

export interface TieInconsistent {
  readonly status: 'inconsistent';
  readonly reason: TieInconsistency;
  /** The match the inconsistency was found in, when it is one match. */
  readonly match?: MatchId;
}

export type TieOutcome = TieDecided | TiePending | TieInconsistent;

type DecisionDetail = Omit<TieDecided, 'status' | 'winner' | 'loser' | 'decidedBy' | 'teams'>;

/** The tie won by side `a` or `b`. */
export function decidedFor(
  teams: TieTeams,
  side: 'a' | 'b',
  decidedBy: DecidedBy,
  detail: DecisionDetail = {},
): TieDecided {
  const [winner, loser] = side === 'a' ? [teams.a, teams.b] : [teams.b, teams.a];
  return { status: 'decided', winner, loser, decidedBy, teams, ...detail };
}

export function pendingOn(
  awaiting: Awaiting,
  teams: TieTeams | undefined,
  detail: Omit<TiePending, 'status' | 'awaiting' | 'teams'> = {},
): TiePending {
  return { status: 'pending', awaiting, ...(teams && { teams }), ...detail };
}

export const inconsistentAt = (reason: TieInconsistency, match?: MatchId): TieInconsistent => ({
  status: 'inconsistent',
  reason,
  ...(match !== undefined && { match }),
});
