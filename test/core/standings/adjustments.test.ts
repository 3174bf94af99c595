import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatTableNote } from '../../../src/core/standings/index.ts';
import { deduction, order, result, row, rules, tableOf } from './table-builders.ts';

// Everton 2023/24: −10 on 17 November 2023, reduced to −6 on appeal on 26 February 2024,
// a further −2 on 8 April 2024: −8 in the final table.
const everton = [
  deduction('Everton', -10, 'breach of profitability and sustainability rules', '2023-11-17'),
  deduction('Everton', 4, 'appeal board reduces the deduction to 6 points', '2024-02-26'),
  deduction('Everton', -2, 'second breach of profitability and sustainability rules', '2024-04-08'),
];
const matches = [
  result('Everton', 'Burnley', '2-0', { date: '2023-10-07' }),
  result('Burnley', 'Everton', '1-1', { date: '2024-03-02' }),
  result('Everton', 'Luton', '1-1', { date: '2024-04-20' }),
];
const byPoints = rules(['points', 'goal_difference', 'goals_for']);

describe('adjustments', () => {
  test('only adjustments effective on or before the as-of date count', () => {
    const points = (asOf: string) =>
      row(tableOf(matches, byPoints, { adjustments: everton, asOf: asOf as never }), 'Everton');
    assert.deepEqual([points('2023-11-16').points, points('2023-11-16').adjustment], [3, 0]);
    assert.deepEqual([points('2023-11-17').points, points('2023-11-17').adjustment], [-7, -10]);
    assert.deepEqual([points('2024-03-31').points, points('2024-03-31').adjustment], [-2, -6]);
    assert.deepEqual([points('2024-05-19').points, points('2024-05-19').adjustment], [-3, -8]);
  });

  test('without an as-of date every adjustment counts', () => {
    const table = tableOf(matches, byPoints, { adjustments: everton });
    assert.equal(row(table, 'Everton').adjustment, -8);
  });

  test('the row carries the adjustments it counts, with their reasons, and the notes explain them', () => {
    const table = tableOf(matches, byPoints, { adjustments: everton, asOf: '2024-02-01' as never });
    assert.deepEqual(
      row(table, 'Everton').adjustments.map((a) => a.reason),
      ['breach of profitability and sustainability rules'],
    );
    const note = table.notes.find((n) => n.code === 'adjustment');
    assert.ok(note);
    assert.equal(
      formatTableNote(note),
      'Everton: −10 points — breach of profitability and sustainability rules (from 2023-11-17)',
    );
  });

  test('a deduction can drop a team below one with fewer points earned', () => {
    const table = tableOf(matches, byPoints, { adjustments: everton });
    assert.deepEqual(order(table), ['Luton', 'Burnley', 'Everton']);
  });

  test('home and away tables leave adjustments out', () => {
    const home = tableOf(matches, byPoints, { adjustments: everton, side: 'home' });
    assert.deepEqual([row(home, 'Everton').points, row(home, 'Everton').adjustment], [4, 0]);
  });

  test('an adjustment for a team outside the table is refused', () => {
    assert.throws(() => tableOf(matches, byPoints, { adjustments: [deduction('Evertn', -1, 'typo')] }), {
      code: 'unknown_team',
      path: ['adjustments', 0, 'team'],
      suggestion: 'Everton',
    });
  });
});
