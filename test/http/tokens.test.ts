import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { mayRecord } from '../../src/http/auth/permissions.ts';
import { loadTokenConfig, TokenConfigError } from '../../src/http/auth/token-config.ts';
import { sha256Hex, TokenRegistry } from '../../src/http/auth/token-registry.ts';
import { TokenBuckets } from '../../src/http/middleware/token-bucket.ts';

const entry = (name: string, token: string, competition: string, role: 'admin' | 'recorder') => ({
  name,
  sha256: sha256Hex(token),
  grants: [{ competition, role }],
});

describe('tokens', () => {
  it('are configured by a YAML file holding only their hashes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-tokens-'));
    const file = join(dir, 'tokens.yaml');
    writeFileSync(
      file,
      `tokens:\n  - name: lima\n    sha256: ${sha256Hex('s3cret')}\n    grants: [{ competition: copa-peru, role: recorder }]\n`,
    );
    const registry = new TokenRegistry(loadTokenConfig({}, file));
    assert.equal(registry.verify('s3cret')?.name, 'lima');
    assert.equal(registry.verify('S3CRET'), undefined);
  });

  it('are configured by the TORNEO_TOKENS variable as JSON when no file is named', () => {
    const config = loadTokenConfig({
      TORNEO_TOKENS: JSON.stringify({ tokens: [entry('admin', 'a', '*', 'admin')] }),
    });
    assert.equal(new TokenRegistry(config).verify('a')?.grants[0]?.role, 'admin');
  });

  it('refuse a configuration that keeps a token in clear, naming the field', () => {
    assert.throws(
      () =>
        loadTokenConfig({
          TORNEO_TOKENS:
            '{"tokens":[{"name":"x","sha256":"plain-token","grants":[{"competition":"*","role":"admin"}]}]}',
        }),
      (e: unknown) =>
        e instanceof TokenConfigError &&
        /TORNEO_TOKENS: tokens\.0\.sha256: the SHA-256 of the token/.test(e.message),
    );
  });

  it('are none when nothing is configured: nobody may write', () => {
    assert.equal(new TokenRegistry(loadTokenConfig({})).size, 0);
  });
});

describe('roles', () => {
  const copa = [{ competition: 'copa-peru', role: 'recorder' as const }];
  it('let a recorder record matches of its competition only', () => {
    assert.equal(mayRecord(copa, 'copa-peru', 'match'), true);
    assert.equal(mayRecord(copa, 'torneo-del-inca', 'match'), false);
    assert.equal(mayRecord(copa, 'copa-peru', 'adjustment'), false);
  });
  it('let an admin of every competition record season-wide facts', () => {
    assert.equal(mayRecord([{ competition: '*', role: 'admin' }], undefined, 'managerial-change'), true);
    assert.equal(
      mayRecord([{ competition: 'copa-peru', role: 'admin' }], undefined, 'managerial-change'),
      false,
    );
  });
});

describe('the write bucket of a token', () => {
  it('allows a burst, then one write per refill interval, and says how long to wait', () => {
    let now = 0;
    const buckets = new TokenBuckets({ capacity: 2, refillPerSecond: 1 }, () => now);
    assert.deepEqual([buckets.take('a').ok, buckets.take('a').ok], [true, true]);
    const refused = buckets.take('a');
    assert.equal(refused.ok, false);
    assert.equal(!refused.ok && refused.retryAfterSeconds, 1);
    assert.equal(buckets.take('b').ok, true, 'each token has its own bucket');
    now = 1000;
    assert.equal(buckets.take('a').ok, true);
  });
});
