import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { sha256Hex } from '../../src/http/auth/token-registry.ts';
import { startServeProcess } from './serve-process.ts';
import { PERU } from './test-app.ts';

const dir = mkdtempSync(join(tmpdir(), 'torneo-signals-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const tokensFile = (entries: readonly [name: string, token: string][]) =>
  `version: 2\ntokens:\n${entries
    .map(
      ([name, token]) =>
        `  - name: ${name}\n    sha256: ${sha256Hex(token)}\n    grants: [{ season: peru-2014, competition: "*", role: admin }]\n`,
    )
    .join('')}`;

const torneo = (args: readonly string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'test/storage/torneo-process.ts', ...args], {
    encoding: 'utf8',
  });

describe('torneo serve and its signals', () => {
  it('reloads the tokens on SIGHUP: a removed token stops working, a new one works, a broken file changes nothing', async () => {
    const file = join(dir, 'tokens.yaml');
    writeFileSync(file, tokensFile([['old', 'old-token']]));
    const server = await startServeProcess([PERU, '--db', join(dir, 'hup.db'), '--tokens', file]);
    let out = '';
    server.child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    let err = '';
    server.child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const me = async (token: string) =>
      (await fetch(`${server.url}/api/me`, { headers: { Authorization: `Bearer ${token}` } })).status;
    const hup = async (until: () => boolean) => {
      server.child.kill('SIGHUP');
      while (!until()) await new Promise((r) => setTimeout(r, 20));
    };
    try {
      assert.equal(await me('old-token'), 200);
      writeFileSync(file, tokensFile([['new', 'new-token']]));
      await hup(() => out.includes('tokens reloaded'));
      assert.equal(await me('old-token'), 401);
      assert.equal(await me('new-token'), 200);
      writeFileSync(file, 'tokens: [{ name: x');
      await hup(() => err.includes('tokens not reloaded'));
      assert.match(err, /the previous ones stay in force/);
      assert.equal(await me('new-token'), 200, 'the server is still up, with the tokens it had');
    } finally {
      await server.stop();
    }
  });

  it('refuses to start on a tokens file of the first format, saying how to migrate it', () => {
    const file = join(dir, 'old-tokens.yaml');
    writeFileSync(
      file,
      `tokens:\n  - name: x\n    sha256: ${sha256Hex('x')}\n    grants: [{ competition: "*", role: admin }]\n`,
    );
    const run = torneo(['serve', PERU, '--db', join(dir, 'old.db'), '--tokens', file, '--port', '0']);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /is in the first tokens format/);
    assert.match(run.stderr, /torneo token migrate/);
  });

  it('prints a new random token and its hash with `torneo token create`', () => {
    const a = JSON.parse(torneo(['token', 'create', '--season', 'peru-2014', '--json']).stdout) as {
      token: string;
      sha256: string;
      entry: { grants: unknown[] };
    };
    const b = JSON.parse(torneo(['token', 'create', '--json']).stdout) as { token: string };
    assert.notEqual(a.token, b.token);
    assert.ok(a.token.length >= 40);
    assert.equal(a.sha256, sha256Hex(a.token));
    assert.deepEqual(a.entry.grants, [{ season: 'peru-2014', competition: '*', role: 'recorder' }]);
  });
});
