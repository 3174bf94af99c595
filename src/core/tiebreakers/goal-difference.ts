import { keyed } from './keyed.ts';

/** Goals scored minus goals conceded in all matches (England from 1976/77, FIFA from 1970). */
export const goalDifference = keyed(
  'goal_difference',
  'overall',
  ({ stats }, t) => stats.goalsFor[t]! - stats.goalsAgainst[t]!,
);
