import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareFractions, pointsPerGameOf } from '../../../src/core/tiebreakers/index.ts';
import { deduction, order, result, row, rules, tableOf } from '../standings/table-builders.ts';

const ppg = rules(['points_per_game', 'goal_difference', 'goals_for']);

describe('points per game (curtailed seasons)', () => {
  test('fewer points from fewer games can rank higher', () => {
    // A: 2 wins from 2 games (3.00 a game); B: 2 wins and a draw from 3 (7 points, 2.33 a game).
    const table = tableOf(
      [
        result('A', 'X', '1-0'),
        result('A', 'Y', '1-0'),
        result('B', 'X', '1-0'),
        result('B', 'Y', '1-0'),
        result('B', 'Z', '0-0'),
      ],
      ppg,
    );
    assert.deepEqual(order(table).slice(0, 2), ['A', 'B']);
    assert.equal(row(table, 'A').points, 6);
    assert.equal(row(table, 'B').points, 7);
  });

  test('equal fractions are equal: 4 points from 6 games is 2 from 3, and the next criterion decides', () => {
    assert.equal(compareFractions(4, 6, 2, 3), 0);
    // 0.1 + 0.2 style trouble does not arise: 7/3 and 14/6 compare equal, 7/3 above 233/100.
    assert.equal(compareFractions(7, 3, 14, 6), 0);
    assert.ok(compareFractions(7, 3, 233, 100) > 0);
    const table = tableOf(
      [
        result('A', 'X', '3-0'),
        result('A', 'Y', '0-1'),
        result('A', 'Z', '0-1'),
        result('B', 'X', '1-0'),
        result('B', 'Y', '0-1'),
        result('B', 'Z', '0-1'),
        result('B', 'W', '1-0'),
        result('B', 'V', '0-1'),
        result('B', 'U', '0-1'),
      ],
      ppg,
    );
    // A: 3 points from 3 games; B: 6 from 6; A's goal difference (+1) beats B's (−2).
    assert.ok(order(table).indexOf('A') < order(table).indexOf('B'));
    assert.equal(row(table, 'B').decidedBy.above, 'goal_difference');
  });

  test('points per game are taken after deductions (League One 2019/20: Bolton −12)', () => {
    const matches = [
      result('Bolton', 'X', '1-0'),
      result('Bolton', 'Y', '1-0'),
      result('Z', 'X', '0-0'),
      result('Z', 'Y', '0-0'),
    ];
    const table = tableOf(matches, ppg, { adjustments: [deduction('Bolton', -12, 'administration')] });
    assert.equal(row(table, 'Bolton').points, -6);
    assert.deepEqual(pointsPerGameOf(-6, 2), { numerator: -6, denominator: 2 });
    assert.equal(order(table).at(-1), 'Bolton');
  });

  test('a team that has not played has 0 points per game', () => {
    assert.deepEqual(pointsPerGameOf(0, 0), { numerator: 0, denominator: 1 });
  });
});
