import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { detectFormat, readSource, type ImportResult } from '../../src/import/index.ts';

describe('detecting the format of a file', () => {
  it('tells the formats apart by name and header', () => {
    const cases: [string, string, string][] = [
      ['2023-24/1-premierleague.txt', '= English Premier League 2023/24', 'football-txt'],
      ['2000-01/.conf.txt', '= English Premier League 2000/01', 'published-tables'],
      [
        '2024-25/en.1.json',
        '{\n  "name": "English Premier League 2024/25",\n  "matches": [',
        'football-json',
      ],
      ['england.csv', '"Date","Season","home","visitor","FT","hgoal","vgoal"', 'engsoccerdata-csv'],
      ['deductions.csv', '"Season","team","tier","deduction","country"', 'engsoccerdata-deductions'],
      [
        'EnglishTeamPointDeductions.csv',
        '\uFEFFSeason,Date,Team,Pts_deducted,Notes',
        'seanelvidge-deductions',
      ],
      ['E0.csv', 'Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR', 'football-data-csv'],
      ['results.csv', 'date,home,away,home_goals,away_goals', 'results-csv'],
    ];
    for (const [path, head, format] of cases) assert.deepEqual(detectFormat(path, head), { format }, path);
  });

  it('says why it skips a file', () => {
    assert.deepEqual(detectFormat('squads/arsenal.txt', '1 Wojciech Szczęsny'), {
      skip: 'a squad list, not matches',
    });
    assert.deepEqual(detectFormat('README.md', '# Notes'), { skip: 'not a data file Torneo reads' });
  });
});

describe('reading a file or a folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'torneo-read-source-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'season'));
  writeFileSync(
    join(dir, 'season', 'league.txt'),
    '= Test League 2024/25\n\nMatchday 1\n[Sat Aug/17]\n  A  1-0  B\n',
  );
  writeFileSync(join(dir, 'results.csv'), 'date,home,away,home_goals,away_goals\n2024-08-18,C,D,2,2\n');
  // football-data.co.uk files are often Windows-1252: "Málaga" in Latin-1 bytes.
  writeFileSync(
    join(dir, 'SP1.csv'),
    Buffer.from('Div,Date,HomeTeam,AwayTeam,FTHG,FTAG\nSP1,18/08/2024,M\xe1laga,Sevilla,1,1\n', 'latin1'),
  );
  writeFileSync(join(dir, 'NOTES.md'), '# notes');

  it('reads every file of a folder, in name order, and reports progress by file', () => {
    const progress: [number, number][] = [];
    const read = readSource(dir, { onProgress: (done, total) => progress.push([done, total]) });
    assert.deepEqual(
      read.files.map((f) => [f.path, f.format]),
      [
        ['SP1.csv', 'football-data-csv'],
        ['results.csv', 'results-csv'],
        [join('season', 'league.txt'), 'football-txt'],
      ],
    );
    assert.deepEqual(read.skipped, [{ path: 'NOTES.md', reason: 'not a data file Torneo reads' }]);
    assert.deepEqual(progress, [
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    assert.equal((read.files[0]!.result as ImportResult).matches[0]!.home, 'Málaga');
  });

  it('reads a single file, and reports a path that does not exist as data', () => {
    const one = readSource(join(dir, 'results.csv'));
    assert.equal((one.files[0]!.result as ImportResult).matches.length, 1);
    const none = readSource(join(dir, 'missing.csv'));
    assert.equal(none.files.length, 0);
    assert.equal(none.unreadable[0]!.path, join(dir, 'missing.csv'));
  });
});
