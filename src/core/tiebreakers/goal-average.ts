import type { Criterion, Ratio } from './criterion.ts';
import { compareFractions, ratio } from './ratio.ts';

/**
 * Goal average: goals scored divided by goals conceded, higher is better. The Football League
 * used it from its first season ("in the event of two or more clubs being equal in points, the
 * best goal average to count" — League management committee, 11 January 1889) until 1975/76;
 * goal difference replaced it from 1976/77.
 *
 * The rule never said what x ÷ 0 is, so we define it, and compare exactly (never as floats):
 * - conceded 0, scored > 0: +∞, better than any finite average. This is the reading of the
 *   contemporary tables and of the Wikipedia article "Goal difference" (section on goal
 *   average: a team that won 1–0 and drew every other match 0–0 "would have an infinitely large
 *   goal average"). Two such teams are level on this criterion and go to the next one.
 * - conceded 0, scored 0 (only 0–0 draws, or no match yet): 1, the average of a team that
 *   scored as many as it conceded — neither good nor bad.
 */
export function goalAverageOf(goalsFor: number, goalsAgainst: number): Ratio {
  if (goalsAgainst > 0) return ratio(goalsFor, goalsAgainst);
  return goalsFor > 0 ? ratio(1, 0) : ratio(1, 1);
}

const compare = (gfA: number, gaA: number, gfB: number, gaB: number): number => {
  const a = goalAverageOf(gfA, gaA);
  const b = goalAverageOf(gfB, gaB);
  return compareFractions(b.numerator, b.denominator, a.numerator, a.denominator);
};

export const goalAverage: Criterion = {
  id: 'goal_average',
  scope: 'overall',
  compare: ({ stats: s }, a, b) =>
    compare(s.goalsFor[a]!, s.goalsAgainst[a]!, s.goalsFor[b]!, s.goalsAgainst[b]!),
  value: ({ stats: s }, t) => goalAverageOf(s.goalsFor[t]!, s.goalsAgainst[t]!),
};
