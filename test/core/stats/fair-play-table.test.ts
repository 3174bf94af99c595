import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanSheets, fairPlayTable, statsScope } from '../../../src/core/stats/index.ts';
import { played } from './stats-builders.ts';

describe('fair-play table', () => {
  it('weighs cards as FIFA does: yellow −1, second yellow −3, straight red −4, yellow then red −5', () => {
    const fig = fairPlayTable(
      statsScope([
        played('a', 'b', '1-0', { cards: { home: { yellow: 2, secondYellow: 1 }, away: { red: 1 } } }),
        played('b', 'a', '1-1', { cards: { home: { yellowRed: 1 }, away: {} } }),
      ]),
    );
    assert.ok(fig.known);
    assert.deepEqual(
      fig.value.map((r) => [r.team, r.points, r.played]),
      [
        ['a', -5, 2],
        ['b', -9, 2],
      ],
    );
  });

  it('teams with the same deductions share a place', () => {
    const fig = fairPlayTable(
      statsScope([played('a', 'b', '1-0', { cards: { home: { yellow: 1 }, away: { yellow: 1 } } })]),
    );
    assert.ok(fig.known);
    assert.deepEqual(
      fig.value.map((r) => [r.rank, r.shared]),
      [
        [1, true],
        [1, true],
      ],
    );
  });

  it('a match without a card record is not a clean match: the table is then unknown', () => {
    const fig = fairPlayTable(
      statsScope([played('a', 'b', '1-0', { cards: { home: {}, away: {} } }), played('b', 'a', '1-0')]),
    );
    assert.ok(!fig.known && fig.reason === 'cards_missing');
  });
});

describe('clean sheets', () => {
  it('counts the matches in which a team conceded nothing, extra time included', () => {
    const fig = cleanSheets(
      statsScope([played('a', 'b', '1-0'), played('b', 'a', '0-0', { aet: '0-1' }), played('a', 'c', '2-2')]),
    );
    assert.ok(fig.known);
    assert.deepEqual(
      fig.value.map((r) => [r.team, r.cleanSheets]),
      [
        ['a', 2],
        ['c', 0],
        ['b', 0],
      ],
    );
  });
});
