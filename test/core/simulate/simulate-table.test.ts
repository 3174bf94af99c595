import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoDate, matchId, teamId, type Match } from '../../../src/core/model/index.ts';
import { fitDixonColes } from '../../../src/core/predict/index.ts';
import {
  addTableCounts,
  simulateTable,
  tableForecast,
  tableSimulationInput,
  type TableToPlay,
} from '../../../src/core/simulate/index.ts';
import { tableRulesPreset } from '../../../src/core/tiebreakers/index.ts';

let serial = 0;
const match = (home: string, away: string, score?: string, date = '2024-03-01'): Match => {
  const [h, a] = score ? score.split('-').map(Number) : [];
  return {
    id: matchId(`m${serial++}`),
    home: teamId(home),
    away: teamId(away),
    date: isoDate(date),
    status: score ? 'played' : 'scheduled',
    ...(score ? { result: { fullTime: { home: h!, away: a! } } } : {}),
  };
};

function forecast(table: TableToPlay, runs = 2000, seed = 11, zones = {}) {
  const model = fitDixonColes(table.played);
  const { teams, input } = tableSimulationInput(table, model);
  return tableForecast(teams, simulateTable(input, seed, 0, runs), zones);
}
const byTeam = (rows: ReturnType<typeof forecast>, team: string) => rows.find((r) => r.team === team)!;

// Four teams, one round robin played; a second round still to play.
const FIRST_ROUND = [
  match('A', 'B', '2-0'),
  match('C', 'D', '1-1'),
  match('A', 'C', '3-1'),
  match('B', 'D', '0-0'),
  match('D', 'A', '0-2'),
  match('B', 'C', '1-2'),
];
const SECOND_ROUND = [
  match('B', 'A'),
  match('D', 'C'),
  match('C', 'A'),
  match('D', 'B'),
  match('A', 'D'),
  match('C', 'B'),
];

describe('simulateTable', () => {
  it('gives every team probabilities of its places that sum to 1, and every place one team', () => {
    const rows = forecast({
      played: FIRST_ROUND,
      upcoming: SECOND_ROUND,
      rules: tableRulesPreset('premier-league'),
    });
    for (const r of rows) assert.ok(Math.abs(r.positions.reduce((a, b) => a + b, 0) - 1) < 1e-12, r.team);
    for (let place = 0; place < 4; place++)
      assert.ok(
        Math.abs(rows.reduce((a, r) => a + r.positions[place]!, 0) - 1) < 1e-12,
        `place ${place + 1}`,
      );
  });

  it('gives a team that is already champion P(champion) = 1', () => {
    // A has 9 points from 3 matches and the others at most 4 with one match each left: 7 at most.
    const rows = forecast({
      played: FIRST_ROUND,
      upcoming: SECOND_ROUND.filter((m) => m.home !== 'A' && m.away !== 'A').slice(0, 1),
      rules: tableRulesPreset('premier-league'),
    });
    assert.equal(byTeam(rows, 'A').champion, 1);
  });

  it('gives a team that is mathematically relegated P(relegated) = 1', () => {
    const played = [...FIRST_ROUND, match('B', 'A', '0-3'), match('D', 'B', '2-0'), match('C', 'B', '4-0')];
    // B: 1 point, one match left against nobody (all its matches are played); D and C are out of reach.
    const rows = forecast(
      { played, upcoming: [match('D', 'C'), match('A', 'D')], rules: tableRulesPreset('premier-league') },
      2000,
      3,
      { relegated: 1 },
    );
    assert.equal(byTeam(rows, 'B').relegated, 1);
    assert.equal(byTeam(rows, 'B').positions[3], 1);
  });

  it('lets head-to-head decide where the rules put it first, and goal difference where they do not', () => {
    // X and Y finish level on 6 points whatever happens: X has the better goal difference, Y won
    // their match. The other two, without a point, play each other: 3 points at most.
    const played = [
      match('X', 'Y', '0-1'),
      match('X', 'P', '5-0'),
      match('Y', 'Q', '1-0'),
      match('X', 'P', '4-0', '2024-03-02'),
    ];
    const upcoming = [match('P', 'Q')];
    const goalDifferenceFirst = forecast({ played, upcoming, rules: tableRulesPreset('premier-league') });
    const headToHeadFirst = forecast({ played, upcoming, rules: tableRulesPreset('la-liga') });
    assert.equal(byTeam(goalDifferenceFirst, 'X').champion, 1);
    assert.equal(byTeam(headToHeadFirst, 'Y').champion, 1);
  });

  it('gives the same counts whether the runs are played in one chunk or several', () => {
    const table = { played: FIRST_ROUND, upcoming: SECOND_ROUND, rules: tableRulesPreset('la-liga') };
    const { input } = tableSimulationInput(table, fitDixonColes(FIRST_ROUND));
    const whole = simulateTable(input, 5, 0, 900);
    const parts = [
      simulateTable(input, 5, 0, 300),
      simulateTable(input, 5, 300, 301),
      simulateTable(input, 5, 301, 900),
    ];
    const added = parts.reduce(addTableCounts);
    assert.deepEqual([...added.positions], [...whole.positions]);
    assert.deepEqual([...added.points], [...whole.points]);
    const other = simulateTable(input, 6, 0, 900);
    assert.notDeepEqual([...other.positions], [...whole.positions], 'another seed, other runs');
  });

  it('adds recorded adjustments to the points', () => {
    const rows = forecast({
      played: FIRST_ROUND,
      upcoming: [],
      rules: tableRulesPreset('premier-league'),
      adjustments: [{ team: teamId('D'), points: 10, reason: 'bonus' }],
    });
    assert.equal(byTeam(rows, 'D').champion, 1);
    assert.equal(byTeam(rows, 'D').expectedPoints, 12);
  });
});
