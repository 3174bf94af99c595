import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePublishedTables } from '../../../src/import/football-txt/index.ts';

describe('published tables', () => {
  it('reads a .conf.txt table: position, team, P W D L GF-GA Pts', () => {
    const [table] = parsePublishedTables(
      [
        '= English Premier League 2000/01    # no. 9',
        '',
        ' 1  Manchester United  38 24  8  6  79-31  80',
        ' 2  Arsenal            38 20 10  8  63-38  70',
        '---------------------------------------------',
        '20  Bradford City      38  5 11 22  30-70  26',
      ].join('\n'),
    );
    assert.equal(table!.heading, 'English Premier League 2000/01');
    assert.deepEqual(table!.rows[1], {
      line: 4,
      position: 2,
      team: 'Arsenal',
      played: 38,
      won: 20,
      drawn: 10,
      lost: 8,
      goalsFor: 63,
      goalsAgainst: 38,
      points: 70,
    });
    assert.equal(table!.rows.length, 3);
  });

  it('reads RSSSF rows with a gap inside the goals ("6- 12") and bracketed results', () => {
    const [table] = parsePublishedTables(
      ' 4.Georgia        8  2  1  5  6- 12 7\n 2.LEBANON       6  3  1  2 11- 8 10  [0-2, 0-0]',
    );
    assert.deepEqual(
      table!.rows.map((r) => [r.team, r.goalsFor, r.goalsAgainst, r.points, r.marks]),
      [
        ['Georgia', 6, 12, 7, undefined],
        ['LEBANON', 11, 8, 10, ['0-2, 0-0']],
      ],
    );
  });

  it('turns "NB: … N points deducted …" into adjustments of the table above', () => {
    const [table] = parsePublishedTables(
      [
        '12.Wigan Athletic          46  20 10 16  63-56  62  [R]  [-8]',
        '17.Reading                 46  16 11 19  68-70  53  [R]  [-6]',
        '',
        'NB: Reading 6 points deducted for financial reasons;',
        '    Wigan 8 points deducted for financial reasons     -->',
      ].join('\n'),
    );
    assert.deepEqual(table!.adjustments, [
      { line: 4, team: 'Reading', points: -6, reason: 'for financial reasons' },
      { line: 4, team: 'Wigan', points: -8, reason: 'for financial reasons' },
    ]);
    assert.deepEqual(
      table!.rows.map((r) => r.adjustment),
      [-8, -6],
    );
  });
});
