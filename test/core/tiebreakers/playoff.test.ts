import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tableRulesPreset } from '../../../src/core/tiebreakers/index.ts';
import { fixture, order, result, row, rules, tableOf } from '../standings/table-builders.ts';

// Clausura 2014 (ADFP): Sporting Cristal and Alianza Lima finished level on 33 points for first
// place; no goal difference: a play-off, which Cristal won 1-0. The same shape, in miniature:
// Alianza has the better goal difference, and the play-off decides anyway.
const season = [
  result('Alianza', 'Melgar', '4-0'),
  result('Cristal', 'Melgar', '1-0'),
  result('Cristal', 'Alianza', '1-1'),
];
const adfp = tableRulesPreset('adfp-2014');

describe('play-off', () => {
  test('until the play-off is played, the teams level for first are "level — play-off pending"', () => {
    const table = tableOf(season, adfp, { decisions: { playoffs: [fixture('Cristal', 'Alianza')] } });
    assert.deepEqual(
      table.rows.map((r) => [r.position, r.team, r.level, r.playoffPending]),
      [
        [1, 'Alianza', true, true],
        [1, 'Cristal', true, true],
        [3, 'Melgar', false, false],
      ],
    );
    assert.deepEqual(table.notes, [{ code: 'playoff_pending', teams: ['Alianza', 'Cristal'] }]);
    assert.equal(table.complete, false);
  });

  test('with no play-off scheduled yet it is pending too', () => {
    assert.equal(row(tableOf(season, adfp), 'Cristal').playoffPending, true);
  });

  test('once played, the play-off decides, whatever the goal difference', () => {
    const table = tableOf(season, adfp, { decisions: { playoffs: [result('Cristal', 'Alianza', '1-0')] } });
    assert.deepEqual(order(table), ['Cristal', 'Alianza', 'Melgar']);
    assert.deepEqual(row(table, 'Cristal').decidedBy, { above: null, below: 'playoff' });
    assert.equal(row(table, 'Cristal').points, 4, 'the play-off is not a table match');
    assert.equal(table.complete, true);
  });

  test('a play-off level after extra time is decided on penalties', () => {
    const table = tableOf(season, adfp, {
      decisions: { playoffs: [result('Cristal', 'Alianza', '1-1, 2-2 aet, 3-4 pen')] },
    });
    assert.deepEqual(order(table).slice(0, 2), ['Alianza', 'Cristal']);
  });

  test('a play-off after the as-of date is still pending on that date', () => {
    const playoff = result('Cristal', 'Alianza', '1-0', { date: '2014-12-03' });
    const dated = season.map((m) => ({ ...m, date: '2014-11-30' as never }));
    const before = tableOf(dated, adfp, { asOf: '2014-12-01' as never, decisions: { playoffs: [playoff] } });
    assert.equal(row(before, 'Cristal').playoffPending, true);
    const after = tableOf(dated, adfp, { asOf: '2014-12-03' as never, decisions: { playoffs: [playoff] } });
    assert.deepEqual(order(after).slice(0, 2), ['Cristal', 'Alianza']);
  });

  test('a tie for a place not listed in playoffPositions falls through to the next criterion', () => {
    // Level for second: no play-off, goal difference decides.
    const table = tableOf(
      [
        result('Top', 'A', '1-0'),
        result('Top', 'B', '1-0'),
        result('A', 'C', '3-0'),
        result('B', 'C', '1-0'),
      ],
      adfp,
    );
    assert.deepEqual(order(table), ['Top', 'A', 'B', 'C']);
    assert.equal(row(table, 'A').decidedBy.below, 'goal_difference');
    assert.equal(row(table, 'A').playoffPending, false);
  });

  test('a tie straddling a listed place goes to the play-off; one below it does not', () => {
    // Relegation line after 3rd (playoffPositions [3]): B and C level for 3rd play off.
    const line = rules(['points', 'playoff', 'goal_difference'], { playoffPositions: [3] });
    const matches = [
      result('A', 'D', '1-0'),
      result('Top', 'D', '1-0'),
      result('Top', 'A', '1-0'),
      result('B', 'C', '0-0'),
    ];
    const table = tableOf(matches, line);
    assert.deepEqual(
      table.rows.filter((r) => r.playoffPending).map((r) => r.team),
      ['B', 'C'],
    );
  });

  test('without playoffPositions every tie that reaches the play-off waits for one', () => {
    const table = tableOf([result('A', 'B', '2-2')], rules(['points', 'playoff']));
    assert.deepEqual(
      table.rows.map((r) => r.playoffPending),
      [true, true],
    );
  });
});
