import type { Criterion } from './criterion.ts';

const gd = (goalsFor: Int32Array, goalsAgainst: Int32Array, t: number): number =>
  goalsFor[t]! - goalsAgainst[t]!;

/** Goal difference in the matches among the tied teams only. */
export const h2hGoalDifference: Criterion = {
  id: 'h2h_goal_difference',
  scope: 'head-to-head',
  compare: ({ h2h }, a, b) => gd(h2h.goalsFor, h2h.goalsAgainst, b) - gd(h2h.goalsFor, h2h.goalsAgainst, a),
  value: ({ h2h }, t) => gd(h2h.goalsFor, h2h.goalsAgainst, t),
};
