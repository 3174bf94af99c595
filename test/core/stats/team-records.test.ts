import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { teamId } from '../../../src/core/model/index.ts';
import { statsScope, teamRecord } from '../../../src/core/stats/index.ts';
import { played, scheduled } from './stats-builders.ts';

const season = () => [
  played('a', 'b', '1-0', { date: '2014-02-01' }),
  played('c', 'a', '0-3', { date: '2014-02-08' }),
  played('a', 'd', '2-2', { date: '2014-02-15' }),
  played('b', 'a', '2-0', { date: '2014-02-22' }),
  played('a', 'c', '5-0', { date: '2014-03-01' }),
  played('d', 'a', '1-1', { date: '2014-03-08', aet: '1-1', pens: '3-4' }),
];

describe('team records', () => {
  it('finds the longest winning and unbeaten runs, in date order, whatever order the matches come in', () => {
    const fig = teamRecord(statsScope([...season()].reverse()), teamId('a'));
    assert.ok(fig.known);
    const r = fig.value;
    assert.deepEqual([r.played, r.won, r.drawn, r.lost, r.goalsFor, r.goalsAgainst], [6, 3, 2, 1, 12, 5]);
    assert.deepEqual(r.form, ['W', 'W', 'D', 'L', 'W', 'D']);
    assert.deepEqual(
      [r.longestWinningRun.length, r.longestWinningRun.from, r.longestWinningRun.to],
      [2, '2014-02-01', '2014-02-08'],
    );
    assert.deepEqual([r.longestUnbeatenRun.length, r.longestUnbeatenRun.ongoing], [3, false]);
    assert.equal(r.longestLosingRun.length, 1);
  });

  it('a shoot-out does not turn a draw into a win: the run after the defeat is unbeaten and still going', () => {
    const fig = teamRecord(statsScope(season()), teamId('a'));
    assert.ok(fig.known);
    assert.deepEqual([fig.value.longestWinningRun.length, fig.value.form.at(-1)], [2, 'D']);
    const unbeaten = teamRecord(statsScope(season().slice(3)), teamId('a'));
    assert.ok(unbeaten.known && unbeaten.value.longestUnbeatenRun.ongoing);
  });

  it('biggest win and biggest defeat', () => {
    const fig = teamRecord(statsScope(season()), teamId('a'));
    assert.ok(fig.known);
    assert.deepEqual(
      fig.value.biggestWin.map((m) => m.date),
      ['2014-03-01'],
    );
    assert.deepEqual(
      fig.value.biggestDefeat.map((m) => m.date),
      ['2014-02-22'],
    );
  });

  it('with a result missing the runs are only partial: a gap may hide a defeat', () => {
    const fig = teamRecord(
      statsScope([...season(), { ...scheduled('a', 'b', '2014-03-15'), status: 'played' }]),
      teamId('a'),
    );
    assert.ok(!fig.known && fig.partial?.played === 6);
  });
});
