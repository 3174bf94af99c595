import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  matchId,
  teamId,
  type Match,
  type TableRules,
  type TiebreakerId,
} from '../../../src/core/model/index.ts';
import { computeStandings, positionHistory } from '../../../src/core/standings/index.ts';
import { tableRulesPreset } from '../../../src/core/tiebreakers/index.ts';

const names = [
  'Alianza',
  'Cristal',
  'Universitario',
  'Melgar',
  'Aurich',
  'Cienciano',
  'Garcilaso',
  'Vallejo',
].map(teamId);

const season = fc.integer({ min: 2, max: 8 }).chain((n) =>
  fc.record({
    teams: fc.constant(names.slice(0, n)),
    matches: fc.array(
      fc
        .record({
          home: fc.nat(n - 1),
          away: fc.nat(n - 1),
          hg: fc.nat(5),
          ag: fc.nat(5),
          pens: fc.option(fc.tuple(fc.nat(6), fc.nat(6)), { nil: undefined }),
          day: fc.integer({ min: 1, max: 28 }),
        })
        .filter((m) => m.home !== m.away),
      { maxLength: 40 },
    ),
  }),
);

const toMatches = (s: {
  teams: typeof names;
  matches: {
    home: number;
    away: number;
    hg: number;
    ag: number;
    pens: [number, number] | undefined;
    day: number;
  }[];
}): Match[] =>
  s.matches.map((m, i) => ({
    id: matchId(`p${i}`),
    home: s.teams[m.home]!,
    away: s.teams[m.away]!,
    date: `2014-02-${String(m.day).padStart(2, '0')}` as Match['date'] & string,
    status: 'played',
    result: {
      fullTime: { home: m.hg, away: m.ag },
      ...(m.hg === m.ag && m.pens && m.pens[0] !== m.pens[1]
        ? { penalties: { home: m.pens[0], away: m.pens[1] } }
        : {}),
    },
  }));

const presets = fc.constantFrom(
  'premier-league',
  'uefa-group',
  'fifa-world-cup',
  'la-liga',
  'england-1888',
  'efl-2020-ppg',
);
const noLots = (r: TableRules): TableRules => ({
  ...r,
  tiebreakers: r.tiebreakers.filter((id): id is TiebreakerId => id !== 'lots'),
});

describe('properties of every table', () => {
  test('the points in the table are the points the results give, and goals for equal goals against', () => {
    fc.assert(
      fc.property(
        season,
        fc.record({
          win: fc.integer({ min: 0, max: 5 }),
          draw: fc.integer({ min: 0, max: 3 }),
          loss: fc.integer({ min: -1, max: 1 }),
        }),
        (s, points) => {
          const matches = toMatches(s);
          const table = computeStandings({
            teams: s.teams,
            matches,
            rules: { points, tiebreakers: ['points'], headToHead: 'once' },
          });
          const expected = s.matches.reduce(
            (sum, m) => sum + (m.hg === m.ag ? 2 * points.draw : points.win + points.loss),
            0,
          );
          assert.equal(
            table.rows.reduce((sum, r) => sum + r.points, 0),
            expected,
          );
          assert.equal(
            table.rows.reduce((sum, r) => sum + r.goalsFor - r.goalsAgainst, 0),
            0,
          );
          assert.equal(
            table.rows.reduce((sum, r) => sum + r.played, 0),
            2 * matches.length,
          );
        },
      ),
    );
  });

  test('the order is a permutation of the teams, places never go down the table', () => {
    fc.assert(
      fc.property(season, presets, fc.integer(), (s, preset, seed) => {
        const table = computeStandings({
          teams: s.teams,
          matches: toMatches(s),
          rules: tableRulesPreset(preset),
          seed,
        });
        assert.deepEqual(table.rows.map((r) => r.team).sort(), [...s.teams].sort());
        table.rows.forEach((r, i) => {
          const prev = table.rows[i - 1];
          // Either the next place, or a place shared with the team above, both flagged level.
          if (r.position !== i + 1) {
            assert.equal(r.position, prev?.position);
            assert.ok(r.level && prev?.level);
          }
        });
      }),
    );
  });

  test('the ranking does not depend on the order of the matches or of the teams (the comparator is consistent)', () => {
    fc.assert(
      fc.property(season, presets, fc.nat(), (s, preset, shift) => {
        const rules = noLots(tableRulesPreset(preset));
        const matches = toMatches(s);
        const rotated = [
          ...matches.slice(shift % (matches.length || 1)),
          ...matches.slice(0, shift % (matches.length || 1)),
        ];
        const reversedTeams = [...s.teams].reverse();
        const a = computeStandings({ teams: s.teams, matches, rules });
        const b = computeStandings({ teams: reversedTeams, matches: rotated.reverse(), rules });
        const positions = (t: typeof a) => Object.fromEntries(t.rows.map((r) => [r.team, r.position]));
        assert.deepEqual(positions(b), positions(a));
      }),
    );
  });

  test('the last checkpoint of the position history is the final table', () => {
    fc.assert(
      fc.property(season, presets, (s, preset) => {
        const input = { teams: s.teams, matches: toMatches(s), rules: tableRulesPreset(preset), seed: 1 };
        const history = positionHistory(input, ['2014-02-14', '2014-02-28'] as never);
        const table = computeStandings(input);
        for (const { team, positions } of history.teams) {
          assert.equal(positions.at(-1), table.rows.find((r) => r.team === team)?.position);
        }
      }),
    );
  });
});
