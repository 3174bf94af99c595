import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './run-cli.ts';

const SEASON = 'test/fixtures/seasons/every-fact';
const FIXTURE = 'DSU-UES'; // Deportivo Sur v Unión Este, 8 March 2030, not played yet

/** A copy of the every-fact season whose matches file is changed by `edit`. */
function editedSeason(edit: (matches: string) => string): { dir: string; season: string } {
  const dir = mkdtempSync(join(tmpdir(), 'torneo-messages-'));
  const season = join(dir, 'season');
  cpSync(SEASON, season, { recursive: true });
  const file = join(season, 'facts/matches.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return { dir, season };
}

async function loadedDb(season = SEASON) {
  const dir = mkdtempSync(join(tmpdir(), 'torneo-messages-'));
  const db = join(dir, 'torneo.db');
  const r = await runCli(['load', season, '--db', db, '--author', 'loader']);
  assert.equal(r.code, 0, r.stderr);
  return { dir, db, cli: (...args: string[]) => runCli([...args, '--db', db]) };
}

describe('messages that say what was given and what is expected, once', () => {
  it('says a date that is not on the calendar is not a real calendar date, without repeating it (exit 1)', async () => {
    const { season } = editedSeason((t) => t.replace('date: 2030-03-08', 'date: 2030-02-30'));
    const r = await runCli(['validate', season]);
    assert.equal(r.code, 1);
    assert.match(r.stdout + r.stderr, /'2030-02-30' is not a real calendar date/);
    assert.doesNotMatch(r.stdout + r.stderr, /expected a real calendar date/);
  });

  it('names the argument of a score that is not one, not the match’s place in the season (exit 1)', async () => {
    const { cli } = await loadedDb();
    const r = await cli('record', 'every-fact-2030', FIXTURE, '3-x');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /error: <score>: '3-x' is not a score written like 2-1$/m);
    assert.doesNotMatch(r.stderr, /matches\[|expected a score/);
    const pens = await cli('record', 'every-fact-2030', FIXTURE, '1-1', '--pens', '4-x');
    assert.equal(pens.code, 1);
    assert.match(pens.stderr, /error: --pens: '4-x' is not a score written like 2-1$/m);
  });

  it('reduces a YAML syntax error to its first cause, at the line where the list opens (exit 1)', async () => {
    const { season } = editedSeason((t) => t.replace('sources: [S1]', 'sources: [S1'));
    const r = await runCli(['validate', season]);
    assert.equal(r.code, 1);
    const lines = (r.stdout + r.stderr).split('\n').filter((l) => / error: /.test(l));
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0]!, /facts\/matches\.yaml:16:14: error: this '\[' is never closed with '\]'/);
  });

  it('says what the current version is when --expect-version names one that does not exist (exit 4)', async () => {
    const { cli } = await loadedDb();
    const r = await cli('record', 'every-fact-2030', FIXTURE, '1-0', '--expect-version', '99');
    assert.equal(r.code, 4);
    assert.match(
      r.stderr,
      /match 'liga\/apertura\/2030-03-08\/deportivo-sur-v-union-este' has no version 99: it is at version 1 \(record by loader at 2030-01-01T00:00:00.000Z\)/,
    );
    assert.doesNotMatch(r.stderr, /someone else/);
  });

  it('names a --db file that is not a database, exit 1 rather than an internal error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-messages-'));
    const notDb = join(dir, 'notes.db');
    writeFileSync(notDb, 'these are notes, not a database\n'.repeat(100));
    const r = await runCli(['load', SEASON, '--db', notDb]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /notes\.db' is not a database \(it is some other kind of file\)/);
    assert.doesNotMatch(r.stderr, /internal error/);
  });

  it('creates no database when record is given a mistyped --db path (exit 3)', async () => {
    const { dir } = await loadedDb();
    const typo = join(dir, 'tornoe.db');
    const r = await runCli(['record', 'every-fact-2030', FIXTURE, '1-0', '--db', typo]);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /no database '.*tornoe\.db'; give --db the file that npx torneo load wrote/);
    assert.equal(existsSync(typo), false, 'no file was created');
  });

  it('offers the nearest club codes for a mistyped pair (exit 3)', async () => {
    const { cli } = await loadedDb();
    const r = await cli('history', 'every-fact-2030', 'DSU-UEZ');
    assert.equal(r.code, 3);
    assert.match(r.stderr, /no match 'DSU-UEZ' in season 'every-fact-2030' — did you mean 'DSU-UES'\?/);
  });

  it('takes the example of an ambiguous match from the season at hand (exit 2)', async () => {
    const { season } = editedSeason(
      (t) =>
        `${t.trimEnd()}\n  - { competition: liga, stage: apertura, date: 2030-04-12, home: deportivo-sur, away: union-este }\n`,
    );
    const { cli } = await loadedDb(season);
    const r = await cli('history', 'every-fact-2030', FIXTURE);
    assert.equal(r.code, 2, r.stderr);
    assert.match(
      r.stderr,
      /'DSU-UES' names 2 matches; give the match id, or add @date \(e\.g\. DSU-UES@2030-03-08\)/,
    );
    assert.doesNotMatch(r.stderr, /2014/);
  });

  it('stops quietly when the reader of its output goes away (piping into head)', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        "import('./src/cli/main.ts').then(async (m) => { process.exitCode = await m.main(['show', 'examples/peru-2014']); })",
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.destroy(); // the reader is gone before the first line
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    assert.equal(stderr, '', 'no stack trace');
    assert.equal(code, 0);
  });
});
