import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TWO_POINTS } from '../../../src/core/model/index.ts';
import { computeStandings } from '../../../src/core/standings/index.ts';
import { awarded, fixture, order, result, row, rules, struckOut, tableOf, teams } from './table-builders.ts';

const byPoints = rules(['points', 'goal_difference', 'goals_for']);

describe('computeStandings', () => {
  test('a win gives three points, a draw one, a loss none, and goals add up on both sides', () => {
    const table = tableOf(
      [
        result('Alianza', 'Cristal', '2-1'),
        result('Cristal', 'Melgar', '1-1'),
        result('Melgar', 'Alianza', '0-3'),
      ],
      byPoints,
    );
    assert.deepEqual(order(table), ['Alianza', 'Cristal', 'Melgar']);
    const alianza = row(table, 'Alianza');
    assert.deepEqual(
      [
        alianza.played,
        alianza.won,
        alianza.drawn,
        alianza.lost,
        alianza.goalsFor,
        alianza.goalsAgainst,
        alianza.goalDifference,
        alianza.points,
      ],
      [2, 2, 0, 0, 5, 1, 4, 6],
    );
    assert.equal(row(table, 'Cristal').points, 1);
    assert.equal(row(table, 'Melgar').points, 1);
  });

  test('goals after extra time count; a shoot-out never counts as goals', () => {
    const table = tableOf([result('Alianza', 'USM', '2-2, 3-3 aet, 5-3 pen')], byPoints);
    for (const team of ['Alianza', 'USM']) {
      const r = row(table, team);
      assert.deepEqual([r.goalsFor, r.goalsAgainst, r.drawn, r.points], [3, 3, 1, 1]);
    }
  });

  test('a points system that rewards shoot-outs gives its points instead of the draw’s', () => {
    // Argentina 1988/89: two points a win, a drawn match went to penalties, the winner took 2, the loser 1.
    const argentina = rules(['points'], { points: { ...TWO_POINTS, shootoutWin: 2, shootoutLoss: 1 } });
    const table = tableOf(
      [result('Boca', 'River', '1-1, 4-3 pen'), result('River', 'Racing', '0-0, 2-4 pen')],
      argentina,
    );
    assert.equal(row(table, 'Boca').points, 2);
    assert.equal(row(table, 'River').points, 2);
    assert.equal(row(table, 'Racing').points, 2);
    assert.equal(row(table, 'Boca').goalsFor, 1);
  });

  test('any points system: two points a win, or a custom 4-2-1', () => {
    const matches = [result('A', 'B', '1-0'), result('B', 'C', '2-2'), result('C', 'A', '0-1')];
    assert.equal(row(tableOf(matches, rules(['points'], { points: TWO_POINTS })), 'A').points, 4);
    const custom = rules(['points'], { points: { win: 4, draw: 2, loss: 1 } });
    assert.deepEqual(
      tableOf(matches, custom).rows.map((r) => [r.team, r.points]),
      [
        ['A', 8],
        ['B', 3],
        ['C', 3],
      ],
    );
  });

  test('an awarded match counts with its awarded score', () => {
    const table = tableOf(
      [awarded('Boca', 'River', '0-3', 'River'), result('River', 'Boca', '1-1')],
      byPoints,
    );
    assert.deepEqual(order(table), ['River', 'Boca']);
    assert.deepEqual(
      [row(table, 'River').points, row(table, 'River').goalsFor, row(table, 'Boca').goalsAgainst],
      [4, 4, 4],
    );
  });

  test('void and annulled matches do not count, nor do matches still to be played', () => {
    const table = tableOf(
      [
        result('A', 'B', '1-0'),
        struckOut('B', 'A', '5-0', 'void'),
        struckOut('A', 'B', '0-4', 'annulled'),
        fixture('B', 'A'),
      ],
      byPoints,
    );
    assert.deepEqual([row(table, 'A').played, row(table, 'A').points, row(table, 'B').goalsFor], [1, 3, 0]);
    assert.equal(table.complete, false, 'a match is still to be played');
  });

  test('an abandoned match does not count, and leaves the table open until it is replayed', () => {
    const abandoned = { ...result('Bournemouth', 'Luton', '1-1'), status: 'abandoned' as const };
    const open = tableOf([abandoned, result('Luton', 'Bournemouth', '2-1')], byPoints);
    assert.equal(row(open, 'Luton').played, 1);
    assert.equal(open.complete, false);
    const replayed = tableOf(
      [abandoned, result('Luton', 'Bournemouth', '2-1'), result('Bournemouth', 'Luton', '4-3')],
      byPoints,
    );
    assert.equal(row(replayed, 'Luton').played, 2);
    assert.equal(replayed.complete, true);
  });

  test('a table is complete when every match is settled and no play-off is pending', () => {
    const table = tableOf([result('A', 'B', '1-0'), struckOut('B', 'A', '5-0', 'void')], byPoints);
    assert.equal(table.complete, true);
  });

  test('home and away splits add up to the whole record', () => {
    const table = tableOf(
      [result('A', 'B', '2-0'), result('B', 'A', '3-1'), result('A', 'C', '1-1'), result('C', 'A', '0-2')],
      byPoints,
    );
    const a = row(table, 'A');
    assert.deepEqual(a.home, {
      played: 2,
      won: 1,
      drawn: 1,
      lost: 0,
      goalsFor: 3,
      goalsAgainst: 1,
      goalDifference: 2,
      points: 4,
    });
    assert.deepEqual(a.away, {
      played: 2,
      won: 1,
      drawn: 0,
      lost: 1,
      goalsFor: 3,
      goalsAgainst: 3,
      goalDifference: 0,
      points: 3,
    });
    assert.equal(a.points, a.home.points + a.away.points);
  });

  test('a home table counts only home matches', () => {
    const matches = [result('A', 'B', '2-0'), result('B', 'A', '3-1'), result('C', 'A', '0-2')];
    const home = computeStandings({ teams: teams('A', 'B', 'C'), matches, rules: byPoints, side: 'home' });
    // B and A both won their home match by two; B scored more.
    assert.deepEqual(
      home.rows.map((r) => [r.team, r.played, r.points]),
      [
        ['B', 1, 3],
        ['A', 1, 3],
        ['C', 1, 0],
      ],
    );
    const away = computeStandings({ teams: teams('A', 'B', 'C'), matches, rules: byPoints, side: 'away' });
    assert.deepEqual(
      away.rows.map((r) => [r.team, r.played, r.points]),
      [
        ['A', 2, 3],
        ['C', 0, 0],
        ['B', 1, 0],
      ],
    );
  });

  test('form shows the last five results, most recent last', () => {
    const dates = ['2024-01-01', '2024-01-08', '2024-01-15', '2024-01-22', '2024-01-29', '2024-02-05'];
    const results = ['1-0', '0-1', '2-2', '3-0', '0-2', '1-1'];
    const matches = results.map((score, i) => result('A', `T${i}`, score, { date: dates[i]! }));
    // Given out of order: the table sorts by date.
    const table = tableOf(matches.reverse(), byPoints);
    assert.deepEqual(row(table, 'A').form, ['L', 'D', 'W', 'L', 'D']);
    assert.deepEqual(row(table, 'T5').form, ['D']);
  });

  test('a team without matches has an empty row', () => {
    const table = computeStandings({
      teams: teams('A', 'B', 'Idle'),
      matches: [result('A', 'B', '1-0')],
      rules: byPoints,
    });
    assert.deepEqual(order(table), ['A', 'Idle', 'B']);
    assert.deepEqual(
      [row(table, 'Idle').played, row(table, 'Idle').points, row(table, 'Idle').form],
      [0, 0, []],
    );
  });

  test('a match with a team outside the table is refused with the nearest name', () => {
    assert.throws(
      () =>
        computeStandings({
          teams: teams('Alianza Lima', 'Cristal'),
          matches: [result('Alianza Lma', 'Cristal', '1-0')],
          rules: byPoints,
        }),
      { code: 'unknown_team', path: ['matches', 0, 'home'], suggestion: 'Alianza Lima' },
    );
    assert.throws(() => computeStandings({ teams: teams('A', 'A'), matches: [], rules: byPoints }), {
      code: 'duplicate_team',
    });
  });
});
