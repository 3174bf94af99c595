import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { backtest, rankedProbabilityScore } from '../../../src/core/predict/index.ts';
import { parseResultsCsv } from '../../../src/import/results-csv/index.ts';
import { engineMatch } from '../../../src/import/engine-match.ts';

// Premier League 2018/19, every match (engsoccerdata, england.csv, tier 1, Season 2018).
const SEASON = parseResultsCsv(
  readFileSync('test/fixtures/results/premier-league-2018-19.csv', 'utf8'),
).matches.map(engineMatch);

describe('rankedProbabilityScore', () => {
  it('is 0 for a certain right forecast and punishes a home win forecast less for a draw than for an away win', () => {
    assert.equal(rankedProbabilityScore({ home: 1, draw: 0, away: 0 }, 'home'), 0);
    const p = { home: 1, draw: 0, away: 0 };
    assert.ok(rankedProbabilityScore(p, 'draw') < rankedProbabilityScore(p, 'away'));
    assert.equal(rankedProbabilityScore(p, 'away'), 1);
  });
});

describe('backtest', () => {
  it('forecasts each date that has at least the minimum of earlier matches, from those matches only', () => {
    const r = backtest(SEASON, { minMatches: 300 });
    const sorted = [...SEASON].sort((a, b) => a.date!.localeCompare(b.date!));
    for (const p of r.predictions) {
      const earlier = sorted.filter((m) => m.date! < p.date).length;
      assert.ok(earlier >= 300, `${p.date} has ${earlier} earlier matches`);
    }
    const firstDate = r.predictions[0]!.date;
    const eligible = sorted.filter((m) => m.date! >= firstDate);
    assert.equal(r.predictions.length, eligible.length);
    assert.equal(r.fits, new Set(eligible.map((m) => m.date)).size);
  });

  it('beats both baselines on a real season', () => {
    const r = backtest(SEASON);
    assert.ok(r.model.rps < r.frequencies.rps && r.model.rps < r.equalStrengths.rps);
    assert.ok(r.model.logLoss < r.frequencies.logLoss);
    for (const p of r.predictions) assert.ok(Math.abs(p.model.home + p.model.draw + p.model.away - 1) < 1e-9);
  });

  it('forecasts nothing when no date has enough earlier matches', () => {
    const r = backtest(SEASON.slice(0, 50));
    assert.equal(r.predictions.length, 0);
    assert.equal(r.fits, 0);
  });
});
