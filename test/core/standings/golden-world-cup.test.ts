import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { teamId } from '../../../src/core/model/index.ts';
import { computeStandings, whyPosition } from '../../../src/core/standings/index.ts';
import { tableRulesPreset } from '../../../src/core/tiebreakers/index.ts';
import { parseFootballTxt } from '../../../src/import/football-txt/index.ts';
import {
  WORLD_CUP_1994_GROUP_E,
  WORLD_CUP_1994_GROUP_E_ORDER,
  WORLD_CUP_2002_GROUP_F,
  WORLD_CUP_2002_GROUP_F_ORDER,
  type GroupResult,
} from '../../fixtures/world-cup-groups.ts';
import { order, result } from './table-builders.ts';

const fifa = tableRulesPreset('fifa-world-cup');
const groupTable = (results: readonly GroupResult[]) => {
  const matches = results.map(([date, home, score, away]) => result(home, away, score, { date }));
  const teams = [...new Set(results.flatMap(([, home, , away]) => [home, away]))].map(teamId);
  return computeStandings({ teams, matches, rules: fifa });
};

describe('golden: FIFA World Cup groups', () => {
  test('world-cup-2002-group-f: Sweden above England on goals scored', () => {
    const table = groupTable(WORLD_CUP_2002_GROUP_F);
    assert.deepEqual(order(table), WORLD_CUP_2002_GROUP_F_ORDER);
    assert.deepEqual(
      table.rows.map((r) => [r.team, r.points, r.goalsFor, r.goalsAgainst]),
      [
        ['Sweden', 5, 4, 3],
        ['England', 5, 2, 1],
        ['Argentina', 4, 2, 2],
        ['Nigeria', 1, 1, 3],
      ],
    );
    assert.equal(table.rows[0]?.decidedBy.below, 'goals_for');
  });

  test('world-cup-1994-group-e: four teams level; goals scored, then Ireland’s win over Italy', () => {
    const table = groupTable(WORLD_CUP_1994_GROUP_E);
    assert.deepEqual(order(table), WORLD_CUP_1994_GROUP_E_ORDER);
    assert.ok(table.rows.every((r) => r.points === 4 && r.goalDifference === 0));
    assert.deepEqual(
      table.rows.map((r) => r.decidedBy),
      [
        { above: null, below: 'goals_for' },
        { above: 'goals_for', below: 'h2h_points' },
        { above: 'h2h_points', below: 'goals_for' },
        { above: 'goals_for', below: null },
      ],
    );
    // Why is Italy third? Level on points and goal difference with everyone; 2 goals like
    // Ireland; 0 points to Ireland's 3 in their match.
    assert.deepEqual(
      whyPosition(table, teamId('Italy')).map((e) => [e.criterion, e.groups]),
      [
        ['goals_for', [['Mexico'], ['Ireland', 'Italy'], ['Norway']]],
        ['h2h_points', [['Ireland'], ['Italy']]],
      ],
    );
  });

  const shared = '../shared/data/openfootball-worldcup';
  for (const [name, file, group, expected] of [
    ['world-cup-2002-group-f', '2002--south-korea-n-japan/cup.txt', 'F', WORLD_CUP_2002_GROUP_F_ORDER],
    ['world-cup-1994-group-e', '1994--usa/cup.txt', 'E', WORLD_CUP_1994_GROUP_E_ORDER],
  ] as const) {
    test(`${name} from the openfootball file itself`, (t) => {
      if (!existsSync(`${shared}/${file}`)) return t.skip('../shared/data not found');
      const imported = parseFootballTxt(readFileSync(`${shared}/${file}`, 'utf8'), { file });
      const results = imported.matches
        .filter((m) => m.group === group && m.result)
        .map((m): GroupResult => [
          m.date ?? '',
          m.home,
          `${m.result!.fullTime.home}-${m.result!.fullTime.away}`,
          m.away,
        ]);
      assert.equal(results.length, 6);
      assert.deepEqual(order(groupTable(results)), expected);
    });
  }
});
