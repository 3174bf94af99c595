import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MAX_BODY_BYTES } from '../../src/http/middleware/request-limits.ts';
import { sameSitePath } from '../../src/web/safe-next.ts';
import { bearer, peruApp, TOKENS, type TestApp } from './test-app.ts';

const S = '/api/seasons/peru-2014';
/** Real Garcilaso v Sporting Cristal, Inca round 1: played, result not known (S7). */
const UNKNOWN = 'torneo-del-inca/groups/2014-02-15/real-garcilaso-v-sporting-cristal';
const resultUrl = (id: string) => `${S}/matches/${encodeURIComponent(id)}/result`;
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' };

describe('junk in requests', () => {
  let t: TestApp;
  before(async () => (t = await peruApp()));
  after(() => t.close());

  it('refuses bad percent-encoding in the season part of a path with 400, for the API and the pages', async () => {
    for (const path of [
      '/api/seasons/%E0%A4%A/table',
      '/api/seasons/%ZZ',
      '/seasons/%E0%A4%A',
      '/seasons/%C0/competitions/x',
    ]) {
      const res = await t.app.request(path);
      assert.equal(res.status, 400, path);
      assert.match(await res.text(), /percent-encoding/, path);
    }
  });

  it('refuses a fact with a __proto__ key with 400 naming where it is', async () => {
    const res = await t.app.request(`${S}/facts`, {
      method: 'POST',
      headers: bearer(TOKENS.admin),
      body: '{"kind":"adjustment","fact":{"competition":"torneo-descentralizado","stage":"apertura","team":"cienciano","points":-3,"__proto__":{"reason":"x"}}}',
    });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { error: { issues: { path: string }[] } };
    assert.equal(body.error.issues[0]?.path, 'fact.__proto__');
  });

  it('refuses an empty result body on a match played with its result unknown (400, asking for a reason)', async () => {
    const res = await t.app.request(resultUrl(UNKNOWN), {
      method: 'PUT',
      headers: bearer(TOKENS.incaRecorder),
      body: '{}',
    });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { error: { message: string; issues: { path: string }[] } };
    assert.match(body.error.message, /is played; this body would make it scheduled again/);
    assert.equal(body.error.issues[0]?.path, 'status');
    const history = await t.catalog.history('peru-2014', 'match', UNKNOWN);
    assert.equal(history.at(-1)?.payload?.status, 'played', 'nothing was written');
  });

  it('answers a stale writer 409 even when its write would also be refused for another reason', async () => {
    const current = (await t.catalog.history('peru-2014', 'match', UNKNOWN)).at(-1)!.version;
    for (const body of [
      { score: '1-0', expectedVersion: current - 1 }, // would be fine but for the version
      { expectedVersion: current + 5 }, // would also be a silent undo
      { score: '1-0', goals: { home: ["Nobody 12'", "Nobody 13'"] }, expectedVersion: 0 }, // and not fit
    ]) {
      const res = await t.app.request(resultUrl(UNKNOWN), {
        method: 'PUT',
        headers: bearer(TOKENS.incaRecorder),
        body: JSON.stringify(body),
      });
      assert.equal(res.status, 409, JSON.stringify(body));
    }
  });

  it('refuses a body past the documented size with 413, declared or streamed', async () => {
    const big = 'x'.repeat(MAX_BODY_BYTES + 1);
    const declared = await t.app.request(`${S}/facts`, {
      method: 'POST',
      headers: bearer(TOKENS.admin, { 'Content-Length': String(big.length) }),
      body: big,
    });
    assert.equal(declared.status, 413);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(MAX_BODY_BYTES / 8));
        controller.close();
      },
    });
    const streamed = await t.app.request('/seasons/peru-2014/sign-in', {
      method: 'POST',
      headers: FORM,
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    assert.equal(streamed.status, 413);
  });
});

describe('the sign-in redirect', () => {
  let t: TestApp;
  before(async () => (t = await peruApp()));
  after(() => t.close());

  const signIn = (next: string) =>
    t.app.request('/seasons/peru-2014/sign-in', {
      method: 'POST',
      headers: FORM,
      body: `token=${TOKENS.admin}&next=${encodeURIComponent(next)}`,
    });

  it('goes only to paths of this site: another site, a backslash or CRLF stay on the recording page', async () => {
    for (const next of [
      '/\\evil.example',
      '//evil.example',
      '/\\/evil.example',
      'https://evil.example/',
      '/\r\nSet-Cookie: x=1',
      '/%0d%0aSet-Cookie:x',
      '\\\\evil.example',
      '/\tevil',
      'javascript:alert(1)',
    ]) {
      const res = await signIn(next);
      assert.equal(res.status, 303, JSON.stringify(next));
      const location = res.headers.get('Location') ?? '';
      assert.ok(
        location.startsWith('/') && !location.startsWith('//'),
        `${JSON.stringify(next)} → ${location}`,
      );
      assert.doesNotMatch(location, /evil|\r|\n/, JSON.stringify(next));
    }
  });

  it('follows a path of this site, with its query', async () => {
    const res = await signIn('/seasons/peru-2014/record?match=a%2Fb');
    assert.equal(res.headers.get('Location'), '/seasons/peru-2014/record?match=a%2Fb');
  });

  it('is decided in one place that never throws', () => {
    assert.equal(sameSitePath(undefined, '/x'), '/x');
    assert.equal(sameSitePath('/a b', '/x'), '/a%20b');
    assert.equal(sameSitePath('/../../etc', '/x'), '/etc');
  });
});

describe('security headers', () => {
  let t: TestApp;
  before(async () => (t = await peruApp()));
  after(() => t.close());

  it('are sent with pages, API responses and errors', async () => {
    for (const path of ['/seasons/peru-2014', `${S}/competitions`, '/seasons/nowhere', '/openapi.json']) {
      const res = await t.app.request(path);
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.doesNotMatch(csp, /unsafe-inline/, path);
      assert.equal(res.headers.get('X-Content-Type-Options'), 'nosniff', path);
      assert.equal(res.headers.get('Referrer-Policy'), 'same-origin', path);
      assert.equal(res.headers.get('X-Frame-Options'), 'DENY', path);
    }
  });
});

describe('guessing tokens', () => {
  const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

  it('is throttled per client: 429 with Retry-After after 10 wrong tokens, other clients unaffected', async () => {
    const t = await peruApp();
    try {
      const me = (token: string, address: string) =>
        t.app.request('/api/me', { headers: bearer(token) }, from(address));
      for (let i = 0; i < 10; i++) assert.equal((await me(`guess-${i}`, '203.0.113.7')).status, 401);
      const refused = await me(TOKENS.admin, '203.0.113.7');
      assert.equal(refused.status, 429, 'not even the right token is checked');
      assert.ok(Number(refused.headers.get('Retry-After')) >= 1);
      assert.equal((await me(TOKENS.admin, '203.0.113.8')).status, 200);
      const signIn = await t.app.request(
        '/seasons/peru-2014/sign-in',
        { method: 'POST', headers: FORM, body: `token=${TOKENS.admin}` },
        from('203.0.113.7'),
      );
      assert.equal(signIn.status, 429, 'the sign-in form shares the count');
    } finally {
      await t.close();
    }
  });

  it('counts the address a trusted proxy reports, and ignores X-Forwarded-For from anyone else', async () => {
    const t = await peruApp({ trustedProxies: ['10.0.0.5'] });
    try {
      const me = (token: string, peer: string, forwardedFor: string) =>
        t.app.request('/api/me', { headers: bearer(token, { 'X-Forwarded-For': forwardedFor }) }, from(peer));
      for (let i = 0; i < 10; i++) await me(`guess-${i}`, '10.0.0.5', `198.51.100.1, 203.0.113.9`);
      assert.equal((await me(TOKENS.admin, '10.0.0.5', '203.0.113.9')).status, 429);
      assert.equal(
        (await me(TOKENS.admin, '10.0.0.5', '203.0.113.10')).status,
        200,
        'another client behind the proxy',
      );
      for (let i = 0; i < 10; i++) await me(`guess-${i}`, '192.0.2.1', `198.51.100.${i}`);
      assert.equal(
        (await me(TOKENS.admin, '192.0.2.1', '198.51.100.99')).status,
        429,
        'an untrusted peer cannot spread its guesses over made-up addresses',
      );
    } finally {
      await t.close();
    }
  });
});

describe('the sign-in cookie', () => {
  const signIn = (t: TestApp, peer: string, proto?: string) =>
    t.app.request(
      '/seasons/peru-2014/sign-in',
      {
        method: 'POST',
        headers: { ...FORM, ...(proto ? { 'X-Forwarded-Proto': proto } : {}) },
        body: `token=${TOKENS.admin}`,
      },
      { incoming: { socket: { remoteAddress: peer } } },
    );

  it('is Secure behind a trusted proxy that terminated TLS, and only then', async () => {
    const t = await peruApp({ trustedProxies: ['127.0.0.1'] });
    try {
      const cookie = async (peer: string, proto?: string) =>
        (await signIn(t, peer, proto)).headers.get('Set-Cookie') ?? '';
      assert.match(await cookie('127.0.0.1', 'https'), /; Secure/);
      assert.match(await cookie('::ffff:127.0.0.1', 'https'), /; Secure/);
      assert.doesNotMatch(await cookie('127.0.0.1', 'http'), /Secure/);
      assert.doesNotMatch(await cookie('127.0.0.1'), /Secure/);
      assert.doesNotMatch(
        await cookie('192.0.2.1', 'https'),
        /Secure/,
        'the header from anyone else is ignored',
      );
      assert.match(await cookie('127.0.0.1', 'https'), /HttpOnly/);
    } finally {
      await t.close();
    }
  });
});
