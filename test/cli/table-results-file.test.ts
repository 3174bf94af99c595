import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { runCli } from './run-cli.ts';

const DATA = '../shared/data';
const PL_2023_24 = `${DATA}/openfootball-england/rsssf/eng2024-premierleague.txt`;

interface Row {
  position: number;
  team: string;
  points: number;
  adjustment: number;
}

describe('torneo table --results FILE of any format', () => {
  it('gives the official Premier League 2023/24 table from the RSSSF file, deductions and all, with no rules file', async (t: TestContext) => {
    if (!existsSync(PL_2023_24)) return t.skip('../shared/data not found');
    const r = await runCli(['table', '--results', PL_2023_24, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      rows: Row[];
      published: { rows: number; matching: number; differences: string[] };
    };
    const row = (team: string) => out.rows.find((x) => x.team === team)!;
    assert.deepEqual(
      [row('Everton').position, row('Everton').points, row('Everton').adjustment],
      [15, 40, -8],
    );
    assert.deepEqual(
      [
        row('Nottingham Forest').position,
        row('Nottingham Forest').points,
        row('Nottingham Forest').adjustment,
      ],
      [17, 32, -4],
    );
    assert.deepEqual(out.published, { line: 10, rows: 20, matching: 20, differences: [] });

    const text = await runCli(['table', '--results', PL_2023_24]);
    assert.match(
      text.stdout,
      /Everton −8: 8 points deducted for financial reasons \(published table, line 32\)/,
    );
    assert.match(text.stdout, /published table \(line 10\): 20\/20 rows match/);
  });

  it('reads a Latin-1 CSV as Windows-1252 and refuses UTF-16 by name', async (t: TestContext) => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-encoding-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const latin1 = join(dir, 'peru.csv');
    writeFileSync(
      latin1,
      Buffer.from('date,home,away,home_goals,away_goals\n2014-02-01,Marath\xf3n,Cienciano,1,0\n', 'latin1'),
    );
    const r = await runCli(['table', '--results', latin1]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Marathón/);
    const utf16 = join(dir, 'utf16.csv');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('date,home\n', 'utf16le')]));
    const bad = await runCli(['table', '--results', utf16]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /UTF-16 .*save it as UTF-8/);
  });

  it('refuses a team playing itself and a duplicate row, naming each line; --skip-bad counts the rest', async (t: TestContext) => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-refuse-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'results.csv');
    writeFileSync(
      file,
      [
        'date,home,away,home_goals,away_goals',
        '2024-08-10,Alpha,Beta,1,0',
        '2024-08-10,Alpha,Beta,1,0',
        '2024-08-11,Gamma,Gamma,2,2',
        '2024-08-12,Beta,Gamma,0,3',
      ].join('\n'),
    );
    const r = await runCli(['table', '--results', file]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /results\.csv:3: duplicate_match: the same match as line 2/);
    assert.match(r.stderr, /results\.csv:4: team_plays_itself: Gamma cannot play itself/);
    assert.equal(r.stdout, '');
    const skip = await runCli(['table', '--results', file, '--skip-bad', '--json']);
    assert.equal(skip.code, 0, skip.stderr);
    assert.match(skip.stderr, /2 line\(s\) refused and left out/);
    assert.equal((JSON.parse(skip.stdout) as { rows: Row[] }).rows.length, 3);
  });

  it('names a misspelled column with a suggestion and exits 1', async (t: TestContext) => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-column-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'results.csv');
    writeFileSync(file, 'date,home,away,home_gols,away_goals\n2024-08-10,Alpha,Beta,1,0\n');
    const r = await runCli(['table', '--results', file]);
    assert.equal(r.code, 1);
    assert.match(
      r.stderr,
      /results\.csv:1:4: invalid_row: home_gols: unknown column "home_gols" — did you mean "home_goals"\?/,
    );
  });
});
