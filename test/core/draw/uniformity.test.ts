import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  countDraws,
  drawGroups,
  type DrawConstraint,
  type DrawSpec,
  type DrawTeam,
} from '../../../src/core/draw/index.ts';
import { teamId, type TeamId } from '../../../src/core/model/index.ts';

const t = teamId;

/** Every valid outcome of a small draw, by brute force: all maps team → group, filtered. */
function enumerate(spec: DrawSpec): string[] {
  const teams = spec.teams.map((x) => x.id);
  const groups = spec.groups.map((g) => g.id);
  const seeded = new Map((spec.seeded ?? []).map((s) => [s.team, s.group]));
  const potOf = new Map(spec.pots.flatMap((p, i) => p.teams.map((id) => [id, i] as const)));
  const quota = spec.pots.map((p) => Math.ceil(p.teams.length / groups.length));
  const byId = new Map(spec.teams.map((x) => [x.id, x]));
  const valid: string[] = [];
  const at = new Array<number>(teams.length).fill(0);
  const keyOf = (c: DrawConstraint, team: DrawTeam): string | undefined =>
    c.kind === 'separate'
      ? team[c.by]
      : c.kind === 'category-limit'
        ? team.categories?.includes(c.category)
          ? 'x'
          : undefined
        : c.teams.includes(team.id)
          ? 'x'
          : undefined;
  const ok = () => {
    for (const [i, id] of teams.entries())
      if (seeded.has(id) && seeded.get(id) !== groups[at[i] as number]) return false;
    for (const [g, group] of spec.groups.entries()) {
      const members = teams.filter((_, i) => at[i] === g);
      if (members.length !== group.size) return false;
      for (const [p, q] of quota.entries())
        if (members.filter((m) => potOf.get(m) === p).length > q) return false;
      for (const c of spec.constraints ?? []) {
        const max = c.kind === 'apart' ? 1 : c.kind === 'separate' ? (c.max ?? 1) : c.max;
        const keys = members.map((m) => keyOf(c, byId.get(m) as DrawTeam)).filter((k) => k !== undefined);
        for (const k of new Set(keys)) if (keys.filter((x) => x === k).length > max) return false;
      }
    }
    return true;
  };
  const walk = (i: number) => {
    if (i === teams.length) {
      if (ok())
        valid.push(
          groups
            .map((_, g) =>
              teams
                .filter((_, j) => at[j] === g)
                .sort()
                .join(','),
            )
            .join('|'),
        );
      return;
    }
    for (let g = 0; g < groups.length; g++) {
      at[i] = g;
      walk(i + 1);
    }
  };
  walk(0);
  return valid;
}

const outcomeKey = (groups: readonly { teams: readonly TeamId[] }[]) =>
  groups.map((g) => [...g.teams].sort().join(',')).join('|');

/** The chi-square quantile by Wilson and Hilferty's approximation (z = 3.09: p = 0.999). */
const chiSquareCritical = (df: number, z = 3.09) =>
  df * (1 - 2 / (9 * df) + z * Math.sqrt(2 / (9 * df))) ** 3;

// Seven clubs into groups of three, two and two. Pot 1 gives every group one club; pot 2 gives
// group A two. Two northern clubs may not share a group, nor may b and e. Greedy sequential
// draws are biased on exactly this kind of case: the groups are unequal and the rules interact.
const small: DrawSpec = {
  teams: [
    { id: t('a'), region: 'north' },
    { id: t('b') },
    { id: t('c') },
    { id: t('d'), region: 'north' },
    { id: t('e') },
    { id: t('f'), region: 'south' },
    { id: t('g'), region: 'south' },
  ],
  groups: [
    { id: 'A', size: 3 },
    { id: 'B', size: 2 },
    { id: 'C', size: 2 },
  ],
  pots: [
    { name: 'pot 1', teams: [t('a'), t('b'), t('c')] },
    { name: 'pot 2', teams: [t('d'), t('e'), t('f'), t('g')] },
  ],
  constraints: [
    { kind: 'separate', by: 'region' },
    { kind: 'apart', teams: [t('b'), t('e')] },
  ],
};

describe('a uniform draw', () => {
  it('counts exactly the valid outcomes a brute-force enumeration finds', () => {
    const valid = enumerate(small);
    assert.deepEqual(countDraws(small), { ok: true, outcomes: BigInt(valid.length) });
  });

  it('draws every valid outcome equally often (chi-square over 6,000 seeded draws, p = 0.001)', () => {
    const valid = enumerate(small);
    const seen = new Map(valid.map((k) => [k, 0]));
    const draws = 6000;
    for (let seed = 1; seed <= draws; seed++) {
      const outcome = drawGroups(small, seed);
      assert.ok(outcome.ok);
      const k = outcomeKey(outcome.draw.groups);
      assert.ok(seen.has(k), `invalid outcome ${k}`);
      seen.set(k, (seen.get(k) as number) + 1);
    }
    const expected = draws / valid.length;
    const chi2 = [...seen.values()].reduce((s, n) => s + (n - expected) ** 2 / expected, 0);
    assert.ok(
      chi2 < chiSquareCritical(valid.length - 1),
      `chi-square ${chi2.toFixed(1)} over ${valid.length - 1} degrees of freedom`,
    );
  });

  it('would catch a biased draw: putting each ball into any still-open group, uniformly, fails the same test', () => {
    // The exact outcome distribution of that greedy rule, balls in pot order.
    const balls = small.pots.flatMap((p) => p.teams);
    const chance = new Map<string, number>();
    const walk = (i: number, placed: { team: TeamId; group: string }[], p: number) => {
      if (i === balls.length) {
        const key = small.groups
          .map((g) =>
            placed
              .filter((x) => x.group === g.id)
              .map((x) => x.team)
              .sort()
              .join(','),
          )
          .join('|');
        chance.set(key, (chance.get(key) ?? 0) + p);
        return;
      }
      const open = small.groups.filter((g) => {
        const counted = countDraws({
          ...small,
          seeded: [...placed, { team: balls[i] as TeamId, group: g.id }],
        });
        return counted.ok && counted.outcomes > 0n;
      });
      for (const g of open)
        walk(i + 1, [...placed, { team: balls[i] as TeamId, group: g.id }], p / open.length);
    };
    walk(0, [], 1);
    const valid = enumerate(small);
    const draws = 6000;
    const expectedChi2 = valid.reduce(
      (s, k) => s + (draws * ((chance.get(k) ?? 0) - 1 / valid.length)) ** 2 / (draws / valid.length),
      0,
    );
    assert.ok(
      expectedChi2 > 2 * chiSquareCritical(valid.length - 1),
      `expected chi-square ${expectedChi2.toFixed(1)}`,
    );
  });

  it('counts like brute force on any small draw with pots, seeds and separations', () => {
    const smallDraws = fc
      .record({
        sizes: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 3 }),
        regions: fc.array(fc.constantFrom('n', 's', undefined), { minLength: 9, maxLength: 9 }),
        pots: fc.integer({ min: 1, max: 2 }),
        seedFirst: fc.boolean(),
        apart: fc.boolean(),
        max: fc.integer({ min: 1, max: 2 }),
      })
      .map(({ sizes, regions, pots, seedFirst, apart, max }): DrawSpec => {
        const n = sizes.reduce((a, b) => a + b, 0);
        const teams = Array.from({ length: n }, (_, i) => ({
          id: t(`t${i}`),
          ...(regions[i] && { region: regions[i] }),
        }));
        const drawn = teams.slice(seedFirst ? 1 : 0).map((x) => x.id);
        const cut = pots === 2 ? Math.ceil(drawn.length / 2) : drawn.length;
        return {
          teams,
          groups: sizes.map((size, i) => ({ id: `G${i}`, size })),
          seeded: seedFirst ? [{ team: t('t0'), group: 'G0' }] : [],
          pots: [
            { name: 'p1', teams: drawn.slice(0, cut) },
            ...(pots === 2 ? [{ name: 'p2', teams: drawn.slice(cut) }] : []),
          ],
          constraints: [
            { kind: 'separate', by: 'region', max },
            ...(apart && n > 2 ? [{ kind: 'apart' as const, teams: [t('t1'), t('t2')] }] : []),
          ],
        };
      });
    fc.assert(
      fc.property(smallDraws, (spec) => {
        const counted = countDraws(spec);
        assert.ok(counted.ok);
        assert.equal(counted.outcomes, BigInt(enumerate(spec).length));
      }),
      { numRuns: 150 },
    );
  });
});
