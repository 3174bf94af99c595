// Head-to-head criteria look only at the tied teams and the matches among them. When they
// separate only part of a group, UEFA applies them again to the teams still level, on those
// teams' matches only ('reapply'); FIFA goes straight on to the next criterion ('once').
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { order, result, row, rules, tableOf } from '../standings/table-builders.ts';

// A, B and C each beat one of the others and D: 6 points each.
//
//   mini-table of A, B, C     pts  GD  GF        overall GD
//   A (4-1 v B, 2-3 v C)       3   +2   6            +3
//   B (1-4 v A, 2-0 v C)       3   -1   3             0
//   C (3-2 v A, 0-2 v B)       3   -1   3            +4
//
// Head-to-head points cannot separate them; head-to-head goal difference puts A first and
// leaves B and C level on it and on head-to-head goals. Now the two modes part:
// - reapply: B and C start again on a mini-table of their own match, which B won 2-0 → B, C;
// - once: the next criterion is the overall goal difference, where C (+4) beats B (0) → C, B.
const matches = [
  result('A', 'B', '4-1'),
  result('C', 'A', '3-2'),
  result('B', 'C', '2-0'),
  result('A', 'D', '1-0'),
  result('B', 'D', '1-0'),
  result('C', 'D', '5-0'),
];
const tiebreakers = [
  'points',
  'h2h_points',
  'h2h_goal_difference',
  'h2h_goals_for',
  'goal_difference',
  'goals_for',
  'lots',
] as const;

describe('a three-way tie where re-applying head-to-head changes the order', () => {
  test('reapply (UEFA): B and C go back to the match between them, which B won', () => {
    const table = tableOf(matches, rules(tiebreakers, { headToHead: 'reapply' }));
    assert.deepEqual(order(table), ['A', 'B', 'C', 'D']);
    assert.deepEqual(row(table, 'A').decidedBy, { above: null, below: 'h2h_goal_difference' });
    assert.deepEqual(row(table, 'B').decidedBy, { above: 'h2h_goal_difference', below: 'h2h_points' });
    const [first, second] = table.explanations;
    assert.deepEqual(first?.groups, [['A'], ['B', 'C']]);
    assert.deepEqual(first?.among, ['A', 'B', 'C']);
    assert.equal(second?.criterion, 'h2h_points');
    assert.deepEqual(second?.among, ['B', 'C'], 'the second mini-table holds only B and C');
    assert.deepEqual(second?.values, [
      { team: 'B', value: 3 },
      { team: 'C', value: 0 },
    ]);
  });

  test('once (FIFA): B and C, still level, are separated by the overall goal difference', () => {
    const table = tableOf(matches, rules(tiebreakers, { headToHead: 'once' }));
    assert.deepEqual(order(table), ['A', 'C', 'B', 'D']);
    assert.equal(row(table, 'C').decidedBy.below, 'goal_difference');
    assert.equal(table.explanations.at(-1)?.criterion, 'goal_difference');
  });

  test('head-to-head ignores matches against teams outside the tie', () => {
    // D's heavy defeat to C counts for C in the overall table but not in the A–B–C mini-table.
    const table = tableOf(
      matches,
      rules(['points', 'h2h_points', 'h2h_goal_difference'], { headToHead: 'reapply' }),
    );
    const explanation = table.explanations[0];
    assert.equal(explanation?.criterion, 'h2h_goal_difference');
    assert.deepEqual(
      explanation?.values.map((v) => [v.team, v.value]),
      [
        ['A', 2],
        ['B', -1],
        ['C', -1],
      ],
    );
  });

  test('reapplication that separates nobody moves on to the next criterion', () => {
    // Three 1-1 draws among A, B and C separate nobody; the goals they scored against D do.
    const table = tableOf(
      [
        result('A', 'B', '1-1'),
        result('B', 'C', '1-1'),
        result('C', 'A', '1-1'),
        result('A', 'D', '1-0'),
        result('B', 'D', '2-1'),
        result('C', 'D', '3-2'),
      ],
      rules(['points', 'h2h_points', 'h2h_goal_difference', 'goals_for'], { headToHead: 'reapply' }),
    );
    assert.deepEqual(order(table), ['C', 'B', 'A', 'D']);
    assert.deepEqual(row(table, 'B').decidedBy, { above: 'goals_for', below: 'goals_for' });
    assert.deepEqual(
      table.explanations.map((e) => e.criterion),
      ['goals_for'],
    );
  });
});
