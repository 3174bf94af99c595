import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { drawKnockout, type DrawTeam } from '../../../src/core/draw/index.ts';
import { teamId } from '../../../src/core/model/index.ts';

// A Copa Perú-like national round of 16 (seeds/001): the winner and the runner-up of each of
// the eight regions. Club names are placeholders; the regions are those of 2014.
const REGIONS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
const winners: DrawTeam[] = REGIONS.map((r) => ({ id: teamId(`winner-${r}`), region: r }));
const runnersUp: DrawTeam[] = REGIONS.map((r) => ({ id: teamId(`runner-up-${r}`), region: r }));
const regionOf = new Map([...winners, ...runnersUp].map((t) => [t.id, t.region]));

describe('a knockout draw', () => {
  it('pairs each regional winner with a runner-up of another region, the runner-up at home first', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const outcome = drawKnockout(
        {
          teams: [...winners, ...runnersUp],
          pots: [
            { name: 'regional winners', teams: winners.map((t) => t.id) },
            { name: 'regional runners-up', teams: runnersUp.map((t) => t.id) },
          ],
          constraints: [{ kind: 'separate', by: 'region' }],
          firstLeg: 'second-pot',
        },
        seed,
      );
      assert.ok(outcome.ok);
      assert.equal(outcome.draw.ties.length, 8);
      for (const tie of outcome.draw.ties) {
        assert.ok(tie.home.startsWith('runner-up') && tie.away.startsWith('winner'));
        assert.notEqual(regionOf.get(tie.home), regionOf.get(tie.away));
      }
      // 14,833 ways (the derangements of eight) to pair winners with runners-up of other
      // regions, times 8! ways to number the ties: the bracket positions are drawn too.
      assert.equal(outcome.draw.outcomes, String(14833 * 40320));
    }
  });

  it('open draw: teams from the same group never meet, home and away by lot, reproducible from the seed', () => {
    const teams: DrawTeam[] = ['a', 'b', 'c', 'd'].flatMap((g) =>
      [1, 2].map((i) => ({ id: teamId(`${g}${i}`), group: g })),
    );
    const spec = {
      teams,
      pots: [{ name: 'all', teams: teams.map((t) => t.id) }],
      constraints: [{ kind: 'separate' as const, by: 'group' as const }],
    };
    const homes = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const outcome = drawKnockout(spec, seed);
      assert.ok(outcome.ok);
      for (const tie of outcome.draw.ties) {
        assert.notEqual(tie.home[0], tie.away[0]);
        homes.add(tie.home);
      }
      assert.deepEqual(drawKnockout(spec, seed), outcome);
    }
    assert.equal(homes.size, 8, 'every team is drawn at home in some draw');
  });

  it('keeps a team placed in a tie before the draw there', () => {
    const outcome = drawKnockout(
      {
        teams: [...winners, ...runnersUp],
        pots: [
          { name: 'winners', teams: winners.map((t) => t.id) },
          { name: 'runners-up', teams: runnersUp.map((t) => t.id) },
        ],
        seeded: [{ team: teamId('winner-IV'), tie: 8 }],
        firstLeg: 'first-pot',
      },
      3,
    );
    assert.ok(outcome.ok);
    assert.equal(outcome.draw.ties[7]?.home, 'winner-IV');
  });
});
