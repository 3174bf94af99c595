import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isoDate, teamId } from '../../../src/core/model/index.ts';
import { computeStandings, positionHistory } from '../../../src/core/standings/index.ts';
import { deduction, result, rules } from './table-builders.ts';

const byPoints = rules(['points', 'goal_difference', 'goals_for', 'h2h_points']);
const teams = ['A', 'B', 'C', 'D'].map(teamId);
const matches = [
  result('A', 'B', '1-0', { date: '2014-05-01', round: 'Fecha 1' }),
  result('C', 'D', '2-2', { date: '2014-05-02', round: 'Fecha 1' }),
  result('B', 'C', '2-0', { date: '2014-05-08', round: 'Fecha 2' }),
  // Postponed from Fecha 2, played after Fecha 3.
  result('D', 'A', '3-0', { date: '2014-05-20', round: 'Fecha 2' }),
  result('A', 'C', '0-0', { date: '2014-05-15', round: 'Fecha 3' }),
  result('B', 'D', '1-1', { date: '2014-05-15', round: 'Fecha 3' }),
];
const input = {
  teams,
  matches,
  rules: byPoints,
  adjustments: [deduction('B', -3, 'unpaid wages', '2014-05-10')],
};

describe('position history', () => {
  test('after each date, every team is where the table as of that date puts it', () => {
    const dates = ['2014-05-02', '2014-05-08', '2014-05-12', '2014-05-15', '2014-05-20'].map(isoDate);
    const history = positionHistory(input, dates);
    assert.deepEqual(
      history.checkpoints.map((c) => c.matches),
      [2, 3, 3, 5, 6],
    );
    dates.forEach((asOf, i) => {
      const table = computeStandings({ ...input, asOf });
      for (const { team, positions } of history.teams) {
        assert.equal(positions[i], table.rows.find((r) => r.team === team)?.position, `${team} on ${asOf}`);
      }
    });
  });

  test('by round: a round counts whole, its postponed match included', () => {
    const history = positionHistory(input, 'by-round');
    assert.deepEqual(
      history.checkpoints.map((c) => [c.label, c.matches, c.date]),
      [
        ['Fecha 1', 2, '2014-05-02'],
        ['Fecha 2', 4, '2014-05-20'],
        ['Fecha 3', 6, '2014-05-20'],
      ],
    );
    const d = history.teams.find((t) => t.team === 'D');
    // After Fecha 2 with D's postponed 3-0 win over A: D leads on 4 points.
    assert.deepEqual(d?.positions, [2, 1, 1]);
  });

  test('dates are taken in chronological order', () => {
    const history = positionHistory(input, [isoDate('2014-05-20'), isoDate('2014-05-01')]);
    assert.deepEqual(
      history.checkpoints.map((c) => c.label),
      ['2014-05-01', '2014-05-20'],
    );
  });

  test('by round needs every counted match to name its round', () => {
    assert.throws(() => positionHistory({ ...input, matches: [result('A', 'B', '1-0')] }, 'by-round'), {
      code: 'missing_round',
      path: ['matches', 0, 'round'],
    });
  });
});
