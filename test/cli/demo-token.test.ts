import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './run-cli.ts';

describe('torneo serve --demo-token', () => {
  it('prints a token with which the recording form can be used on this computer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-demo-'));
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/storage/torneo-process.ts',
        'serve',
        'examples/peru-2014',
        '--db',
        join(dir, 'torneo.db'),
        '--port',
        '0',
        '--demo-token',
      ],
      {
        env: { ...process.env, TORNEO_TOKENS: '', TORNEO_TOKENS_FILE: '', NODE_ENV: 'development' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const printed = await new Promise<RegExpExecArray>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m =
            /Demo token, for this computer and this run only \(records as 'demo'\): (\S+)\n\s+sign in at (http:\/\/\S+)\/seasons\/peru-2014\/sign-in/.exec(
              out,
            );
          if (m) resolve(m);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
      });
      const [, token, url] = printed;
      const res = await fetch(`${url}/seasons/peru-2014/sign-in`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: url! },
        body: new URLSearchParams({ token: token! }).toString(),
      });
      assert.equal(res.status, 303, await res.text());
      assert.match(res.headers.get('Set-Cookie') ?? '', /torneo_token=/);
    } finally {
      await new Promise((done) => {
        child.once('exit', done);
        child.kill('SIGTERM');
      });
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is refused in production and on a public interface (exit 2)', async () => {
    const prod = await runCli(['serve', 'examples/peru-2014', '--demo-token'], { NODE_ENV: 'production' });
    assert.equal(prod.code, 2);
    assert.match(
      prod.stderr,
      /--demo-token is for trying Torneo on this computer; it is refused when NODE_ENV=production/,
    );
    const open = await runCli(['serve', 'examples/peru-2014', '--demo-token', '--host', '0.0.0.0']);
    assert.equal(open.code, 2);
    assert.match(
      open.stderr,
      /--demo-token is for this computer only; with --host 0.0.0.0 others could use it/,
    );
  });
});
