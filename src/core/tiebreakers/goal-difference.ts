import type { Criterion } from './criterion.ts';

const gd = (goalsFor: Int32Array, goalsAgainst: Int32Array, t: number): number =>
  goalsFor[t]! - goalsAgainst[t]!;

/** Goals scored minus goals conceded in all matches (England from 1976/77, FIFA from 1970). */
export const goalDifference: Criterion = {
  id: 'goal_difference',
  scope: 'overall',
  compare: ({ stats: s }, a, b) => gd(s.goalsFor, s.goalsAgainst, b) - gd(s.goalsFor, s.goalsAgainst, a),
  value: ({ stats: s }, t) => gd(s.goalsFor, s.goalsAgainst, t),
};
