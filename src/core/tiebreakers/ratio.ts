import type { Ratio } from './criterion.ts';

/**
 * Compares two fractions exactly, by cross-multiplying integers: floats would call 2/3 and
 * 4/6 different, or two different averages equal. Denominators are ≥ 0; a denominator of 0
 * stands for +∞. Positive when the first fraction is the larger. Goals and points stay far
 * below 2^26, so the products are exact doubles.
 */
export function compareFractions(n1: number, d1: number, n2: number, d2: number): number {
  if (d1 === 0 || d2 === 0) return (d1 === 0 ? 1 : 0) - (d2 === 0 ? 1 : 0);
  return n1 * d2 - n2 * d1;
}

export const ratio = (numerator: number, denominator: number): Ratio => ({ numerator, denominator });

export const isRatio = (value: unknown): value is Ratio =>
  typeof value === 'object' && value !== null && 'numerator' in value && 'denominator' in value;
