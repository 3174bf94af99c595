import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { dixonColesObjective } from '../../../src/core/predict/dixon-coles-likelihood.ts';
import {
  fitDixonColes,
  forecastMatch,
  forecastFromRates,
  MAX_GOALS,
} from '../../../src/core/predict/index.ts';
import { createRandom } from '../../../src/core/random/index.ts';
import { isoDate, matchId, teamId, type Match } from '../../../src/core/model/index.ts';
import { parseResultsCsv } from '../../../src/import/results-csv/index.ts';
import { engineMatch } from '../../../src/import/engine-match.ts';

const played = (
  home: string,
  away: string,
  h: number,
  a: number,
  date = '2024-01-01',
  neutral = false,
): Match => ({
  id: matchId(`${home}-${away}-${date}`),
  home: teamId(home),
  away: teamId(away),
  date: isoDate(date),
  status: 'played',
  result: { fullTime: { home: h, away: a } },
  ...(neutral ? { neutral } : {}),
});

/** Poisson goals from a seeded stream (Knuth's product of uniforms). */
function poisson(random: ReturnType<typeof createRandom>, rate: number): number {
  const limit = Math.exp(-rate);
  let k = 0;
  for (let p = random.nextFloat(); p > limit; p *= random.nextFloat()) k++;
  return k;
}

/** A double round robin played several times over, goals drawn from known strengths. */
function syntheticLeague(attack: readonly number[], seasons: number, home = 0.3, seed = 7): Match[] {
  const random = createRandom(seed);
  const out: Match[] = [];
  for (let s = 0; s < seasons; s++)
    for (let i = 0; i < attack.length; i++)
      for (let j = 0; j < attack.length; j++) {
        if (i === j) continue;
        const lambda = Math.exp(0.1 + home + attack[i]! - attack[j]! * 0.5);
        const mu = Math.exp(0.1 + attack[j]! - attack[i]! * 0.5);
        out.push(
          played(
            `t${i}`,
            `t${j}`,
            poisson(random, lambda),
            poisson(random, mu),
            `2024-01-${String((s % 28) + 1).padStart(2, '0')}`,
          ),
        );
      }
  return out;
}

// Premier League 2018/19, every match (engsoccerdata, england.csv, tier 1, Season 2018).
const PREMIER_LEAGUE = parseResultsCsv(
  readFileSync('test/fixtures/results/premier-league-2018-19.csv', 'utf8'),
).matches.map(engineMatch);

describe('fitDixonColes', () => {
  it('has the gradient its likelihood says (against finite differences)', () => {
    const matches = PREMIER_LEAGUE.slice(0, 60);
    const teams = [...new Set(matches.flatMap((m) => [m.home, m.away]))];
    const index = new Map(teams.map((t, i) => [t, i]));
    const n = teams.length;
    const columns = {
      count: matches.length,
      home: Int32Array.from(matches, (m) => index.get(m.home)!),
      away: Int32Array.from(matches, (m) => index.get(m.away)!),
      homeGoals: Int32Array.from(matches, (m) => m.result!.fullTime.home),
      awayGoals: Int32Array.from(matches, (m) => m.result!.fullTime.away),
      atHome: new Float64Array(matches.length).fill(1),
      weight: Float64Array.from(matches, (_, k) => 1 - k / 200),
    };
    const f = dixonColesObjective(columns, n, 8);
    const random = createRandom(3);
    const x = Float64Array.from({ length: 3 + 2 * n }, () => random.nextFloat() * 0.4 - 0.2);
    const g = new Float64Array(x.length);
    f(x, g);
    const scratch = new Float64Array(x.length);
    for (let p = 0; p < x.length; p++) {
      const up = Float64Array.from(x);
      const down = Float64Array.from(x);
      up[p] = up[p]! + 1e-6;
      down[p] = down[p]! - 1e-6;
      const numeric = (f(up, scratch) - f(down, scratch)) / 2e-6;
      assert.ok(Math.abs(numeric - g[p]!) < 1e-6, `parameter ${p}: analytic ${g[p]}, numeric ${numeric}`);
    }
  });

  it('recovers the strengths a league was played with', () => {
    const truth = [0.4, 0.2, 0, -0.2, -0.4, 0.1];
    const model = fitDixonColes(syntheticLeague(truth, 120), { xi: 0 });
    assert.ok(model.converged);
    assert.ok(Math.abs(model.home - 0.3) < 0.06, `home ${model.home}`);
    const attack = [...model.attack];
    // Strengths are only defined up to the mean: compare the spread around it.
    const mean = attack.reduce((a, b) => a + b, 0) / attack.length;
    truth.forEach((t, i) =>
      assert.ok(Math.abs(attack[i]! - mean - t) < 0.1, `t${i}: ${attack[i]! - mean} v ${t}`),
    );
  });

  it('gives a team never seen the league mean, and shrinks a team seen once toward it', () => {
    const league = PREMIER_LEAGUE.slice(0, 200);
    const once = [...league, played('Newcomers', 'Liverpool', 5, 0, '2018-12-01')];
    const model = fitDixonColes(once, { teams: ['Ghosts'] });
    const ghost = model.teams.indexOf(teamId('Ghosts'));
    assert.equal(model.attack[ghost], 0);
    assert.equal(model.defence[ghost], 0);
    const newcomer = model.teams.indexOf(teamId('Newcomers'));
    assert.ok(
      model.attack[newcomer]! > 0 && model.attack[newcomer]! < Math.log(5),
      'a 5–0 win is a hint, not a rate of 5',
    );
    assert.equal(model.played[newcomer], 1);
  });

  it('gives no home advantage on neutral ground', () => {
    const model = fitDixonColes(PREMIER_LEAGUE.slice(0, 150));
    const atHome = forecastMatch(model, 'Arsenal', 'Chelsea');
    const neutral = forecastMatch(model, 'Arsenal', 'Chelsea', true);
    const swapped = forecastMatch(model, 'Chelsea', 'Arsenal', true);
    assert.ok(model.home > 0.1);
    assert.ok(atHome.probabilities.home > neutral.probabilities.home);
    assert.ok(Math.abs(neutral.probabilities.home - swapped.probabilities.away) < 1e-12);
    assert.ok(Math.abs(neutral.expectedGoals.home - swapped.expectedGoals.away) < 1e-12);
  });

  it('weighs recent matches more with time decay', () => {
    // Phoenix lost to everyone years ago and beats everyone now; the others draw among themselves.
    const others = ['a', 'b', 'c'];
    const period = (date: string, h: number, a: number) => [
      ...others.map((o) => played('Phoenix', o, h, a, date)),
      played('a', 'b', 1, 1, date),
      played('b', 'c', 1, 1, date),
      played('c', 'a', 1, 1, date),
    ];
    const matches = [
      ...period('2020-01-01', 0, 3),
      ...period('2020-01-02', 0, 3),
      ...period('2024-01-01', 3, 0),
    ];
    const flat = fitDixonColes(matches, { xi: 0 });
    const decayed = fitDixonColes(matches, { xi: 0.005 });
    const p = (m: typeof flat) => m.attack[m.teams.indexOf(teamId('Phoenix'))]!;
    assert.ok(p(decayed) > p(flat) + 0.2, `${p(decayed)} v ${p(flat)}`);
  });

  it('is deterministic: the same matches give the same model', () => {
    const a = fitDixonColes(PREMIER_LEAGUE);
    const b = fitDixonColes(PREMIER_LEAGUE);
    assert.deepEqual([...a.attack], [...b.attack]);
    assert.equal(a.rho, b.rho);
  });
});

describe('forecastMatch', () => {
  it('gives scorelines and outcomes that each sum to 1, with the low-score correction applied', () => {
    const f = forecastFromRates(1.4, 1.1, -0.1);
    const sum = f.scores.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(sum - 1) < 1e-12);
    const { home, draw, away } = f.probabilities;
    assert.ok(Math.abs(home + draw + away - 1) < 1e-12);
    const plain = forecastFromRates(1.4, 1.1, 0);
    const size = MAX_GOALS + 1;
    // ρ < 0 makes 0–0 and 1–1 likelier than independent Poissons (Dixon & Coles 1997).
    assert.ok(f.scores[0]! > plain.scores[0]!);
    assert.ok(f.scores[size + 1]! > plain.scores[size + 1]!);
    assert.equal(f.expectedGoals.home, 1.4);
  });
});
