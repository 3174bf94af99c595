import { TIEBREAKER_IDS, type TiebreakerId } from '../model/rules.ts';
import { suggest } from '../names/suggest.ts';
import { awayGoalsFor } from './away-goals-for.ts';
import { awayWins } from './away-wins.ts';
import type { Criterion } from './criterion.ts';
import { fairPlay } from './fair-play.ts';
import { goalAverage } from './goal-average.ts';
import { goalDifference } from './goal-difference.ts';
import { goalsAgainst } from './goals-against.ts';
import { goalsFor } from './goals-for.ts';
import { h2hAwayGoalsFor } from './h2h-away-goals-for.ts';
import { h2hGoalDifference } from './h2h-goal-difference.ts';
import { h2hGoalsFor } from './h2h-goals-for.ts';
import { h2hPoints } from './h2h-points.ts';
import { lots } from './lots.ts';
import { playoff } from './playoff.ts';
import { points } from './points.ts';
import { pointsPerGame } from './points-per-game.ts';
import { StandingsError } from './standings-error.ts';
import { wins } from './wins.ts';

/** Every criterion by id. A Record over the closed union: a new id without a criterion does not compile. */
const CRITERIA: Readonly<Record<TiebreakerId, Criterion>> = {
  points,
  goal_difference: goalDifference,
  goals_for: goalsFor,
  goals_against: goalsAgainst,
  goal_average: goalAverage,
  wins,
  away_goals_for: awayGoalsFor,
  away_wins: awayWins,
  h2h_points: h2hPoints,
  h2h_goal_difference: h2hGoalDifference,
  h2h_goals_for: h2hGoalsFor,
  h2h_away_goals_for: h2hAwayGoalsFor,
  fair_play: fairPlay,
  lots,
  playoff,
  points_per_game: pointsPerGame,
};

export const isTiebreakerId = (id: string): id is TiebreakerId =>
  (TIEBREAKER_IDS as readonly string[]).includes(id);

/** The criterion for an id; an unknown id is refused with a coded error and a suggestion. */
export function criterionFor(id: string, path: readonly (string | number)[] = []): Criterion {
  if (isTiebreakerId(id)) return CRITERIA[id];
  const suggestion = suggest(id, TIEBREAKER_IDS);
  throw new StandingsError(
    { code: 'unknown_tiebreaker', path, input: id, ...(suggestion === undefined ? {} : { suggestion }) },
    `unknown tie-breaker '${id}'; known: ${TIEBREAKER_IDS.join(', ')}`,
  );
}

/** The criteria for a list of ids, in order (ids read from a season file are checked here). */
export const criteriaFor = (ids: readonly string[]): Criterion[] =>
  ids.map((id, i) => criterionFor(id, ['tiebreakers', i]));
