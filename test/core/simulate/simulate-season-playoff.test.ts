import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isoDate } from '../../../src/core/model/index.ts';
import { fitDixonColes, playedAsOf } from '../../../src/core/predict/index.ts';
import { seasonMatches } from '../../../src/core/season/to-matches.ts';
import { seasonForecast, simulateSeason } from '../../../src/core/simulate/index.ts';
import { loadSeasonFromFiles } from '../../../src/season/load-season.ts';

// Synthetic four-team Clausura under the ADFP 2014 rules: Celeste and Blanquiazul finish level
// on 5 points for first, which a play-off decides (recorded on 3 December: Blanquiazul 1–0).
const FILE = 'test/fixtures/seasons/clausura-playoff.yaml';
const loaded = loadSeasonFromFiles([{ path: FILE, text: readFileSync(FILE, 'utf8') }]);

describe('simulateSeason and play-offs for places', () => {
  it('plays the play-off in every run between the teams the run leaves level, and crowns its winner', () => {
    const index = loaded.index!;
    const asOf = isoDate('2031-11-30');
    const model = fitDixonColes(
      seasonMatches(index.doc).filter((m) => playedAsOf(m, asOf)),
      { asOf },
    );
    const counts = simulateSeason({ index, asOf, model }, 7, 0, 400);
    const rows = seasonForecast(counts, ['liga']);
    const of = (team: string) => rows.find((r) => r.team === team)!;
    const celeste = of('celeste');
    const blanquiazul = of('blanquiazul');
    // One champion a run, always one of the two level teams: no run is left waiting.
    assert.equal(celeste.champion + blanquiazul.champion, 1);
    assert.ok(
      celeste.champion > 0.2 && blanquiazul.champion > 0.2,
      `${celeste.champion} ${blanquiazul.champion}`,
    );
    assert.equal(celeste.positions[0], celeste.champion);
    assert.equal(celeste.positions[0]! + celeste.positions[1]!, 1);
    assert.equal(blanquiazul.positions[0]! + blanquiazul.positions[1]!, 1);
    assert.equal(of('rojo').champion + of('verde').champion, 0);
  });
});
