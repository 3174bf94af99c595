import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countDraws, drawGroups, type DrawSpec } from '../../../src/core/draw/index.ts';
import { scheduleRoundRobin } from '../../../src/core/fixtures/index.ts';
import { teamId, type TeamId } from '../../../src/core/model/index.ts';
import {
  inca2014Clubs,
  inca2014Group,
  inca2014SharedGrounds,
  inca2014Venues,
} from '../../fixtures/peru-2014-inca-clubs.ts';

// seeds/000: "Alianza Lima and Universitario were seeded into groups A and B respectively and
// the remaining 14 teams were drawn randomly." Clubs sharing a ground are kept apart here, as
// they were in the real draw (peru2014_facts.md §1).
const alianza = teamId('alianza-lima');
const universitario = teamId('universitario');
const inca2014Draw: DrawSpec = {
  teams: inca2014Clubs.map((c) => ({ id: c.id, city: c.city, venue: c.venue })),
  groups: [
    { id: 'A', size: 8 },
    { id: 'B', size: 8 },
  ],
  seeded: [
    { team: alianza, group: 'A' },
    { team: universitario, group: 'B' },
  ],
  pots: [
    {
      name: 'the other 14',
      teams: inca2014Clubs.map((c) => c.id).filter((t) => t !== alianza && t !== universitario),
    },
  ],
  constraints: [{ kind: 'separate', by: 'venue' }],
};

const groupOf = (groups: readonly { id: string; teams: readonly TeamId[] }[], team: TeamId) =>
  groups.find((g) => g.teams.includes(team))?.id;

describe('the 2014 Torneo del Inca draw', () => {
  it('copa-inca-2014-draw: seeds Alianza Lima into A and Universitario into B, splits the shared grounds, fills two groups of eight', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const outcome = drawGroups(inca2014Draw, seed);
      assert.ok(outcome.ok);
      const { groups, steps } = outcome.draw;
      assert.deepEqual(
        groups.map((g) => g.teams.length),
        [8, 8],
      );
      assert.equal(groupOf(groups, alianza), 'A');
      assert.equal(groupOf(groups, universitario), 'B');
      for (const [x, y] of inca2014SharedGrounds) assert.notEqual(groupOf(groups, x), groupOf(groups, y));
      assert.equal(steps.length, 16);
      assert.deepEqual(
        steps.slice(0, 2).map((s) => [s.pot, s.team, s.group]),
        [
          [null, alianza, 'A'],
          [null, universitario, 'B'],
        ],
      );
    }
  });

  it('chooses among exactly 560 outcomes: 2³ ways to split the three shared grounds times C(8,4) for the other eight', () => {
    const counted = countDraws(inca2014Draw);
    assert.deepEqual(counted, { ok: true, outcomes: 560n });
    const outcome = drawGroups(inca2014Draw, 1);
    assert.ok(outcome.ok);
    assert.equal(outcome.draw.outcomes, '560');
    assert.equal(outcome.draw.method, 'exact-counting');
  });

  it('records every ball with the exact odds each group had, and the odds of each step add up to one', () => {
    const outcome = drawGroups(inca2014Draw, 99);
    assert.ok(outcome.ok);
    for (const step of outcome.draw.steps) {
      const total = step.options.reduce((p, o) => p + o.probability, 0);
      assert.ok(Math.abs(total - 1) < 1e-9);
      assert.ok(step.options.some((o) => o.group === step.group));
    }
  });

  it('is reproduced exactly from its printed seed', () => {
    const first = drawGroups(inca2014Draw, 20140124);
    assert.ok(first.ok);
    assert.deepEqual(drawGroups(inca2014Draw, first.draw.seed), first);
    assert.notDeepEqual(drawGroups(inca2014Draw, 1), drawGroups(inca2014Draw, 2));
  });

  it('admits the real 2014 groups as one of its outcomes', () => {
    const real = [inca2014Group('A'), inca2014Group('B')];
    const seen = new Set<string>();
    for (let seed = 0; seed < 4000 && !seen.has(JSON.stringify(real.map((g) => [...g].sort()))); seed++) {
      const outcome = drawGroups(inca2014Draw, seed);
      assert.ok(outcome.ok);
      seen.add(JSON.stringify(outcome.draw.groups.map((g) => [...g.teams].sort())));
    }
    assert.ok(seen.has(JSON.stringify(real.map((g) => [...g].sort()))));
  });

  it('gives groups whose fixtures never put two clubs of a shared ground at home on the same day', () => {
    const outcome = drawGroups(inca2014Draw, 7);
    assert.ok(outcome.ok);
    const fixtures = scheduleRoundRobin(
      { groups: outcome.draw.groups.map((g) => ({ teams: g.teams })), cycles: 2, venues: inca2014Venues },
      outcome.draw.seed,
    );
    assert.ok(fixtures.ok);
  });
});

describe('a draw that cannot be made', () => {
  it('names the rule no draw can meet: four Lima clubs, two groups, one Lima club per group', () => {
    const outcome = drawGroups(
      {
        ...inca2014Draw,
        constraints: [
          { kind: 'separate', by: 'venue' },
          { kind: 'separate', by: 'city' },
        ],
      },
      1,
    );
    assert.ok(!outcome.ok && outcome.error.code === 'no-valid-draw');
    assert.deepEqual(outcome.error.conflicts, [
      { path: ['constraints', 1], constraint: { kind: 'separate', by: 'city' } },
    ]);
  });

  it('names the seedings that clash with a separation', () => {
    const outcome = drawGroups(
      {
        ...inca2014Draw,
        seeded: [
          { team: alianza, group: 'A' },
          { team: teamId('sporting-cristal'), group: 'A' },
        ],
        pots: [
          {
            name: 'rest',
            teams: inca2014Clubs.map((c) => c.id).filter((t) => t !== alianza && t !== 'sporting-cristal'),
          },
        ],
        constraints: [{ kind: 'apart', teams: [alianza, teamId('sporting-cristal')] }],
      },
      1,
    );
    assert.ok(!outcome.ok && outcome.error.code === 'no-valid-draw');
    assert.deepEqual(
      outcome.error.conflicts.map((c) => c.path),
      [
        ['seeded', 0],
        ['seeded', 1],
        ['constraints', 0],
      ],
    );
  });

  it('reports a team that is neither seeded nor in a pot, and group sizes that do not add up', () => {
    const missing = drawGroups(
      { ...inca2014Draw, pots: [{ name: 'rest', teams: inca2014Group('B').slice(1) }] },
      1,
    );
    assert.deepEqual(!missing.ok && missing.error, {
      code: 'team-not-drawn',
      path: ['teams', 1],
      team: 'sporting-cristal',
    });
    const sizes = drawGroups(
      {
        ...inca2014Draw,
        groups: [
          { id: 'A', size: 8 },
          { id: 'B', size: 7 },
        ],
      },
      1,
    );
    assert.deepEqual(!sizes.ok && sizes.error, {
      code: 'sizes-mismatch',
      path: ['groups'],
      places: 15,
      teams: 16,
    });
  });
});
