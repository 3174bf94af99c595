import type { Criterion, Ratio } from './criterion.ts';
import { compareFractions, ratio } from './ratio.ts';

/**
 * Points per game, for curtailed seasons where clubs have played different numbers of matches:
 * EFL League One and Two 2019/20 were decided on "unweighted points per game" (EFL statement,
 * 9 June 2020), with points after deductions (Bolton Wanderers −12). Compared as exact
 * fractions: 61/35 against 52/30 is a comparison of integers, never of rounded decimals.
 * A team that has not played has 0 points per game.
 */
export function pointsPerGameOf(points: number, played: number): Ratio {
  return played > 0 ? ratio(points, played) : ratio(0, 1);
}

export const pointsPerGame: Criterion = {
  id: 'points_per_game',
  scope: 'overall',
  compare: ({ stats: s }, a, b) => {
    const x = pointsPerGameOf(s.points[a]!, s.played[a]!);
    const y = pointsPerGameOf(s.points[b]!, s.played[b]!);
    return compareFractions(y.numerator, y.denominator, x.numerator, x.denominator);
  },
  value: ({ stats: s }, t) => pointsPerGameOf(s.points[t]!, s.played[t]!),
};
