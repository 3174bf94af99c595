import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  isoDate,
  matchId,
  teamId,
  type Match,
  type MatchStatus,
  type TableRules,
} from '../../../src/core/model/index.ts';
import { computeStandings, LiveStandings, type StandingsInput } from '../../../src/core/standings/index.ts';
import { tableRulesPreset } from '../../../src/core/tiebreakers/index.ts';
import { cards, deduction, fixture, result, rules, teams } from './table-builders.ts';

const names = ['Alianza', 'Cristal', 'Universitario', 'Melgar', 'Aurich', 'Cienciano'].map(teamId);

/** A recording: which fixture it is for (or a new match), with what status, score and day. */
const recording = (n: number) =>
  fc.record({
    fixture: fc.nat(40),
    home: fc.nat(n - 1),
    away: fc.nat(n - 1),
    status: fc.constantFrom<MatchStatus>(
      'played',
      'played',
      'played',
      'played',
      'awarded',
      'postponed',
      'abandoned',
      'void',
    ),
    hg: fc.nat(4),
    ag: fc.nat(4),
    pens: fc.option(fc.tuple(fc.nat(5), fc.nat(5)), { nil: undefined }),
    day: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined, freq: 8 }),
  });

const season = fc.integer({ min: 2, max: 6 }).chain((n) =>
  fc.record({
    teams: fc.constant(names.slice(0, n)),
    fixtures: fc.integer({ min: 0, max: 12 }),
    recordings: fc.array(recording(n), { maxLength: 30 }),
    preset: fc.constantFrom('premier-league', 'uefa-group', 'fifa-world-cup', 'england-1888'),
    shootouts: fc.boolean(),
    fairPlay: fc.boolean(),
  }),
);

const day = (d: number) => isoDate(`2014-03-${String(d).padStart(2, '0')}`);

describe('a live table', () => {
  test('gives after every recording the very table computeStandings gives for the same matches', () => {
    fc.assert(
      fc.property(season, (s) => {
        const base = tableRulesPreset(s.preset as 'premier-league');
        const r: TableRules = {
          ...base,
          points: s.shootouts ? { ...base.points, shootoutWin: 2, shootoutLoss: 1 } : base.points,
          tiebreakers: s.fairPlay ? [...base.tiebreakers, 'fair_play'] : base.tiebreakers,
        };
        const n = s.teams.length;
        // A fixture list of scheduled matches, dated in list order over five days.
        const fixtures: Match[] = Array.from({ length: s.fixtures }, (_, i): Match => ({
          id: matchId(`f${i}`),
          home: s.teams[i % n]!,
          away: s.teams[(i + 1 + (i % (n - 1 || 1))) % n]!,
          date: day(1 + (i % 5)),
          status: 'scheduled',
        })).filter((m) => m.home !== m.away);
        const input: StandingsInput = { teams: s.teams, matches: fixtures, rules: r, seed: 7 };
        const live = new LiveStandings(input);
        assert.deepEqual(live.table, computeStandings(input));
        let matches = [...fixtures];
        s.recordings.forEach((x, k) => {
          const target = x.fixture < fixtures.length ? fixtures[x.fixture]! : undefined;
          const home = target?.home ?? s.teams[x.home]!;
          const away = target?.away ?? s.teams[(x.home + 1 + (x.away % (n - 1 || 1))) % n]!;
          const counts = x.status === 'played' || x.status === 'awarded' || x.status === 'abandoned';
          const pens = x.hg === x.ag && x.pens && x.pens[0] !== x.pens[1];
          const match: Match = {
            id: target?.id ?? matchId(`r${k}`),
            home,
            away,
            status: x.status,
            ...(x.day === undefined ? {} : { date: day(x.day) }),
            ...(counts
              ? {
                  result: {
                    fullTime: { home: x.hg, away: x.ag },
                    ...(pens ? { penalties: { home: x.pens![0], away: x.pens![1] } } : {}),
                  },
                }
              : {}),
            ...(x.status === 'awarded' ? { awardedTo: home } : {}),
            ...(x.hg === 4 ? { cards: { home: cards(2), away: cards(1, 0, 1) } } : {}),
          };
          const at = matches.map((m) => m.id).lastIndexOf(match.id);
          matches = at >= 0 ? matches.map((m, i) => (i === at ? match : m)) : [...matches, match];
          assert.deepEqual(live.record(match), computeStandings({ ...input, matches }));
        });
      }),
      { numRuns: 500 },
    );
  });

  test('Descentralizado-like round: results recorded one by one keep the deduction, the form and the unplayed fixture', () => {
    const clubs = teams('Alianza', 'Cristal', 'Melgar', 'Aurich');
    const input: StandingsInput = {
      teams: clubs,
      matches: [
        fixture('Alianza', 'Cristal', { date: '2014-05-04' }),
        fixture('Melgar', 'Aurich', { date: '2014-05-04' }),
      ],
      rules: rules(['points', 'goal_difference', 'goals_for']),
      adjustments: [deduction('Aurich', -3, 'unpaid wages')],
    };
    const live = new LiveStandings(input);
    const alianza = result('Alianza', 'Cristal', '2-1', { date: '2014-05-04' });
    const table = live.record({ ...alianza, id: input.matches[0]!.id });
    assert.equal(table.complete, false);
    assert.deepEqual(
      table.rows.map((r) => [r.team, r.points, r.form.join('')]),
      [
        ['Alianza', 3, 'W'],
        ['Melgar', 0, ''],
        ['Cristal', 0, 'L'],
        ['Aurich', -3, ''],
      ],
    );
    const last = live.record({
      ...result('Melgar', 'Aurich', '0-0', { date: '2014-05-04' }),
      id: input.matches[1]!.id,
    });
    assert.equal(last.complete, true);
    assert.deepEqual(last.rows.find((r) => r.team === 'Aurich')?.points, -2);
  });

  test('Premier League-like season recorded in date order: every result goes onto the running totals, none recomputes the table', () => {
    const clubs = names.slice(0, 6);
    const fixtures: Match[] = [];
    clubs.forEach((h, i) =>
      clubs.forEach((a, j) => {
        if (i !== j) fixtures.push({ id: matchId(`${h}-${a}`), home: h, away: a, status: 'scheduled' });
      }),
    );
    const input: StandingsInput = {
      teams: clubs,
      matches: fixtures,
      rules: tableRulesPreset('premier-league'),
    };
    const live = new LiveStandings(input);
    const played = fixtures.map((f, k): Match => ({
      ...f,
      status: 'played',
      date: isoDate(
        `2024-${String(1 + Math.floor(k / 10)).padStart(2, '0')}-${String(1 + (k % 10)).padStart(2, '0')}`,
      ),
      result: { fullTime: { home: k % 3, away: (k * 7) % 4 } },
    }));
    for (const m of played) live.record(m);
    assert.equal(live.recomputations, 1);
    assert.deepEqual(live.table, computeStandings({ ...input, matches: played }));
    assert.equal(live.table.complete, true);
  });

  test('refuses an asOf: a live table is the table now', () => {
    assert.throws(
      () =>
        new LiveStandings({
          teams: teams('A', 'B'),
          matches: [],
          rules: rules(['points']),
          asOf: isoDate('2014-01-01'),
        }),
      RangeError,
    );
  });
});
