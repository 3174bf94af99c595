import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createSeasonEngine } from '../../../src/core/engine/index.ts';
import { isoDate } from '../../../src/core/model/index.ts';
import { loadSeasonFromFiles } from '../../../src/season/load-season.ts';

const FILE = 'test/fixtures/seasons/clausura-playoff.yaml';
const loaded = loadSeasonFromFiles([{ path: FILE, text: readFileSync(FILE, 'utf8') }]);
const at = (asOf?: string) => createSeasonEngine(loaded.index!, asOf ? { asOf: isoDate(asOf) } : {});

describe('a tie on points for first place under the ADFP 2014 rules', () => {
  it('is not settled on goal difference: the table waits for the play-off', () => {
    const table = at('2031-11-30').table('liga', 'clausura');
    // Celeste 5 pts (+5), Blanquiazul 5 pts (+1): level on points for first.
    assert.deepEqual(
      table.rows.slice(0, 2).map((r) => [r.team, r.points, r.position]),
      [
        ['celeste', 5, 1],
        ['blanquiazul', 5, 1],
      ],
    );
    assert.equal(table.certainty, 'provisional');
    assert.match(table.notes.join('\n'), /a play-off will decide place 1/);
    assert.equal(at('2031-11-30').position('liga', 'clausura', undefined, 1).certainty !== 'derived', true);
  });

  it('is settled by the play-off once it is played, whatever the goal difference', () => {
    const table = at().table('liga', 'clausura');
    assert.deepEqual(
      table.rows.slice(0, 2).map((r) => r.team),
      ['blanquiazul', 'celeste'],
    );
    assert.equal(table.rows[0]!.decidedBy, 'playoff');
    assert.equal(table.certainty, 'derived');
    assert.equal(at().stageResult('liga', 'clausura', 'winner').team, 'blanquiazul');
  });

  it('leaves ties below first to goal difference', () => {
    const table = at().table('liga', 'clausura');
    assert.deepEqual(
      table.rows.slice(2).map((r) => [r.team, r.points]),
      [
        ['verde', 2],
        ['rojo', 2],
      ],
    );
  });
});
