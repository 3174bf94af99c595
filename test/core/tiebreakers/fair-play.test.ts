import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fairPlayPoints } from '../../../src/core/tiebreakers/index.ts';
import { cards, order, result, row, rules, tableOf } from '../standings/table-builders.ts';

describe('fair play (FIFA weights)', () => {
  test('yellow −1, second yellow −3, direct red −4, yellow then direct red −5', () => {
    assert.equal(fairPlayPoints(cards(1)), -1);
    assert.equal(fairPlayPoints(cards(0, 1)), -3);
    assert.equal(fairPlayPoints(cards(0, 0, 1)), -4);
    assert.equal(fairPlayPoints(cards(0, 0, 0, 1)), -5);
    assert.equal(fairPlayPoints(cards(2, 1, 1, 1)), -14);
    assert.equal(fairPlayPoints({ yellow: 3, secondYellow: 0, red: 0 }), -3, 'yellowRed may be absent');
  });

  test('level on everything else, the team with fewer deductions over all its matches ranks higher', () => {
    // 2018 World Cup Group H: Japan and Senegal level on points, goals and head-to-head; Japan
    // went through on fair play, −4 against −6. A smaller group with the same numbers:
    const table = tableOf(
      [
        result('Japan', 'Senegal', '2-2', { cards: { home: cards(2), away: cards(0, 1) } }),
        result('Japan', 'Poland', '0-1', { cards: { home: cards(2), away: cards(0) } }),
        result('Senegal', 'Poland', '0-1', { cards: { home: cards(3), away: cards(0) } }),
      ],
      rules(['points', 'goal_difference', 'goals_for', 'h2h_points', 'fair_play', 'lots']),
    );
    assert.deepEqual(order(table), ['Poland', 'Japan', 'Senegal']);
    assert.equal(row(table, 'Japan').decidedBy.below, 'fair_play');
    const explanation = table.explanations.find((e) => e.criterion === 'fair_play');
    assert.deepEqual(
      explanation?.values.map((v) => [v.team, v.value]),
      [
        ['Japan', -4],
        ['Senegal', -6],
      ],
    );
  });

  test('matches without card counts count as clean', () => {
    const table = tableOf(
      [result('A', 'B', '0-0', { cards: { home: cards(1), away: cards(0) } })],
      rules(['points', 'fair_play']),
    );
    assert.deepEqual(order(table), ['B', 'A']);
  });
});
