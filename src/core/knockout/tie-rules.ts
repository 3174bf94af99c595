/**
 * How a knockout tie is settled, as a competition's regulations write it down.
 *
 * Each field answers one question a regulation answers; together they say what happens
 * after every phase of every match of the tie. Where a field applies:
 * - `extraTime` / `penalties`: the match that must produce a winner — the single match,
 *   or the second leg of a two-legged tie (level on aggregate after 90 minutes);
 * - `awayGoals` / `awayGoalsInExtraTime`: two-legged ties decided on `goals`;
 * - `replay`: single matches only (FA Cup style);
 * - `thirdMatch`: two-legged ties decided on `points`, when level on points after both legs.
 */
export type TieRules = GoalsTieRules | PointsTieRules;

interface CommonTieRules {
  readonly legs: 1 | 2;
  /** Goals scored away from home count double when the aggregate is level. */
  readonly awayGoals: boolean;
  /** Away goals scored in extra time count too (UEFA until 2020/21; CONMEBOL finals never). */
  readonly awayGoalsInExtraTime: boolean;
  readonly extraTime: boolean;
  readonly penalties: boolean;
  /** A drawn single match is replayed; `false` when it is not. */
  readonly replay: false | ReplayRules;
}

/** The winner is the side with more goals over the legs. */
export interface GoalsTieRules extends CommonTieRules {
  readonly aggregate: 'goals';
}

/**
 * "Points, not goals": each leg gives points; goal difference is not used. Level on points
 * after both legs means a third match on neutral ground (2014 Descentralizado final).
 */
export interface PointsTieRules extends CommonTieRules {
  readonly aggregate: 'points';
  readonly thirdMatch: ThirdMatchRules;
}

export interface ThirdMatchRules {
  readonly neutral: true;
  readonly extraTime: boolean;
  readonly penalties: boolean;
}

/** What a replay may use to find a winner. */
export interface MatchDecider {
  readonly extraTime: boolean;
  readonly penalties: boolean;
}

/**
 * Replays of a drawn single match, home and away swapped each time.
 * - `max`: how many replays at most; `'unlimited'` replays until somebody wins
 *   (FA Cup before 1991/92).
 * - `extraTime`: whether a replay that is not the last one allowed goes to extra time.
 * - `last`: how the last allowed replay is settled (FA Cup 1991/92–2023/24: extra time, then penalties).
 */
export type ReplayRules =
  | { readonly max: 'unlimited'; readonly extraTime: boolean }
  | { readonly max: number; readonly extraTime: boolean; readonly last: MatchDecider };
