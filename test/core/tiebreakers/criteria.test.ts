// One specification per criterion: two teams level on everything the rules look at before
// it, separated by it, and the table says so.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { order, result, row, rules, tableOf } from '../standings/table-builders.ts';

describe('each criterion separates teams level on the ones before it', () => {
  test('points: more points ranks higher, and no tie-break is needed', () => {
    const table = tableOf([result('A', 'B', '1-0')], rules(['points', 'goal_difference']));
    assert.deepEqual(order(table), ['A', 'B']);
    assert.deepEqual(row(table, 'A').decidedBy, { above: null, below: null });
    assert.deepEqual(table.explanations, []);
  });

  test('goal_difference: level on points, the better goal difference ranks higher', () => {
    const table = tableOf(
      [result('A', 'C', '3-0'), result('B', 'C', '1-0')],
      rules(['points', 'goal_difference']),
    );
    assert.deepEqual(order(table), ['A', 'B', 'C']);
    assert.deepEqual(row(table, 'A').decidedBy, { above: null, below: 'goal_difference' });
    assert.deepEqual(row(table, 'B').decidedBy, { above: 'goal_difference', below: null });
    assert.deepEqual(table.explanations, [
      {
        teams: ['A', 'B'],
        from: 1,
        criterion: 'goal_difference',
        outcome: 'split',
        groups: [['A'], ['B']],
        values: [
          { team: 'A', value: 3 },
          { team: 'B', value: 1 },
        ],
      },
    ]);
  });

  test('goals_for: level on points and goal difference, more goals scored ranks higher', () => {
    const table = tableOf(
      [result('B', 'C', '1-0'), result('A', 'C', '3-2')],
      rules(['points', 'goal_difference', 'goals_for']),
    );
    assert.deepEqual(order(table), ['A', 'B', 'C']);
    assert.equal(row(table, 'B').decidedBy.above, 'goals_for');
  });

  test('goals_against: level on points, fewer goals conceded ranks higher', () => {
    const table = tableOf(
      [result('B', 'C', '3-2'), result('A', 'C', '1-0')],
      rules(['points', 'goals_against']),
    );
    assert.deepEqual(order(table), ['A', 'B', 'C']);
    assert.equal(row(table, 'B').decidedBy.above, 'goals_against');
  });

  test('wins: level on points, more wins ranks higher even with a worse goal difference', () => {
    const matches = [
      result('A', 'X', '1-0'),
      result('A', 'Y', '0-1'),
      result('A', 'Z', '0-1'),
      result('B', 'X', '0-0'),
      result('B', 'Y', '0-0'),
      result('B', 'Z', '0-0'),
    ];
    const table = tableOf(matches, rules(['points', 'wins']));
    // Y and Z have 4 points, A and B 3, X 1.
    assert.deepEqual(order(table).slice(2), ['A', 'B', 'X']);
    assert.equal(row(table, 'B').decidedBy.above, 'wins');
    assert.ok(row(table, 'B').goalDifference > row(table, 'A').goalDifference);
  });

  test('away_goals_for: level on points, goal difference and goals, more away goals ranks higher', () => {
    const table = tableOf(
      [result('B', 'D', '2-1'), result('C', 'A', '1-2')],
      rules(['points', 'goal_difference', 'goals_for', 'away_goals_for']),
    );
    assert.deepEqual(order(table).slice(0, 2), ['A', 'B']);
    assert.equal(row(table, 'B').decidedBy.above, 'away_goals_for');
  });

  test('away_wins: level on points, goal difference and goals, more away wins ranks higher', () => {
    const table = tableOf(
      [result('B', 'D', '1-0'), result('C', 'A', '0-1')],
      rules(['points', 'goal_difference', 'goals_for', 'away_wins']),
    );
    assert.deepEqual(order(table).slice(0, 2), ['A', 'B']);
    assert.equal(row(table, 'B').decidedBy.above, 'away_wins');
  });

  test('h2h_points: level on points, the winner of their match ranks higher despite goal difference', () => {
    const table = tableOf(
      [result('A', 'B', '1-0'), result('B', 'C', '5-0')],
      rules(['points', 'h2h_points', 'goal_difference']),
    );
    assert.deepEqual(order(table), ['A', 'B', 'C']);
    assert.equal(row(table, 'A').decidedBy.below, 'h2h_points');
    assert.deepEqual(table.explanations[0]?.among, ['A', 'B'], 'only the two tied teams');
  });

  test('h2h_goal_difference: one win each, the bigger win counts before the overall goal difference', () => {
    const table = tableOf(
      [result('A', 'B', '3-0'), result('B', 'A', '1-0'), result('A', 'C', '1-0'), result('B', 'C', '6-0')],
      rules(['points', 'h2h_points', 'h2h_goal_difference', 'goal_difference']),
    );
    assert.deepEqual(order(table), ['A', 'B', 'C']);
    assert.equal(row(table, 'B').decidedBy.above, 'h2h_goal_difference');
    assert.ok(
      row(table, 'B').goalDifference > row(table, 'A').goalDifference,
      'B has the better overall goal difference',
    );
  });

  test('h2h_goals_for: three teams drawing among themselves, more goals in those draws ranks higher', () => {
    const table = tableOf(
      [result('A', 'B', '2-2'), result('B', 'C', '0-0'), result('C', 'A', '1-1')],
      rules(['points', 'h2h_points', 'h2h_goal_difference', 'h2h_goals_for']),
    );
    assert.deepEqual(order(table), ['A', 'B', 'C']);
    assert.equal(row(table, 'B').decidedBy.above, 'h2h_goals_for');
    assert.equal(row(table, 'B').decidedBy.below, 'h2h_goals_for');
  });

  test('h2h_away_goals_for: one win each by one goal, more away goals between them ranks higher', () => {
    const table = tableOf(
      [result('A', 'B', '1-2'), result('B', 'A', '0-1')],
      rules(['points', 'h2h_points', 'h2h_goal_difference', 'h2h_away_goals_for']),
    );
    assert.deepEqual(order(table), ['B', 'A']);
    assert.equal(row(table, 'B').decidedBy.below, 'h2h_away_goals_for');
  });
});
