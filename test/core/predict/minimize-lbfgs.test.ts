import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minimizeLbfgs } from '../../../src/core/predict/index.ts';

describe('minimizeLbfgs', () => {
  it('finds the minimum of the Rosenbrock valley', () => {
    const r = minimizeLbfgs(
      (x, g) => {
        const a = x[0]!;
        const b = x[1]!;
        g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
        g[1] = 200 * (b - a * a);
        return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
      },
      Float64Array.of(-1.2, 1),
    );
    assert.ok(r.converged);
    assert.ok(Math.abs(r.x[0]! - 1) < 1e-4 && Math.abs(r.x[1]! - 1) < 1e-4, `at ${r.x[0]}, ${r.x[1]}`);
  });

  it('steps back from points outside the domain (a non-finite value)', () => {
    // −log x + x has its minimum at x = 1 and is undefined for x ≤ 0; the first step overshoots.
    const r = minimizeLbfgs((x, g) => {
      const v = x[0]!;
      g[0] = 1 - 1 / v;
      return v > 0 ? -Math.log(v) + v : Number.NaN;
    }, Float64Array.of(8));
    assert.ok(Math.abs(r.x[0]! - 1) < 1e-5);
  });

  it('refuses a starting point where the objective is not finite', () => {
    assert.throws(() => minimizeLbfgs(() => Number.NaN, Float64Array.of(0)), RangeError);
  });
});
