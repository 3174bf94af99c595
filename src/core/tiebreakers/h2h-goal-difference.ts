import { keyed } from './keyed.ts';

/** Goal difference in the matches among the tied teams only. */
export const h2hGoalDifference = keyed(
  'h2h_goal_difference',
  'head-to-head',
  ({ h2h }, t) => h2h.goalsFor[t]! - h2h.goalsAgainst[t]!,
);
