import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { drawKnockout, type DrawTeam, type KnockoutDrawSpec } from '../../../src/core/draw/index.ts';
import { teamId } from '../../../src/core/model/index.ts';
import { UCL_2023_24_ROUND_OF_16 } from '../../../bench/data/ucl-2023-24-round-of-16.ts';
import { uclRoundOf16Spec } from '../../../bench/workloads/knockout-draw.ts';

const byId = new Map(UCL_2023_24_ROUND_OF_16.map((t) => [t.id, t]));

/** Every way to give each group winner a runner-up of another group and country, by brute force. */
function validPairings(): number {
  const winners = UCL_2023_24_ROUND_OF_16.filter((t) => t.place === 1);
  const runners = UCL_2023_24_ROUND_OF_16.filter((t) => t.place === 2);
  const used = new Set<number>();
  const walk = (i: number): number => {
    if (i === winners.length) return 1;
    let n = 0;
    const w = winners[i]!;
    runners.forEach((r, j) => {
      if (used.has(j) || r.group === w.group || r.country === w.country) return;
      used.add(j);
      n += walk(i + 1);
      used.delete(j);
    });
    return n;
  };
  return walk(0);
}

describe('the 2023/24 Champions League round of 16 draw (ucl-2023-24-round-of-16)', () => {
  it('counts exactly the pairings a brute force finds, times the 8! numberings of the ties', () => {
    const outcome = drawKnockout(uclRoundOf16Spec(), 1);
    assert.ok(outcome.ok);
    const pairings = validPairings();
    assert.equal(pairings, 10595);
    assert.equal(outcome.draw.outcomes, String(pairings * 40320));
  });

  it('pairs every group winner with a runner-up of another group and another country, the runner-up at home first', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const outcome = drawKnockout(uclRoundOf16Spec(), seed);
      assert.ok(outcome.ok);
      assert.equal(outcome.draw.ties.length, 8);
      for (const tie of outcome.draw.ties) {
        const home = byId.get(tie.home)!;
        const away = byId.get(tie.away)!;
        assert.equal(home.place, 2, `${tie.home} is a runner-up, at home in the first leg`);
        assert.equal(away.place, 1);
        assert.notEqual(home.group, away.group);
        assert.notEqual(home.country, away.country);
      }
    }
  });

  it('gives every ball its exact odds: they sum to one, and each chosen slot had a chance', () => {
    const outcome = drawKnockout(uclRoundOf16Spec(), 11);
    assert.ok(outcome.ok);
    assert.equal(outcome.draw.steps.length, 16);
    for (const step of outcome.draw.steps) {
      const total = step.options.reduce((s, o) => s + o.probability, 0);
      assert.ok(Math.abs(total - 1) < 1e-9, `step ${step.step} sums to ${total}`);
      assert.ok(step.options.some((o) => o.group === step.group && o.probability > 0));
    }
    // The winners are drawn first; no runner-up is ever offered the tie of a winner of its
    // own group or country (Leipzig never Bayern's or Dortmund's).
    const winnerIn = new Map(outcome.draw.ties.map((t) => [String(t.tie), byId.get(t.away)!]));
    for (const step of outcome.draw.steps.filter((s) => byId.get(s.team)!.place === 2))
      for (const o of step.options) {
        const w = winnerIn.get(o.group)!;
        const r = byId.get(step.team)!;
        assert.ok(w.group !== r.group && w.country !== r.country, `${step.team} offered ${w.id}`);
      }
  });
});

describe('a knockout draw with byes', () => {
  const teams: DrawTeam[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id: teamId(id) }));
  const spec: KnockoutDrawSpec = { teams, pots: [{ name: 'all', teams: teams.map((t) => t.id) }], byes: 1 };

  it('five teams: two ties and one bye, every team drawn once', () => {
    const outcome = drawKnockout(spec, 4);
    assert.ok(outcome.ok);
    assert.equal(outcome.draw.ties.length, 2);
    assert.equal(outcome.draw.byes.length, 1);
    const seen = [...outcome.draw.ties.flatMap((t) => [t.home, t.away]), ...outcome.draw.byes].sort();
    assert.deepEqual(seen, ['a', 'b', 'c', 'd', 'e']);
    // 5 choices of the bye × 3 pairings of the other four × 2 numberings of the ties.
    assert.equal(outcome.draw.outcomes, '30');
  });

  it('is uniform: over 3,000 seeds every team gets the bye about a fifth of the time', () => {
    const byes = new Map<string, number>();
    const runs = 3000;
    for (let seed = 1; seed <= runs; seed++) {
      const outcome = drawKnockout(spec, seed);
      assert.ok(outcome.ok);
      const bye = outcome.draw.byes[0]!;
      byes.set(bye, (byes.get(bye) ?? 0) + 1);
    }
    // 600 expected each; five standard deviations is ±110.
    for (const id of ['a', 'b', 'c', 'd', 'e'])
      assert.ok(Math.abs((byes.get(id) ?? 0) - 600) < 110, `${id}: ${byes.get(id)}`);
  });

  it('refuses a number of byes that leaves an odd number of teams to pair', () => {
    const outcome = drawKnockout({ ...spec, byes: 2 }, 1);
    assert.ok(!outcome.ok);
    assert.equal(outcome.error.code, 'sizes-mismatch');
  });
});

describe('a knockout draw with no valid outcome', () => {
  it('names the rules that conflict: two pots of clubs from one country kept apart', () => {
    const teams: DrawTeam[] = ['w1', 'w2', 'r1', 'r2'].map((id) => ({ id: teamId(id), country: 'ESP' }));
    const outcome = drawKnockout(
      {
        teams,
        pots: [
          { name: 'winners', teams: [teamId('w1'), teamId('w2')] },
          { name: 'runners-up', teams: [teamId('r1'), teamId('r2')] },
        ],
        constraints: [{ kind: 'separate', by: 'country' }],
      },
      1,
    );
    assert.ok(!outcome.ok);
    assert.equal(outcome.error.code, 'no-valid-draw');
    assert.ok(outcome.error.code === 'no-valid-draw');
    assert.deepEqual(
      outcome.error.conflicts.map((c) => c.constraint.kind),
      ['separate'],
    );
  });
});
