import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tieBreakText } from '../../src/i18n/tie-break-text.ts';
import { translator } from '../../src/i18n/translate.ts';
import type { TieBreakView } from '../../src/views/table-view.ts';

const team = (name: string) => ({ id: name.toLowerCase().replace(/ /g, '-'), name });
const [melgar, utc, cienciano] = [team('Melgar'), team('UTC'), team('Cienciano')];
const both = (note: TieBreakView) => [
  tieBreakText(translator('en'), note),
  tieBreakText(translator('es'), note),
];

describe('tie-breaks in words', () => {
  it('names the criterion that split the tied teams, from the dictionary of each language', () => {
    assert.deepEqual(
      both({ kind: 'split', criterion: 'h2h_points', place: 2, groups: [[melgar, utc], [cienciano]] }),
      [
        'Melgar = UTC > Cienciano on points in the matches among them',
        'Melgar = UTC > Cienciano por puntos en los partidos entre ellos',
      ],
    );
  });

  it('says which teams share a place, and which wait for a play-off', () => {
    assert.deepEqual(both({ kind: 'level', place: 5, teams: [melgar, utc, cienciano] }), [
      'Melgar, UTC and Cienciano level on every criterion: they share place 5',
      'Melgar, UTC y Cienciano igualados en todos los criterios: comparten el puesto 5',
    ]);
    assert.deepEqual(both({ kind: 'playoff_pending', place: 1, teams: [melgar, utc] }), [
      'Melgar and UTC level: a play-off will decide place 1',
      'Melgar y UTC igualados: un partido de desempate decidirá el puesto 1',
    ]);
  });

  it('says how an order was decided outside the table: lots drawn with their seed, lots recorded, a play-off', () => {
    assert.deepEqual(both({ kind: 'lots_drawn', teams: [utc, melgar], seed: 42 }), [
      'UTC and Melgar: order drawn by lots (seed 42)',
      'UTC y Melgar: orden por sorteo simulado (semilla 42)',
    ]);
    assert.deepEqual(
      both({ kind: 'lots_recorded', teams: [utc, melgar] })[1],
      'UTC y Melgar: orden decidido por sorteo',
    );
    assert.deepEqual(
      both({ kind: 'playoff_decided', teams: [melgar, utc] })[0],
      'Melgar and UTC: order decided by a play-off',
    );
  });
});
