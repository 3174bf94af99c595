import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { mayRecord, type Grant } from '../../src/http/auth/permissions.ts';
import {
  loadTokenConfig,
  migrateTokenConfig,
  parseTokenConfig,
  TokenConfigError,
} from '../../src/http/auth/token-config.ts';
import { sha256Hex, TokenRegistry } from '../../src/http/auth/token-registry.ts';
import { TokenBuckets } from '../../src/http/middleware/token-bucket.ts';

const entry = (name: string, token: string, competition: string, role: 'admin' | 'recorder') => ({
  name,
  sha256: sha256Hex(token),
  grants: [{ season: 'peru-2014', competition, role }],
});

const FIRST_FORMAT = `tokens:\n  - name: lima\n    sha256: ${sha256Hex('s3cret')}\n    grants: [{ competition: copa-peru, role: recorder }]\n`;

describe('tokens', () => {
  it('are configured by a YAML file holding only their hashes, each grant naming its season', () => {
    const dir = mkdtempSync(join(tmpdir(), 'torneo-tokens-'));
    const file = join(dir, 'tokens.yaml');
    writeFileSync(
      file,
      `version: 2\ntokens:\n  - name: lima\n    sha256: ${sha256Hex('s3cret')}\n    grants: [{ season: peru-2014, competition: copa-peru, role: recorder }]\n`,
    );
    const registry = new TokenRegistry(loadTokenConfig({}, file));
    assert.equal(registry.verify('s3cret')?.name, 'lima');
    assert.equal(registry.verify('s3cret')?.grants[0]?.season, 'peru-2014');
    assert.equal(registry.verify('S3CRET'), undefined);
  });

  it('are configured by the TORNEO_TOKENS variable as JSON when no file is named', () => {
    const config = loadTokenConfig({
      TORNEO_TOKENS: JSON.stringify({ version: 2, tokens: [entry('admin', 'a', '*', 'admin')] }),
    });
    assert.equal(new TokenRegistry(config).verify('a')?.grants[0]?.role, 'admin');
  });

  it('refuse a configuration that keeps a token in clear, naming the field', () => {
    assert.throws(
      () =>
        loadTokenConfig({
          TORNEO_TOKENS:
            '{"version":2,"tokens":[{"name":"x","sha256":"plain-token","grants":[{"season":"s","competition":"*","role":"admin"}]}]}',
        }),
      (e: unknown) =>
        e instanceof TokenConfigError &&
        /TORNEO_TOKENS: tokens\.0\.sha256: the SHA-256 of the token/.test(e.message),
    );
  });

  it('refuse a file of the first format, whose grants held in every season, saying how to migrate it', () => {
    assert.throws(
      () => parseTokenConfig(FIRST_FORMAT, 'tokens.yaml'),
      (e: unknown) =>
        e instanceof TokenConfigError &&
        /^tokens\.yaml is in the first tokens format/.test(e.message) &&
        /version: 2/.test(e.message) &&
        /torneo token migrate <file> --season <id>/.test(e.message),
    );
  });

  it('refuse a grant without a season, naming it', () => {
    assert.throws(
      () =>
        parseTokenConfig(
          `version: 2\ntokens: [{ name: x, sha256: ${sha256Hex('x')}, grants: [{ competition: "*", role: admin }] }]`,
          'tokens.yaml',
        ),
      /tokens\.yaml: tokens\.0\.grants\.0\.season/,
    );
  });

  it('refuse kinds a role does not cover', () => {
    assert.throws(
      () =>
        parseTokenConfig(
          `version: 2\ntokens: [{ name: x, sha256: ${sha256Hex('x')}, grants: [{ season: s, competition: c, role: recorder, kinds: [adjustment] }] }]`,
          'tokens.yaml',
        ),
      /grants\.0\.kinds: a recorder records match facts only/,
    );
  });

  it('of the first format are migrated for the season they were meant for', () => {
    const migrated = migrateTokenConfig(FIRST_FORMAT, 'tokens.yaml', 'peru-2014');
    assert.equal(migrated.version, 2);
    assert.deepEqual(migrated.tokens[0]?.grants, [
      { season: 'peru-2014', competition: 'copa-peru', role: 'recorder' },
    ]);
  });

  it('are none when nothing is configured: nobody may write', () => {
    assert.equal(new TokenRegistry(loadTokenConfig({})).size, 0);
  });

  it('are replaced by a reload: a revoked token stops working at once', () => {
    const registry = new TokenRegistry({ version: 2, tokens: [entry('a', 'token-a', '*', 'admin')] });
    registry.reload({ version: 2, tokens: [entry('b', 'token-b', '*', 'admin')] });
    assert.equal(registry.verify('token-a'), undefined);
    assert.equal(registry.verify('token-b')?.name, 'b');
  });

  it('are not checked for a client past its failed attempts, until it has waited', () => {
    let now = 0;
    const registry = new TokenRegistry(
      { version: 2, tokens: [entry('a', 'right', '*', 'admin')] },
      { guessLimit: { capacity: 3, refillPerSecond: 0.5 }, nowMs: () => now },
    );
    for (let i = 0; i < 3; i++)
      assert.deepEqual(registry.check(`guess-${i}`, '10.0.0.1'), { ok: false, reason: 'invalid' });
    const refused = registry.check('right', '10.0.0.1');
    assert.equal(!refused.ok && refused.reason, 'throttled', 'even the right token waits');
    assert.equal(!refused.ok && refused.reason === 'throttled' && refused.retryAfterSeconds, 2);
    assert.equal(registry.check('right', '10.0.0.2').ok, true, 'other clients are not held up');
    now = 2000;
    assert.equal(registry.check('right', '10.0.0.1').ok, true);
  });
});

describe('grants', () => {
  const copa: Grant[] = [{ season: 'peru-2014', competition: 'copa-peru', role: 'recorder' }];
  it('let a recorder record matches of its competition only', () => {
    assert.equal(mayRecord(copa, 'peru-2014', 'copa-peru', 'match'), true);
    assert.equal(mayRecord(copa, 'peru-2014', 'torneo-del-inca', 'match'), false);
    assert.equal(mayRecord(copa, 'peru-2014', 'copa-peru', 'adjustment'), false);
  });
  it('hold only in the season they name, whatever the competition', () => {
    assert.equal(mayRecord(copa, 'peru-2015', 'copa-peru', 'match'), false);
    const admin: Grant[] = [{ season: 'peru-2014', competition: '*', role: 'admin' }];
    assert.equal(mayRecord(admin, 'peru-2015', 'copa-peru', 'adjustment'), false);
  });
  it('let an admin of every competition record season-wide facts', () => {
    assert.equal(
      mayRecord([{ season: 's', competition: '*', role: 'admin' }], 's', undefined, 'managerial-change'),
      true,
    );
    assert.equal(
      mayRecord(
        [{ season: 's', competition: 'copa-peru', role: 'admin' }],
        's',
        undefined,
        'managerial-change',
      ),
      false,
    );
  });
  it('narrowed to kinds of fact allow those only', () => {
    const g: Grant[] = [{ season: 's', competition: '*', role: 'admin', kinds: ['adjustment', 'exclusion'] }];
    assert.equal(mayRecord(g, 's', 'c', 'adjustment'), true);
    assert.equal(mayRecord(g, 's', 'c', 'match'), false);
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
