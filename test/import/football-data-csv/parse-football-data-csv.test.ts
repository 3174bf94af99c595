import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseFootballDataCsv } from '../../../src/import/football-data-csv/index.ts';

// A synthetic sample in the football-data.co.uk layout (see test/fixtures/import/README.md).
const sample = readFileSync(
  new URL('../../fixtures/import/football-data-format-sample.synthetic.csv', import.meta.url),
  'utf8',
);

describe('football-data.co.uk CSV (synthetic format sample)', () => {
  const r = parseFootballDataCsv(sample, { file: 'sample.csv' });

  it('reads teams, dates in both year forms, full and half time', () => {
    assert.deepEqual(
      r.matches.map((m) => [m.date, m.time, m.home, m.away, m.result?.fullTime, m.result?.halfTime]),
      [
        [
          '2025-08-16',
          '12:30',
          'Northtown',
          'Southport Athletic',
          { home: 2, away: 1 },
          { home: 1, away: 1 },
        ],
        [
          '2025-08-16',
          '15:00',
          'Eastfield United',
          'Westbury Rovers',
          { home: 0, away: 0 },
          { home: 0, away: 0 },
        ],
        ['2025-08-17', '16:30', 'Westbury Rovers', 'Northtown', { home: 1, away: 3 }, { home: 0, away: 2 }],
        ['2025-08-23', '15:00', 'Southport Athletic', 'Eastfield United', undefined, undefined],
      ],
    );
    assert.equal(r.matches[3]!.status, 'scheduled');
    assert.equal(r.matches[0]!.competition, 'E0');
  });

  it('reads cards per side (a second yellow is among the reds in this source)', () => {
    assert.deepEqual(r.matches[0]!.cards, {
      home: { yellow: 1, secondYellow: 0, red: 0 },
      away: { yellow: 3, secondYellow: 0, red: 1 },
    });
    assert.equal(r.matches[0]!.referee, 'A Referee');
  });

  it('refuses a broken row, naming line and column, and skips a row of commas', () => {
    assert.deepEqual(
      r.refused.map((x) => [x.line, x.detail]),
      [[7, 'column Date: expected a date dd/mm/yy or dd/mm/yyyy, got "31/02/2025"']],
    );
  });

  it('reads the extra-leagues layout (Home, Away, HG, AG)', () => {
    const extra = parseFootballDataCsv(
      'Country,League,Season,Date,Time,Home,Away,HG,AG,Res\nArgentina,Liga Profesional,2024,10/05/2024,19:00,Sarmiento,Instituto,1,2,A\n',
    );
    assert.deepEqual(
      [extra.matches[0]!.competition, extra.matches[0]!.season, extra.matches[0]!.result?.fullTime],
      ['Liga Profesional', '2024', { home: 1, away: 2 }],
    );
  });

  it('refuses a file without the football-data header', () => {
    assert.equal(parseFootballDataCsv('a,b,c\n1,2,3\n').refused[0]!.line, 1);
  });
});
