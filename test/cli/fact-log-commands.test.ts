import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadSeason } from '../../src/season/load-season.ts';
import { runCli } from './run-cli.ts';

const SEASON = 'test/fixtures/seasons/every-fact';
const FIXTURE = 'DSU-UES'; // Deportivo Sur v Unión Este, 8 March, not played yet

/** A temporary folder with a SQLite database that already holds the every-fact season. */
async function loaded() {
  const dir = mkdtempSync(join(tmpdir(), 'torneo-cli-'));
  const db = join(dir, 'torneo.db');
  const r = await runCli(['load', SEASON, '--db', db, '--author', 'loader']);
  assert.equal(r.code, 0, r.stderr);
  const cli = (...args: string[]) => runCli([...args, '--db', db]);
  return { dir, db, cli };
}

describe('torneo load', () => {
  it('writes the definition and every fact, and a second load adds nothing', async () => {
    const { cli } = await loaded();
    const again = await cli('load', SEASON, '--author', 'loader');
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /facts: 0 added, 0 changed, 15 unchanged, 0 withdrawn/);
  });

  it('refuses an invalid season listing every issue, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-cli-'));
    cpSync(SEASON, join(dir, 'season'), { recursive: true });
    const matches = join(dir, 'season/facts/matches.yaml');
    writeFileSync(
      matches,
      readFileSync(matches, 'utf8')
        .replace('home: union-este', 'home: union-oeste')
        .replace('score: 2-1', 'score: 3-1'),
    );
    const r = await runCli(['load', join(dir, 'season'), '--db', join(dir, 'torneo.db')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /2 error\(s\); nothing was written/);
    assert.match(r.stderr, /unknown team 'union-oeste'/);
    assert.match(r.stderr, /2 goal\(s\) listed for the home side but the score gives 3/);
    const show = await runCli(['show', 'every-fact-2030', '--db', join(dir, 'torneo.db')]);
    assert.equal(show.code, 3, 'the season is not in the database');
  });
});

describe('torneo load after results were recorded in the database', () => {
  it('refuses to overwrite them, listing each (exit 4), and writes nothing', async () => {
    const { cli } = await loaded();
    assert.equal((await cli('record', 'every-fact-2030', FIXTURE, '2-0', '--author', 'referee')).code, 0);
    const r = await cli('load', SEASON, '--author', 'loader');
    assert.equal(r.code, 4, r.stderr);
    assert.match(
      r.stderr,
      /1 fact\(s\) of every-fact-2030 were recorded in the database since the files were last loaded/,
    );
    assert.match(
      r.stderr,
      /match liga\/apertura\/2030-03-08\/deportivo-sur-v-union-este: version 2, record by referee at .* — the files state it otherwise/,
    );
    assert.match(r.stderr, /npx torneo export every-fact-2030 --to <new-dir>/);
    assert.match(r.stderr, /--prefer-files --reason/);
    const history = await cli('history', 'every-fact-2030', FIXTURE, '--json');
    assert.equal(history.stdout.match(/"version"/g)?.length, 2, 'nothing was written');
  });

  it('supersedes them with --prefer-files, the reason in each history; --prefer-files alone is a usage error', async () => {
    const { cli } = await loaded();
    await cli('record', 'every-fact-2030', FIXTURE, '2-0', '--author', 'referee');
    assert.equal((await cli('load', SEASON, '--prefer-files')).code, 2);
    const r = await cli(
      'load',
      SEASON,
      '--prefer-files',
      '--reason',
      'the files are the league office’s record',
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /1 changed/);
    assert.match(
      (await cli('history', 'every-fact-2030', FIXTURE)).stdout,
      /v3 .* recorded by .* — the files are the league office’s record\n\s+Deportivo Sur v Unión Este, scheduled/,
    );
  });

  it('loads the folder `export` wrote after recording without a conflict, keeping what was recorded', async () => {
    const { dir, cli } = await loaded();
    await cli('record', 'every-fact-2030', FIXTURE, '2-0', '--author', 'referee');
    assert.equal((await cli('export', 'every-fact-2030', '--to', join(dir, 'out'))).code, 0);
    const r = await cli('load', join(dir, 'out'));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /0 changed/);
    assert.match(
      (await cli('history', 'every-fact-2030', FIXTURE)).stdout,
      /v2 .* recorded by referee\n\s+Deportivo Sur 2–0 Unión Este$/,
    );
  });
});

describe('torneo export', () => {
  it('writes a folder that loads back into the same season', async () => {
    const { dir, cli } = await loaded();
    const r = await cli('export', 'every-fact-2030', '--to', join(dir, 'out'));
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(loadSeason(join(dir, 'out')).doc, loadSeason(SEASON).doc);
    assert.equal(
      (await cli('export', 'every-fact-2030', '--to', join(dir, 'out'))).code,
      2,
      'never writes into a folder that is not empty',
    );
  });
});

describe('torneo record, correct and history', () => {
  it('records a result, validated like a YAML fact, as version 2 of the match', async () => {
    const { cli } = await loaded();
    const r = await cli(
      'record',
      'every-fact-2030',
      FIXTURE,
      '1-1',
      '--home-goal',
      "Ruiz 10'",
      '--goal',
      "away:Silva 80' pen",
      '--attendance',
      '8,000',
      '--author',
      'referee',
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /recorded: liga\/apertura\/2030-03-08\/deportivo-sur-v-union-este version 2/);
    assert.match(r.stdout, /Deportivo Sur 1–1 Unión Este, 2 goal\(s\) listed/);
    const history = await cli('history', 'every-fact-2030', FIXTURE);
    assert.match(history.stdout, /v1 .* recorded by loader\n\s+Deportivo Sur v Unión Este, scheduled/);
    assert.match(history.stdout, /v2 .* recorded by referee\n\s+Deportivo Sur 1–1 Unión Este/);
  });

  it('does nothing when the same result is recorded twice', async () => {
    const { cli } = await loaded();
    await cli('record', 'every-fact-2030', FIXTURE, '2-0');
    const again = await cli('record', 'every-fact-2030', FIXTURE, '2-0');
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /already recorded: .* version 2/);
    assert.equal(
      (await cli('history', 'every-fact-2030', FIXTURE, '--json')).stdout.match(/"version"/g)?.length,
      2,
    );
  });

  it('sends a different result for a match already recorded to `correct`, which needs a reason', async () => {
    const { cli } = await loaded();
    await cli('record', 'every-fact-2030', FIXTURE, '2-0');
    const overwrite = await cli('record', 'every-fact-2030', FIXTURE, '3-0');
    assert.equal(overwrite.code, 4);
    assert.match(
      overwrite.stderr,
      /already has a result \(version 2: Deportivo Sur 2–0 Unión Este\); to change it, use npx torneo correct/,
    );
    assert.equal((await cli('correct', 'every-fact-2030', FIXTURE, '3-0')).code, 2, '--reason is required');
    const fixed = await cli(
      'correct',
      'every-fact-2030',
      FIXTURE,
      '3-0',
      '--reason',
      'a goal was credited to the wrong side',
      '--author',
      'league',
    );
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.match(
      (await cli('history', 'every-fact-2030', FIXTURE)).stdout,
      /v3 .* corrected by league — a goal was credited to the wrong side/,
    );
  });

  it('refuses a correction based on a stale version (exit 4)', async () => {
    const { cli } = await loaded();
    await cli('record', 'every-fact-2030', FIXTURE, '2-0');
    const stale = await cli(
      'correct',
      'every-fact-2030',
      FIXTURE,
      '2-1',
      '--reason',
      'late goal',
      '--expect-version',
      '1',
    );
    assert.equal(stale.code, 4);
    assert.match(
      stale.stderr,
      /is now at version 2 \(record by .* at .*\), not version 1: it changed after the version this change was based on/,
    );
  });

  it('refuses a result that contradicts itself and writes nothing', async () => {
    const { cli } = await loaded();
    const r = await cli(
      'record',
      'every-fact-2030',
      FIXTURE,
      '1-0',
      '--home-goal',
      "Ruiz 10'",
      '--home-goal',
      "Ruiz 20'",
      '--pens',
      '4-3',
    );
    assert.equal(r.code, 1);
    assert.match(r.stderr, /the result is not valid; nothing was written/);
    assert.match(r.stderr, /2 goal\(s\) listed for the home side but the score gives 1/);
    assert.match(r.stderr, /a shoot-out is recorded but the match was not level/);
    assert.equal(
      (await cli('history', 'every-fact-2030', FIXTURE, '--json')).stdout.match(/"version"/g)?.length,
      1,
    );
  });

  it('names the match it cannot find, with the nearest one', async () => {
    const { cli } = await loaded();
    const r = await cli('record', 'every-fact-2030', 'deportivo-sur-v-union-estee', '1-0');
    assert.equal(r.code, 3);
    assert.match(
      r.stderr,
      /no match 'deportivo-sur-v-union-estee' in season 'every-fact-2030' — did you mean 'deportivo-sur-v-union-este'\?/,
    );
  });

  it('asks for the side of a goal given without one', async () => {
    const { cli } = await loaded();
    const r = await cli('record', 'every-fact-2030', FIXTURE, '1-0', '--goal', "Ruiz 10'");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /does not say which side: write home:…, away:…/);
  });
});

describe('torneo init', () => {
  it('starts a season folder that validates and loads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-init-'));
    const r = await runCli([
      'init',
      join(dir, 'chancay'),
      '--name',
      'Liga Distrital de Chancay 2031',
      '--country',
      'PER',
      '--clubs',
      'Alianza Lima,Sporting Cristal,Universitario,Unión Huaral',
      '--format',
      'groups',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(loadSeason(join(dir, 'chancay')).issues, []);
    assert.equal((await runCli(['load', join(dir, 'chancay'), '--db', join(dir, 'torneo.db')])).code, 0);
  });

  it('starts a three-club league: --groups is checked only for a group format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-init-'));
    const r = await runCli([
      'init',
      join(dir, 'trio'),
      '--name',
      'Copa Trío 2031',
      '--clubs',
      'Olimpia,Motagua,Real España',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /started copa-trio-2031 in .*trio: 3 clubs, league/);
    assert.match(r.stdout, /next: npx torneo validate/);
    assert.deepEqual(loadSeason(join(dir, 'trio')).issues, []);
    const groups = await runCli([
      'init',
      join(dir, 'trio-groups'),
      '--name',
      'Copa Trío 2031',
      '--clubs',
      'Olimpia,Motagua,Real España',
      '--format',
      'groups',
    ]);
    assert.equal(groups.code, 2);
    assert.match(groups.stderr, /--groups 2: between 1 and 1 groups for 3 clubs/);
  });

  it('refuses two clubs that would get the same id, naming both, instead of renaming one (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-init-'));
    const r = await runCli(['init', join(dir, 'x'), '--name', 'Liga 2031', '--clubs', 'Vida,Olimpia,VIDA']);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /'Vida' and 'VIDA' would both get the id 'vida'; give each club a name of its own/,
    );
    assert.equal(existsSync(join(dir, 'x')), false, 'nothing was written');
  });

  it('without a terminal, says which flags are missing (exit 2)', async () => {
    const r = await runCli([
      'init',
      join(mkdtempSync(join(tmpdir(), 'torneo-init-')), 'x'),
      '--name',
      'X 2031',
    ]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /init needs --clubs \(there is no terminal to ask on\)/);
  });
});
