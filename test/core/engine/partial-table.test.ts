import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createSeasonEngine, isPartial } from '../../../src/core/engine/index.ts';
import { isoDate } from '../../../src/core/model/index.ts';
import { partialWarnings } from '../../../src/i18n/partial-text.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { loadSeasonFromFiles } from '../../../src/season/load-season.ts';

const FILE = 'test/fixtures/seasons/partial-league.yaml';
const loaded = loadSeasonFromFiles([{ path: FILE, text: readFileSync(FILE, 'utf8') }]);
const table = (asOf?: string) =>
  createSeasonEngine(loaded.index!, asOf ? { asOf: isoDate(asOf) } : {}).table('liga', 'apertura');

describe('a table computed from incomplete results', () => {
  it('while its stage runs: provisional, counting what has a result and what was played without one', () => {
    const t = table('2031-11-10');
    assert.equal(t.certainty, 'provisional');
    assert.deepEqual(t.completeness, {
      withResult: 3,
      resultUnknown: 1,
      toPlay: 0,
      expected: 6,
      notRecorded: 2,
      stageOver: false,
      complete: false,
    });
    assert.ok(isPartial(t.completeness), 'a result nobody recorded already makes it partial');
    assert.deepEqual(partialWarnings(translator('en'), t.completeness), [
      'Incomplete table: 3 of 6 matches have a recorded result so far.',
      '1 match was played but its result is not known; the table cannot count it.',
    ]);
  });

  it('once its stage is over: partial, never provisional, and the matches never recorded are counted', () => {
    const t = table('2031-12-01');
    assert.equal(t.certainty, 'partial');
    assert.equal(t.completeness.stageOver, true);
    assert.deepEqual(partialWarnings(translator('en'), t.completeness), [
      'Incomplete table: the stage is over, but only 3 of 6 matches have a recorded result.',
      '1 match was played but its result is not known; the table cannot count it.',
      '2 of the 6 matches are not recorded at all (neither date nor result).',
    ]);
    assert.match(
      partialWarnings(translator('es'), t.completeness)[0]!,
      /la fase terminó, pero solo 3 de 6 partidos/,
    );
  });

  it("without a day: over once the season's record reaches past the stage's end (the outcome of 2 Dec)", () => {
    assert.equal(table().certainty, 'partial');
  });

  it('counts a match played without a score as missing: a table is final only with every result', () => {
    // The two missing matches recorded as played, with no score either.
    const text = readFileSync(FILE, 'utf8').replace(
      /outcomes:[\s\S]*$/,
      [
        '  - { competition: liga, stage: apertura, date: 2031-11-15, home: verde, away: celeste, status: played }',
        '  - { competition: liga, stage: apertura, date: 2031-11-15, home: rojo, away: blanquiazul, status: played }',
        '',
      ].join('\n'),
    );
    const all = loadSeasonFromFiles([{ path: FILE, text }]);
    const t = createSeasonEngine(all.index!, { asOf: isoDate('2031-12-01') }).table('liga', 'apertura');
    assert.equal(t.matchesPlayed, 6, 'every match was played');
    assert.equal(t.completeness.withResult, 3);
    assert.equal(t.certainty, 'partial', 'three results are not known: not final');
  });

  it('names no "current" leader of a finished stage with results missing: unknown until a source records it', () => {
    const at = (asOf: string) =>
      createSeasonEngine(loaded.index!, { asOf: isoDate(asOf) }).position('liga', 'apertura', undefined, 1);
    assert.deepEqual([at('2031-11-10').team, at('2031-11-10').certainty], ['celeste', 'provisional']);
    assert.deepEqual([at('2031-12-01').team, at('2031-12-01').certainty], [undefined, 'unknown']);
    assert.deepEqual([at('2031-12-02').team, at('2031-12-02').certainty], ['blanquiazul', 'recorded']);
  });
});
