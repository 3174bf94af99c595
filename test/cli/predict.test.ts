import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from './run-cli.ts';

// Premier League 2018/19, every match (engsoccerdata, england.csv, tier 1, Season 2018).
const SEASON = 'test/fixtures/results/premier-league-2018-19.csv';
const dir = mkdtempSync(join(tmpdir(), 'torneo-predict-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('torneo predict', () => {
  it('forecasts ad hoc fixtures from a results file, in the JSON contract', async () => {
    const fixtures = file(
      'upcoming.csv',
      'date,home,away\n2019-08-10,Liverpool,Huddersfield Town\n2019-08-11,Cardiff City,Manchester City\n',
    );
    const r = await runCli(['predict', '--results', SEASON, '--fixtures', fixtures, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const { matches } = JSON.parse(r.stdout) as {
      matches: {
        date: string;
        home: string;
        away: string;
        probabilities: Record<string, number>;
        expectedGoals: Record<string, number>;
      }[];
    };
    assert.deepEqual(
      matches.map((m) => [m.date, m.home, m.away]),
      [
        ['2019-08-10', 'Liverpool', 'Huddersfield Town'],
        ['2019-08-11', 'Cardiff City', 'Manchester City'],
      ],
    );
    for (const m of matches) {
      const { home, draw, away } = m.probabilities;
      assert.ok(Math.abs(home! + draw! + away! - 1) < 1e-3);
      assert.ok(m.expectedGoals.home! > 0 && m.expectedGoals.away! > 0);
    }
    assert.ok(matches[0]!.probabilities.home! > 0.75, 'the champions at home to the last');
    assert.ok(matches[1]!.probabilities.away! > 0.6, 'the champions away at a relegated side');
  });

  it('refuses fixtures naming a team that has no result, with the line and a suggestion', async () => {
    const fixtures = file('typo.csv', 'date,home,away\n2019-08-10,Liverpool,Huddersfield\n');
    const r = await runCli(['predict', '--results', SEASON, '--fixtures', fixtures]);
    assert.equal(r.code, 1);
    assert.match(
      r.stderr,
      /typo\.csv:2: error: team 'Huddersfield' has no result .*did you mean 'Huddersfield Town'/,
    );
  });

  it('says plainly when a season has nothing left to play', async () => {
    const r = await runCli(['predict', 'examples/peru-2014', 'torneo-del-inca']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Nothing left to play/);
  });

  it('forecasts a season’s remaining matches as of a day', async () => {
    // The day before the final: its sides were known by then (on 1 May they were not).
    const r = await runCli([
      'predict',
      'examples/peru-2014',
      'torneo-del-inca/final',
      '--as-of',
      '2014-05-20',
      '--json',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const { matches } = JSON.parse(r.stdout) as { matches: { home: string; neutral?: boolean }[] };
    assert.equal(matches.length, 1);
    assert.equal(matches[0]!.neutral, true, 'the final is on neutral ground');
    const early = await runCli([
      'predict',
      'examples/peru-2014',
      'torneo-del-inca/final',
      '--as-of',
      '2014-05-01',
      '--json',
    ]);
    assert.deepEqual(JSON.parse(early.stdout).matches, [], 'on 1 May nobody knew who would play the final');
  });

  it('refuses a decay outside its range with the reason', async () => {
    const r = await runCli(['predict', '--results', SEASON, '--fixtures', SEASON, '--xi', '-1']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--xi expects a number from 0 to 1, got '-1'/);
  });
});

describe('torneo backtest', () => {
  it('scores the walk forward beside the two baselines (--json)', async () => {
    const r = await runCli(['backtest', '--results', SEASON, '--min-matches', '300', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      predictions: number;
      model: { rps: number; logLoss: number; brier: number };
      baselines: { frequencies: { rps: number }; equalStrengths: { rps: number } };
    };
    assert.ok(out.predictions > 0 && out.predictions <= 80);
    assert.ok(out.model.rps < out.baselines.frequencies.rps);
    assert.ok(out.model.logLoss > 0 && out.model.brier > 0);
  });

  it('prints every forecast as CSV', async () => {
    const r = await runCli(['backtest', '--results', SEASON, '--min-matches', '370', '--csv']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], 'date,home,away,p_home,p_draw,p_away');
    assert.match(lines[1]!, /^2019-05-12,[^,]+,[^,]+,0\.\d{6},0\.\d{6},0\.\d{6}$/);
  });

  it('refuses a --min-matches that is not a whole number', async () => {
    const r = await runCli(['backtest', '--results', SEASON, '--min-matches', 'many']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--min-matches expects a whole number/);
  });
});
