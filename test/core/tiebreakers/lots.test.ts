import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatTableNote } from '../../../src/core/standings/index.ts';
import { teamId } from '../../../src/core/model/index.ts';
import { order, result, row, rules, tableOf } from '../standings/table-builders.ts';

// Four teams that drew every match 1-1: level on everything but the lots.
const draws = [
  result('A', 'B', '1-1'),
  result('C', 'D', '1-1'),
  result('A', 'C', '1-1'),
  result('B', 'D', '1-1'),
  result('A', 'D', '1-1'),
  result('B', 'C', '1-1'),
];
const byLots = rules(['points', 'goal_difference', 'goals_for', 'lots']);

describe('drawing of lots', () => {
  test('a recorded drawing decides the order of the teams it covers', () => {
    const table = tableOf(draws.slice(0, 1), byLots, { decisions: { lots: [[teamId('B'), teamId('A')]] } });
    assert.deepEqual(order(table), ['B', 'A']);
    assert.equal(row(table, 'B').decidedBy.below, 'lots');
    assert.deepEqual(table.notes, [{ code: 'lots_recorded', teams: ['B', 'A'] }]);
    assert.equal(row(table, 'A').level, false, 'lots separate: no shared place');
  });

  test('without a recorded drawing, the same seed gives the same order, and the notes print the seed', () => {
    const first = tableOf(draws, byLots, { seed: 42 });
    const again = tableOf(draws, byLots, { seed: 42 });
    assert.deepEqual(order(first), order(again));
    assert.deepEqual(
      first.rows.map((r) => r.position),
      [1, 2, 3, 4],
    );
    const note = first.notes.find((n) => n.code === 'lots_drawn');
    assert.ok(note && note.code === 'lots_drawn');
    assert.equal(note.seed, 42);
    assert.match(formatTableNote(note), /seed 42/);
  });

  test('different seeds give different draws', () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) => order(tableOf(draws, byLots, { seed })).join()),
    );
    assert.ok(orders.size > 1, `20 seeds gave only ${[...orders].join(' / ')}`);
  });

  test('with no seed given the draw uses seed 0, and says so', () => {
    const table = tableOf(draws, byLots);
    assert.deepEqual(order(table), order(tableOf(draws, byLots, { seed: 0 })));
    assert.deepEqual(
      table.notes.map((n) => n.code === 'lots_drawn' && n.seed),
      [0],
    );
  });

  test('a recorded drawing that does not cover every tied team is not used', () => {
    const table = tableOf(draws, byLots, { seed: 7, decisions: { lots: [[teamId('D'), teamId('C')]] } });
    assert.equal(table.notes[0]?.code, 'lots_drawn');
  });
});
