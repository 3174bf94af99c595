import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generatePyramidFixtures, generateSyntheticPyramid } from '../../../src/core/pyramid/index.ts';

describe("the pyramid's fixtures", () => {
  const pyramid = generateSyntheticPyramid({ seed: 7 });
  const fixtures = generatePyramidFixtures(pyramid, 7);
  const { home, away, round, unitStart } = fixtures.first.fixtures;

  it('gives every district league a complete round robin: each pair once, each club once a round', () => {
    assert.equal(fixtures.first.units.length, 1800);
    fixtures.first.units.forEach((unit, u) => {
      const clubs = unit.entrants.map((e) => (e.kind === 'club' ? e.club : -1));
      const n = clubs.length;
      const pairs = new Set<string>();
      const perRound = new Map<number, Set<number>>();
      for (let m = unitStart[u] as number; m < (unitStart[u + 1] as number); m++) {
        const [h, a, r] = [home[m] as number, away[m] as number, round[m] as number];
        assert.ok(clubs.includes(h) && clubs.includes(a) && h !== a);
        pairs.add(h < a ? `${h}-${a}` : `${a}-${h}`);
        const seen = perRound.get(r) ?? new Set<number>();
        assert.ok(!seen.has(h) && !seen.has(a), `${unit.id}: a club twice in round ${r}`);
        seen.add(h).add(a);
        perRound.set(r, seen);
      }
      assert.equal(pairs.size, (n * (n - 1)) / 2, unit.id);
      assert.equal((unitStart[u + 1] as number) - (unitStart[u] as number), (n * (n - 1)) / 2);
    });
  });

  it('is the same for the same seed', () => {
    const again = generatePyramidFixtures(pyramid, 7);
    assert.deepEqual(again.first.fixtures, fixtures.first.fixtures);
    assert.notDeepEqual(generatePyramidFixtures(pyramid, 8).first.fixtures.home, home);
  });

  it('shapes the next levels: two qualifiers from every unit feed the one above, sixteen clubs reach the national stage', () => {
    const [district, provincial, departmental, regional, national] = fixtures.next;
    assert.deepEqual(
      fixtures.next.map((l) => [l.level, l.units.length]),
      [
        ['district', 0],
        ['provincial', 196],
        ['departmental', 25],
        ['regional', 8],
        ['national', 1],
      ],
    );
    assert.equal(district?.matches, 0);
    const districtsPer = new Map(
      pyramid.departments.flatMap((d) => d.provinces).map((p) => [p.id, p.districts.length]),
    );
    for (const p of provincial?.units ?? [])
      assert.equal(p.entrants.length, 2 * (districtsPer.get(p.id) as number));
    for (const d of departmental?.units ?? []) assert.equal(d.qualifiers, 2);
    assert.equal(
      regional?.units.reduce((n, r) => n + r.entrants.length, 0),
      50,
    );
    assert.equal(national?.units[0]?.entrants.length, 16);
    assert.deepEqual(national?.units[0]?.entrants[0], { kind: 'qualifier', from: 'region-i', position: 1 });
    assert.equal(national?.matches, 30);
  });
});
