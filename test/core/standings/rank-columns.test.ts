import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LEVEL } from '../../../src/core/tiebreakers/index.ts';
import { rankColumns } from '../../../src/core/standings/index.ts';
import { rules } from './table-builders.ts';

// Four teams numbered 0–3, six matches as columns: what a federation's batch or the benchmark hands in.
const columns = {
  teamCount: 4,
  home: Int32Array.from([0, 2, 0, 1, 0, 1]),
  away: Int32Array.from([1, 3, 2, 3, 3, 2]),
  homeGoals: Int32Array.from([2, 1, 0, 0, 3, 1]),
  awayGoals: Int32Array.from([0, 1, 0, 0, 1, 1]),
};

describe('rankColumns: the columnar door', () => {
  test('ranks teams given as numbers, with places, separations and totals in typed arrays', () => {
    const ranking = rankColumns(columns, rules(['points', 'goal_difference', 'goals_for']));
    // 0: W W D = 7 pts; 1: L D D = 2; 2: D D D = 3; 3: D D L = 2 (GD: 1 → −2, 3 → −2; GF 1 → 1, 3 → 2).
    assert.deepEqual(Array.from(ranking.order), [0, 2, 3, 1]);
    assert.deepEqual(Array.from(ranking.position), [1, 4, 2, 3]);
    assert.deepEqual(Array.from(ranking.separation), [0, 0, 2]);
    assert.deepEqual(Array.from(ranking.stats.points), [7, 2, 3, 2]);
    assert.deepEqual(Array.from(ranking.stats.goalsFor), [5, 1, 2, 2]);
  });

  test('teams level on every criterion share a place', () => {
    const ranking = rankColumns(columns, rules(['points']));
    assert.deepEqual(Array.from(ranking.position), [1, 3, 2, 3]);
    assert.equal(ranking.separation[2], LEVEL);
  });

  test('a matchCount shorter than the columns counts only the first matches', () => {
    const ranking = rankColumns({ ...columns, matchCount: 1 }, rules(['points']));
    assert.deepEqual(Array.from(ranking.stats.played), [1, 1, 0, 0]);
  });

  test('adjustments come in as a column of points per team', () => {
    const ranking = rankColumns(columns, rules(['points']), { adjustments: Int32Array.from([-6, 0, 0, 0]) });
    // 7 − 6 = 1 point: from first to last.
    assert.deepEqual(Array.from(ranking.order), [2, 1, 3, 0]);
    assert.equal(ranking.stats.points[0], 1);
    assert.equal(ranking.position[0], 4);
  });
});
