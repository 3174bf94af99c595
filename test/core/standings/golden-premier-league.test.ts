// The official Premier League final tables, reproduced row by row from the season's results.
// Source: openfootball/england (CC0, commit 1303dcb), rsssf/eng2024-premierleague.txt and
// eng2025-premierleague.txt: the official table sits in a comment block above the matches,
// with the 2023/24 deductions (Everton −8, Nottingham Forest −4).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { matchId, teamId, type Adjustment, type Match } from '../../../src/core/model/index.ts';
import { computeStandings } from '../../../src/core/standings/index.ts';
import { tableRulesPreset } from '../../../src/core/tiebreakers/index.ts';
import { parseFootballTxt } from '../../../src/import/football-txt/index.ts';

/** The results use short names, the official table full ones. */
const FULL_NAMES: Readonly<Record<string, string>> = {
  Arsenal: 'Arsenal',
  'Aston Villa': 'Aston Villa',
  Bournemouth: 'AFC Bournemouth',
  Brentford: 'Brentford',
  Brighton: 'Brighton & Hove Albion',
  Burnley: 'Burnley',
  Chelsea: 'Chelsea',
  'Crystal P': 'Crystal Palace',
  Everton: 'Everton',
  Fulham: 'Fulham',
  Ipswich: 'Ipswich Town',
  Leicester: 'Leicester City',
  Liverpool: 'Liverpool',
  Luton: 'Luton Town',
  'Manchester C': 'Manchester City',
  'Manchester U': 'Manchester United',
  Newcastle: 'Newcastle United',
  Nottingham: 'Nottingham Forest',
  'Sheffield U': 'Sheffield United',
  Southampton: 'Southampton',
  Tottenham: 'Tottenham Hotspur',
  'West Ham': 'West Ham United',
  Wolverhampton: 'Wolverhampton Wanderers',
};
const full = (short: string): string => FULL_NAMES[short] ?? assert.fail(`no full name for ${short}`);

describe('golden: Premier League final tables', () => {
  for (const [name, file] of [
    ['premier-league-2023-24', 'eng2024-premierleague.txt'],
    ['premier-league-2024-25', 'eng2025-premierleague.txt'],
  ] as const) {
    test(`${name}: the official table, row by row`, (t) => {
      const path = `../shared/data/openfootball-england/rsssf/${file}`;
      if (!existsSync(path)) return t.skip('../shared/data not found');
      const imported = parseFootballTxt(readFileSync(path, 'utf8'), { file });
      const official = imported.tables[0];
      assert.ok(official && official.rows.length === 20, 'the official table is in the file');
      const matches = imported.matches.map((m, i): Match => ({
        id: matchId(`${name}-${i}`),
        home: teamId(full(m.home)),
        away: teamId(full(m.away)),
        status: m.status,
        ...(m.date ? { date: m.date } : {}),
        ...(m.result ? { result: m.result } : {}),
      }));
      const adjustments = official.adjustments.map((a): Adjustment => ({
        team: teamId(a.team),
        points: a.points,
        reason: a.reason ?? 'deduction',
      }));
      const teams = official.rows.map((r) => teamId(r.team));
      const table = computeStandings({
        teams,
        matches,
        rules: tableRulesPreset('premier-league'),
        adjustments,
      });
      assert.equal(table.complete, true);
      assert.deepEqual(
        table.rows.map((r) => [
          r.position,
          r.team,
          r.played,
          r.won,
          r.drawn,
          r.lost,
          r.goalsFor,
          r.goalsAgainst,
          r.points,
        ]),
        official.rows.map((r) => [
          r.position,
          r.team,
          r.played,
          r.won,
          r.drawn,
          r.lost,
          r.goalsFor,
          r.goalsAgainst,
          r.points,
        ]),
      );
      for (const r of official.rows.filter((row) => row.adjustment !== undefined)) {
        assert.equal(table.rows.find((row) => row.team === r.team)?.adjustment, r.adjustment, r.team);
      }
    });
  }
});
