import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoDate } from '../../../src/core/model/index.ts';
import { statsScope, topScorers } from '../../../src/core/stats/index.ts';
import { played, scheduled } from './stats-builders.ts';

describe('top scorers', () => {
  it('counts goals and penalties, and an own goal never for the player who scored it', () => {
    const scope = statsScope([
      played('usm', 'cie', '3-1', { goals: 'Perea 16 pen, Perea 40, Silva 70; Ramírez 80' }),
      played('ali', 'usm', '1-1', { goals: 'Perea 30 og; Perea 88' }),
    ]);
    const fig = topScorers(scope);
    assert.equal(fig.known, true);
    const rows = fig.known ? fig.value : [];
    assert.deepEqual(rows[0], {
      rank: 1,
      shared: false,
      name: 'Perea',
      teams: ['usm'],
      goals: 3,
      penalties: 1,
    });
    assert.ok(!rows.some((r) => r.teams.some((t) => t === 'ali')), 'nobody scored for Alianza');
    assert.equal(
      rows.reduce((a, r) => a + r.goals, 0),
      5,
      'six goals were scored; the own goal is nobody’s',
    );
  });

  it('gives players level on goals the same rank, and the next player the rank after all of them', () => {
    const scope = statsScope([played('a', 'b', '4-1', { goals: 'X 1, X 2, Y 3, Y 4; Z 5' })]);
    const fig = topScorers(scope);
    assert.ok(fig.known);
    assert.deepEqual(
      fig.value.map((r) => [r.name, r.rank, r.shared]),
      [
        ['X', 1, true],
        ['Y', 1, true],
        ['Z', 3, false],
      ],
    );
  });

  it('keeps everyone level with the last place of a limited list', () => {
    const scope = statsScope([played('a', 'b', '3-2', { goals: 'X 1, X 2, Y 3; Z 5, W 6' })]);
    const fig = topScorers(scope, { limit: 2 });
    assert.ok(fig.known);
    assert.deepEqual(
      fig.value.map((r) => r.name),
      ['X', 'W', 'Y', 'Z'],
    );
  });

  it('is not known while a result is missing, and says what the known goals give', () => {
    const scope = statsScope([played('a', 'b', '1-0', { goals: 'X 1' }), scheduled('b', 'a')], {
      expected: 2,
    });
    const fig = topScorers(scope);
    assert.equal(fig.known, false);
    assert.ok(!fig.known && fig.reason === 'results_missing');
    assert.deepEqual(!fig.known && fig.partial?.map((r) => r.name), ['X']);
  });

  it('is not known while a result is known without its scorers', () => {
    const scope = statsScope([played('a', 'b', '1-0', { goals: 'X 1' }), played('b', 'a', '2-0')]);
    const fig = topScorers(scope);
    assert.ok(!fig.known && fig.reason === 'goals_missing');
    assert.deepEqual(fig.coverage, { counted: 1, expected: 2, of: 'scorers' });
  });

  it('as of a day counts only the goals scored by then', () => {
    const matches = [
      played('a', 'b', '1-0', { date: '2014-03-01', goals: 'X 1' }),
      played('b', 'a', '0-2', { date: '2014-04-01', goals: '; Y 1, Y 2' }),
    ];
    const fig = topScorers(statsScope(matches, { asOf: isoDate('2014-03-15') }));
    assert.ok(fig.known);
    assert.deepEqual(
      fig.value.map((r) => [r.name, r.goals]),
      [['X', 1]],
    );
  });
});
