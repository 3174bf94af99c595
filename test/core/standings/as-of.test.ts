import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isoDate } from '../../../src/core/model/index.ts';
import { fixture, order, result, row, rules, tableOf } from './table-builders.ts';

const byPoints = rules(['points', 'goal_difference', 'goals_for']);
const matches = [
  result('A', 'B', '1-0', { date: '2014-05-01' }),
  result('B', 'C', '2-0', { date: '2014-05-08' }),
  result('C', 'A', '3-0', { date: '2014-05-15' }),
];

describe('the table as of a date', () => {
  test('counts the matches played on or before the date', () => {
    assert.deepEqual(order(tableOf(matches, byPoints, { asOf: isoDate('2014-05-01') })), ['A', 'C', 'B']);
    assert.deepEqual(order(tableOf(matches, byPoints, { asOf: isoDate('2014-05-08') })), ['B', 'A', 'C']);
    assert.deepEqual(order(tableOf(matches, byPoints, { asOf: isoDate('2014-05-15') })), ['C', 'B', 'A']);
    assert.equal(row(tableOf(matches, byPoints, { asOf: isoDate('2014-04-30') }), 'A').played, 0);
  });

  test('a match without a date counts only when no date is asked for', () => {
    const undated = [...matches, result('A', 'C', '5-0')];
    assert.equal(row(tableOf(undated, byPoints), 'A').played, 3);
    assert.equal(row(tableOf(undated, byPoints, { asOf: isoDate('2099-12-31') }), 'A').played, 2);
  });

  test('a table as of a date is not complete while later matches remain', () => {
    assert.equal(tableOf(matches, byPoints, { asOf: isoDate('2014-05-08') }).complete, false);
    assert.equal(tableOf(matches, byPoints, { asOf: isoDate('2014-05-15') }).complete, true);
    assert.equal(tableOf([...matches, fixture('A', 'C')], byPoints).complete, false);
  });
});
