import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareFractions, goalAverageOf, tableRulesPreset } from '../../../src/core/tiebreakers/index.ts';
import { order, result, rules, tableOf } from '../standings/table-builders.ts';

const better = (a: [number, number], b: [number, number]): boolean => {
  const x = goalAverageOf(...a);
  const y = goalAverageOf(...b);
  return compareFractions(x.numerator, x.denominator, y.numerator, y.denominator) > 0;
};

describe('goal average (England until 1975/76)', () => {
  test('goals scored divided by goals conceded, not goals scored minus conceded', () => {
    // The textbook case: A 3-0 B, B 6-0 C, C 1-0 A, everybody on two points.
    const matches = [result('A', 'B', '3-0'), result('B', 'C', '6-0'), result('C', 'A', '1-0')];
    assert.deepEqual(order(tableOf(matches, tableRulesPreset('england-1888'))), ['A', 'B', 'C']);
    assert.deepEqual(order(tableOf(matches, tableRulesPreset('england-1976'))), ['B', 'A', 'C']);
  });

  test('Second Division 1926/27: Portsmouth 87–49 went up ahead of Manchester City 108–61', () => {
    // 1.7755… against 1.7705…: City had the better goal difference (+47 to +38).
    assert.ok(better([87, 49], [108, 61]));
  });

  test('First Division 1952/53: Arsenal 97–64 champions over Preston 85–60 on goal average', () => {
    assert.ok(better([97, 64], [85, 60]));
  });

  test('no goals conceded is an infinite average, above any finite one; two of them are level', () => {
    assert.deepEqual(goalAverageOf(1, 0), { numerator: 1, denominator: 0 });
    assert.ok(better([1, 0], [100, 1]));
    assert.ok(!better([1, 0], [5, 0]) && !better([5, 0], [1, 0]), 'level: the next criterion decides');
  });

  test('no goals scored or conceded counts as an average of 1', () => {
    assert.deepEqual(goalAverageOf(0, 0), { numerator: 1, denominator: 1 });
    assert.ok(better([0, 0], [1, 2]));
    assert.ok(better([3, 2], [0, 0]));
    assert.ok(!better([0, 0], [4, 4]) && !better([4, 4], [0, 0]));
  });

  test('in a table: a goalless draw and a 1-0 win beat a 5-1 win and a 0-0 draw', () => {
    const table = tableOf(
      [
        result('Tight', 'X', '1-0'),
        result('Tight', 'Y', '0-0'),
        result('Open', 'X', '5-1'),
        result('Open', 'Y', '0-0'),
      ],
      rules(['points', 'goal_average'], { points: { win: 2, draw: 1, loss: 0 } }),
    );
    assert.deepEqual(order(table).slice(0, 2), ['Tight', 'Open']);
  });
});
