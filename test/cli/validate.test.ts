import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './run-cli.ts';

describe('torneo validate', () => {
  it('summarises a valid season and exits 0', async () => {
    const r = await runCli(['validate', 'test/fixtures/seasons/mini-cup.yaml']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /valid — Mini Cup 2030 \(mini-2030\)/);
    assert.match(r.stdout, /4 clubs, 4 teams, 1 venues, 0 people/);
    assert.match(r.stdout, /2 matches \(2 with a result\)/);
  });

  it('lists every issue as file:line:column and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-validate-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(
      file,
      readFileSync('test/fixtures/seasons/mini-cup.yaml', 'utf8').replace(
        'away: deportivo-sur',
        'away: deportivo-norte',
      ),
    );
    const r = await runCli(['validate', file]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /1 error\(s\); nothing was written/);
    assert.match(
      r.stderr,
      new RegExp(
        `${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:11: error: unknown team 'deportivo-norte'`,
      ),
    );
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });

  it('says clearly when the season does not exist (exit 3)', async () => {
    const r = await runCli(['validate', 'no/such/season']);
    assert.equal(r.code, 3);
    assert.match(
      r.stderr,
      /season 'no\/such\/season' is neither a file or folder nor a season in the database/,
    );
  });

  it('refuses an unknown command with a usage error (exit 2)', async () => {
    const r = await runCli(['valdate', 'x']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown command 'valdate'/);
  });
});
