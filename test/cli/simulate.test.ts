import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoDate } from '../../src/core/model/index.ts';
import { fitDixonColes, playedAsOf } from '../../src/core/predict/index.ts';
import { seasonAsOf } from '../../src/core/season/season-as-of.ts';
import { seasonMatches } from '../../src/core/season/to-matches.ts';
import { seasonForecast, simulateSeason } from '../../src/core/simulate/index.ts';
import { loadSeason } from '../../src/season/load-season.ts';
import { runCli } from './run-cli.ts';

// Premier League 2018/19, every match (engsoccerdata, england.csv, tier 1, Season 2018).
const SEASON = 'test/fixtures/results/premier-league-2018-19.csv';

interface SimulationJson {
  runs: number;
  seed: number;
  asOf: string | null;
  teams: {
    team: string;
    positions: number[];
    champion: number;
    relegated: number;
    promoted: number;
    expectedPoints: number;
    links: Record<string, number>;
    competition: string | null;
  }[];
}

describe('torneo simulate (ad hoc)', () => {
  it('plays the matches after --as-of again, in the JSON contract, the same on one thread or two', async () => {
    const args = [
      'simulate',
      '--results',
      SEASON,
      '--as-of',
      '2019-04-01',
      '--preset',
      'premier-league',
      '--relegated',
      '3',
      '--runs',
      '3000',
      '--seed',
      '9',
      '--json',
    ];
    const one = await runCli([...args, '--threads', '1']);
    assert.equal(one.code, 0, one.stderr);
    const two = await runCli([...args, '--threads', '2']);
    assert.equal(two.code, 0, two.stderr);
    assert.equal(one.stdout, two.stdout);
    const out = JSON.parse(one.stdout) as SimulationJson;
    assert.equal(out.runs, 3000);
    assert.equal(out.seed, 9);
    assert.equal(out.asOf, '2019-04-01');
    assert.equal(out.teams.length, 20);
    for (const t of out.teams) {
      assert.ok(Math.abs(t.positions.reduce((a, b) => a + b, 0) - 1) < 1e-5);
      for (const key of ['champion', 'relegated', 'promoted', 'expectedPoints', 'links']) assert.ok(key in t);
    }
    const champion = out.teams.find((t) => t.champion > 0.5)!;
    assert.ok(['Liverpool', 'Manchester City'].includes(champion.team));
    // Huddersfield were 14 points from safety with 7 matches left on 1 April 2019.
    assert.equal(out.teams.find((t) => t.team === 'Huddersfield Town')!.relegated, 1);
  });

  it('says plainly when nothing is left to play', async () => {
    const r = await runCli([
      'simulate',
      '--results',
      SEASON,
      '--as-of',
      '2019-06-01',
      '--preset',
      'premier-league',
      '--runs',
      '10',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Nothing left to play: the table is final/);
    assert.match(r.stdout, /Manchester City\s+98\.0\s+100%/);
  });

  it('refuses --runs 0 and absurd values with the reason', async () => {
    const zero = await runCli(['simulate', '--results', SEASON, '--as-of', '2019-04-01', '--runs', '0']);
    assert.equal(zero.code, 2);
    assert.match(zero.stderr, /--runs must be at least 1/);
    const huge = await runCli([
      'simulate',
      '--results',
      SEASON,
      '--as-of',
      '2019-04-01',
      '--runs',
      '1000000000000',
    ]);
    assert.equal(huge.code, 2);
    assert.match(huge.stderr, /--runs 1000000000000 is more than 10,000,000/);
    const words = await runCli(['simulate', '--results', SEASON, '--as-of', '2019-04-01', '--runs', 'lots']);
    assert.match(words.stderr, /--runs expects a whole number, got 'lots'/);
    const threads = await runCli([
      'simulate',
      '--results',
      SEASON,
      '--as-of',
      '2019-04-01',
      '--threads',
      '0',
    ]);
    assert.match(threads.stderr, /--threads must be from 1 to 64/);
  });

  it('refuses fixtures naming a team with no result', async () => {
    const r = await runCli([
      'simulate',
      '--results',
      SEASON,
      '--fixtures',
      'test/fixtures/results/world-cup-2002-group-f.csv',
      '--runs',
      '10',
    ]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /world-cup-2002-group-f\.csv:2: error: team '.*' has no result/);
  });
});

describe('torneo simulate (a season)', () => {
  it('answers a finished season with certainties: the champion already crowned has P = 1', async () => {
    const r = await runCli([
      'simulate',
      'examples/peru-2014',
      'torneo-del-inca',
      '--runs',
      '3',
      '--threads',
      '1',
      '--json',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as SimulationJson & {
      teams: { competition: string; links: Record<string, number> }[];
    };
    assert.ok(out.teams.every((t) => t.competition === 'torneo-del-inca'));
    const alianza = out.teams.find((t) => t.team === 'alianza-lima')!;
    assert.equal(alianza.champion, 1);
    assert.equal(alianza.links['inca-champion'], 1);
    assert.deepEqual((out as { noChampion?: unknown }).noChampion, { 'torneo-del-inca': 0 });
    assert.equal(out.teams.find((t) => t.team === 'cienciano')!.links['inca-fewest-points'], 1);
    const text = await runCli([
      'simulate',
      'examples/peru-2014',
      'torneo-del-inca',
      '--runs',
      '2',
      '--threads',
      '1',
    ]);
    assert.match(text.stdout, /Nothing left to play/);
  });

  it('plays the season as the core does from the whole season seen from the day (--as-of)', async () => {
    // Handing the runs a season already narrowed to the day lost the fixtures still to come and
    // each stage's end: on 1 September the Apertura, over in July, was being played again.
    const r = await runCli([
      'simulate',
      'examples/peru-2014',
      'descentralizado',
      '--as-of',
      '2014-09-01',
      '--runs',
      '40',
      '--threads',
      '1',
      '--json',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as SimulationJson;
    const index = loadSeason('examples/peru-2014').index!;
    const asOf = isoDate('2014-09-01');
    const model = fitDixonColes(
      seasonMatches(seasonAsOf(index.doc, asOf)).filter((m) => playedAsOf(m, asOf)),
      { asOf },
    );
    const rows = seasonForecast(
      simulateSeason({ index, asOf, model }, 1, 0, 40),
      index.doc.competitions.map((c) => c.id),
    ).filter((x) => x.competition === 'descentralizado');
    // Runs that name no champion (a final's place whose aggregate condition failed) are counted.
    const none = (out as { noChampion?: Record<string, number> }).noChampion?.descentralizado ?? NaN;
    const champions = out.teams.reduce((a, t) => a + t.champion, 0);
    assert.ok(Math.abs(none + champions - 1) < 1e-9 && none > 0, `${none} + ${champions}`);
    // (The command writes expected points to two decimals.)
    assert.deepEqual(
      out.teams.map((t) => t.team),
      rows.map((x) => x.team),
    );
    out.teams.forEach((t, i) =>
      assert.ok(Math.abs(t.expectedPoints - rows[i]!.expectedPoints) < 0.006, t.team),
    );
  });

  it('refuses a competition the season does not have', async () => {
    const r = await runCli(['simulate', 'examples/peru-2014', 'premier-league', '--runs', '2']);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /no competition 'premier-league'/);
  });
});
