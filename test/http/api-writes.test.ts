import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OpenApiValidator } from './openapi-validator.ts';
import { bearer, peruApp, TOKENS, type TestApp } from './test-app.ts';

const S = '/api/seasons/peru-2014';
/** Real Garcilaso v Sporting Cristal, Inca round 1: played, result not known (S7). */
const UNKNOWN = 'torneo-del-inca/groups/2014-02-15/real-garcilaso-v-sporting-cristal';
const RESULT = `/api/seasons/{season}/matches/{match}/result`;
const resultUrl = (id: string) => `${S}/matches/${encodeURIComponent(id)}/result`;

describe('writing through the fact log', () => {
  let t: TestApp;
  let v: OpenApiValidator;
  before(async () => {
    t = await peruApp();
    v = new OpenApiValidator(await (await t.app.request('/openapi.json')).json());
  });
  after(() => t.close());

  const put = (id: string, body: unknown, headers: Record<string, string>) =>
    t.app.request(resultUrl(id), { method: 'PUT', headers, body: JSON.stringify(body) });

  it('refuses a write without a token (401) and says how to authenticate', async () => {
    const res = await put(UNKNOWN, { score: '1-0' }, { 'Content-Type': 'application/json' });
    assert.equal(res.status, 401);
    assert.match(res.headers.get('WWW-Authenticate') ?? '', /Bearer/);
    const body = (await v.check('put', RESULT, res)) as { error: { code: string } };
    assert.equal(body.error.code, 'unauthorized');
  });

  it('refuses a token nobody issued (401)', async () => {
    const res = await put(UNKNOWN, { score: '1-0' }, bearer('guessed-token'));
    assert.equal(res.status, 401);
  });

  it('refuses a Copa Perú recorder writing a Torneo del Inca result (403)', async () => {
    const res = await put(UNKNOWN, { score: '1-0' }, bearer(TOKENS.copaRecorder));
    assert.equal(res.status, 403);
    const body = (await v.check('put', RESULT, res)) as { error: { message: string } };
    assert.match(
      body.error.message,
      /copa-peru-recorder' may not record match facts for competition 'torneo-del-inca'/,
    );
  });

  it('refuses a malformed body with 400 and the path of each field at fault', async () => {
    const res = await put(
      UNKNOWN,
      { score: '1:x', goals: { home: [{ minute: 12 }] } },
      bearer(TOKENS.incaRecorder),
    );
    assert.equal(res.status, 400);
    const body = (await v.check('put', RESULT, res)) as {
      error: { issues: { in: string; path: string; message: string }[] };
    };
    const paths = body.error.issues.map((i) => `${i.in}:${i.path}`);
    assert.ok(paths.includes('body:score'), paths.join(', '));
    assert.ok(
      paths.some((p) => p.startsWith('body:goals.home[0]')),
      paths.join(', '),
    );
    assert.match(body.error.issues.find((i) => i.path === 'score')!.message, /a score written like 2-1/);
  });

  it('refuses a fact that does not fit the season (400 at the field), checked against the season it would land in', async () => {
    const goals = await put(
      UNKNOWN,
      { score: '2-0', goals: { home: ["García 10'"], away: [] } },
      bearer(TOKENS.incaRecorder),
    );
    assert.equal(goals.status, 400);
    const body = (await v.check('put', RESULT, goals)) as {
      error: { issues: { in: string; path: string; message: string }[] };
    };
    assert.deepEqual(
      body.error.issues.map((i) => `${i.in}:${i.path}`),
      ['body:goals.home'],
    );
    const friendly = await t.app.request(`${S}/facts`, {
      method: 'POST',
      headers: bearer(TOKENS.admin),
      body: JSON.stringify({
        kind: 'match',
        fact: {
          competition: 'torneo-del-inca',
          stage: 'groups',
          group: 'a',
          date: '2014-06-01',
          home: 'alianza-lima',
          away: 'club-nobody-knows',
          score: '1-0',
        },
      }),
    });
    assert.equal(friendly.status, 400);
    const refused = (await v.check('post', '/api/seasons/{season}/facts', friendly)) as {
      error: { issues: { path: string; message: string }[] };
    };
    assert.ok(
      refused.error.issues.some((i) => i.path === 'fact.away' && /club-nobody-knows/.test(i.message)),
      JSON.stringify(refused.error.issues),
    );
    const history = (await (
      await t.app.request(`${S}/facts/match/${encodeURIComponent(UNKNOWN)}`)
    ).json()) as { facts: unknown[] };
    assert.equal(history.facts.length, 1, 'nothing was written');
  });

  it('records the result of a match nobody had a score for (201), as the next version of the match', async () => {
    const res = await put(
      UNKNOWN,
      { score: '1-2', expectedVersion: 1 },
      bearer(TOKENS.incaRecorder, { 'Idempotency-Key': 'inca-r1-rga-cri' }),
    );
    assert.equal(res.status, 201);
    const fact = (await v.check('put', RESULT, res)) as {
      version: number;
      action: string;
      author: string;
      payload: { score: string; notes?: string };
    };
    assert.equal(fact.version, 2);
    assert.equal(fact.action, 'record');
    assert.equal(fact.author, 'inca-recorder');
    assert.equal(fact.payload.score, '1-2');
    const match = (await (await t.app.request(`${S}/matches/${encodeURIComponent(UNKNOWN)}`)).json()) as {
      result: { fullTime: unknown };
      version: number;
    };
    assert.deepEqual(match.result.fullTime, { home: 1, away: 2 });
    assert.equal(match.version, 2);
  });

  it('records a retried request once (same Idempotency-Key: 200, same version)', async () => {
    const res = await put(
      UNKNOWN,
      { score: '1-2', expectedVersion: 1 },
      bearer(TOKENS.incaRecorder, { 'Idempotency-Key': 'inca-r1-rga-cri' }),
    );
    assert.equal(res.status, 200);
    const fact = (await v.check('put', RESULT, res)) as { version: number };
    assert.equal(fact.version, 2);
  });

  it('refuses a write based on a stale version (409)', async () => {
    const res = await put(
      UNKNOWN,
      { score: '2-2', expectedVersion: 1, reason: 'score misread' },
      bearer(TOKENS.incaRecorder),
    );
    assert.equal(res.status, 409);
    const body = (await v.check('put', RESULT, res)) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'conflict');
    assert.match(body.error.message, /is now at version 2 \(.*\), not version 1/);
  });

  it('refuses a correction that does not say why (400 at reason), and takes one that does', async () => {
    const refused = await put(UNKNOWN, { score: '2-2', expectedVersion: 2 }, bearer(TOKENS.incaRecorder));
    assert.equal(refused.status, 400);
    const body = (await v.check('put', RESULT, refused)) as { error: { issues: { path: string }[] } };
    assert.deepEqual(
      body.error.issues.map((i) => i.path),
      ['reason'],
    );
    const ok = await put(
      UNKNOWN,
      { score: '2-2', expectedVersion: 2, reason: 'the away goal in the 80th minute was disallowed' },
      bearer(TOKENS.incaRecorder),
    );
    assert.equal(ok.status, 201);
    const fact = (await v.check('put', RESULT, ok)) as { action: string; version: number; reason: string };
    assert.equal(fact.action, 'correct');
    assert.equal(fact.version, 3);
    const history = (await (
      await t.app.request(`${S}/facts/match/${encodeURIComponent(UNKNOWN)}`)
    ).json()) as { facts: { version: number; author: string }[] };
    assert.deepEqual(
      history.facts.map((f) => f.version),
      [1, 2, 3],
    );
  });

  it('lets an admin record an adjustment through POST /facts, and a recorder not (403)', async () => {
    const adjustment = {
      competition: 'torneo-del-inca',
      stage: 'groups',
      group: 'a',
      team: 'inti-gas',
      points: -1,
      reason: 'fielded an ineligible player (test)',
    };
    const refused = await t.app.request(`${S}/facts`, {
      method: 'POST',
      headers: bearer(TOKENS.incaRecorder),
      body: JSON.stringify({ kind: 'adjustment', fact: adjustment }),
    });
    assert.equal(refused.status, 403);
    await v.check('post', '/api/seasons/{season}/facts', refused);
    const ok = await t.app.request(`${S}/facts`, {
      method: 'POST',
      headers: bearer(TOKENS.admin),
      body: JSON.stringify({ kind: 'adjustment', fact: adjustment }),
    });
    assert.equal(ok.status, 201);
    const fact = (await v.check('post', '/api/seasons/{season}/facts', ok)) as { kind: string; key: string };
    assert.equal(fact.kind, 'adjustment');
    const tables = (await (
      await t.app.request(`${S}/competitions/torneo-del-inca/stages/groups/tables`)
    ).json()) as { tables: { group: string; rows: { team: { id: string }; adjustment: number }[] }[] };
    assert.equal(
      tables.tables.find((x) => x.group === 'a')!.rows.find((r) => r.team.id === 'inti-gas')!.adjustment,
      -1,
    );
  });

  it('refuses a fact of an unknown kind with 400 at kind', async () => {
    const res = await t.app.request(`${S}/facts`, {
      method: 'POST',
      headers: bearer(TOKENS.admin),
      body: JSON.stringify({ kind: 'transfer', fact: {} }),
    });
    assert.equal(res.status, 400);
    const body = (await v.check('post', '/api/seasons/{season}/facts', res)) as {
      error: { issues: { path: string }[] };
    };
    assert.deepEqual(
      body.error.issues.map((i) => i.path),
      ['kind'],
    );
  });

  it('says who a token belongs to', async () => {
    const res = await t.app.request('/api/me', { headers: bearer(TOKENS.copaRecorder) });
    const me = (await v.check('get', '/api/me', res)) as { name: string; grants: unknown[] };
    assert.deepEqual(me, {
      name: 'copa-peru-recorder',
      grants: [{ season: 'peru-2014', competition: 'copa-peru', role: 'recorder' }],
    });
    const none = await t.app.request('/api/me');
    assert.equal(none.status, 401);
    await v.check('get', '/api/me', none);
  });
});

describe('rate limits on writes', () => {
  it('answers 429 with Retry-After once a token has used its burst, per token', async () => {
    const t = await peruApp({
      writeLimit: { capacity: 2, refillPerSecond: 0.5 },
      nowMs: () => Date.parse('2030-01-02T00:00:00Z'),
    });
    const v = new OpenApiValidator(await (await t.app.request('/openapi.json')).json());
    const write = (token: string) =>
      t.app.request(resultUrl(UNKNOWN), { method: 'PUT', headers: bearer(token), body: '{"score":"x"}' });
    assert.equal((await write(TOKENS.incaRecorder)).status, 400);
    assert.equal((await write(TOKENS.incaRecorder)).status, 400);
    const limited = await write(TOKENS.incaRecorder);
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('Retry-After')) >= 1);
    await v.check('put', RESULT, limited);
    assert.equal((await write(TOKENS.admin)).status, 400, 'another token has its own bucket');
    await t.close();
  });
});
