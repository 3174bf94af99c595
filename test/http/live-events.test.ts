import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postgresDatabase } from '../storage/test-databases.ts';
import { startServeProcess } from './serve-process.ts';
import { SseReader } from './sse-reader.ts';
import { bearer, peruApp, PERU, TOKENS } from './test-app.ts';
import { sha256Hex } from '../../src/http/auth/token-registry.ts';

const UNKNOWN = 'torneo-del-inca/groups/2014-02-15/real-garcilaso-v-sporting-cristal';
const resultPath = `/api/seasons/peru-2014/matches/${encodeURIComponent(UNKNOWN)}/result`;

describe('live updates', () => {
  it('streams a fact to every open event stream of the season as it is recorded (SQLite, one process)', async () => {
    const t = await peruApp();
    const abort = new AbortController();
    const stream = await t.app.request('/api/seasons/peru-2014/events', { signal: abort.signal });
    assert.equal(stream.status, 200);
    assert.match(stream.headers.get('Content-Type') ?? '', /text\/event-stream/);
    const events = new SseReader(stream);
    await events.next('hello');
    const write = await t.app.request(resultPath, {
      method: 'PUT',
      headers: bearer(TOKENS.incaRecorder),
      body: JSON.stringify({ score: '0-1' }),
    });
    assert.equal(write.status, 201);
    const fact = (await events.next('fact')).data as {
      season: string;
      kind: string;
      key: string;
      competition: string;
    };
    assert.deepEqual(
      { ...fact, fact: undefined },
      { season: 'peru-2014', kind: 'match', key: UNKNOWN, competition: 'torneo-del-inca', fact: undefined },
    );
    abort.abort();
    await events.close();
    await t.close();
  });

  it('gives a client coming back with Last-Event-ID every fact it missed, in order, then goes on live', async () => {
    const t = await peruApp();
    const first = new SseReader(await t.app.request('/api/seasons/peru-2014/events'));
    const hello = await first.next('hello');
    const since = (hello.data as { lastFact: number }).lastFact;
    assert.equal(
      hello.id,
      String(since),
      'a reconnecting EventSource starts from the version it was told of',
    );
    await first.close();

    const write = (score: string, reason?: string) =>
      t.app.request(resultPath, {
        method: 'PUT',
        headers: bearer(TOKENS.incaRecorder),
        body: JSON.stringify({ score, ...(reason ? { reason } : {}) }),
      });
    assert.equal((await write('0-1')).status, 201);
    assert.equal((await write('0-2', 'a late goal')).status, 201);

    const abort = new AbortController();
    const back = new SseReader(
      await t.app.request('/api/seasons/peru-2014/events', {
        signal: abort.signal,
        headers: { 'Last-Event-ID': String(since) },
      }),
    );
    await back.next('hello');
    const missed = [await back.next('fact'), await back.next('fact')];
    assert.deepEqual(
      missed.map((e) => (e.data as { key: string }).key),
      [UNKNOWN, UNKNOWN],
    );
    assert.ok(Number(missed[0]!.id) > since && Number(missed[1]!.id) > Number(missed[0]!.id));
    assert.equal((await write('0-3', 'another')).status, 201);
    const live = await back.next('fact');
    assert.ok(Number(live.id) > Number(missed[1]!.id), 'then the next fact, live, and none twice');
    abort.abort();
    await back.close();

    const page = await (await t.app.request('/seasons/peru-2014')).text();
    assert.match(page, new RegExp(`data-live-since="${live.id}"`), 'a page says which version it shows');
    await t.close();
  });

  it('reaches the streams and pages of both processes sharing the PostgreSQL database (LISTEN/NOTIFY)', async (t) => {
    const pg = await postgresDatabase();
    if ('unavailable' in pg) {
      if (process.env.CI) assert.fail(pg.unavailable);
      return t.skip(pg.unavailable);
    }
    const url = await pg.fresh();
    const tokens = JSON.stringify({
      version: 2,
      tokens: [
        {
          name: 'inca-recorder',
          sha256: sha256Hex(TOKENS.incaRecorder),
          grants: [{ season: 'peru-2014', competition: 'torneo-del-inca', role: 'recorder' }],
        },
      ],
    });
    const a = await startServeProcess([PERU, '--db', url], { TORNEO_TOKENS: tokens });
    const b = await startServeProcess(['peru-2014', '--db', url], { TORNEO_TOKENS: tokens });
    try {
      const abort = new AbortController();
      const events = new SseReader(
        await fetch(`${b.url}/api/seasons/peru-2014/events`, { signal: abort.signal }),
      );
      await events.next('hello');
      const own = new SseReader(
        await fetch(`${a.url}/api/seasons/peru-2014/events`, { signal: abort.signal }),
      );
      await own.next('hello');
      const before = (await (
        await fetch(`${b.url}/api/seasons/peru-2014/matches/${encodeURIComponent(UNKNOWN)}`)
      ).json()) as { result?: unknown };
      assert.equal(before.result, undefined);
      const write = await fetch(`${a.url}${resultPath}`, {
        method: 'PUT',
        headers: bearer(TOKENS.incaRecorder),
        body: JSON.stringify({ score: '3-1' }),
      });
      assert.equal(write.status, 201, await write.clone().text());
      const heard = await events.next('fact');
      assert.equal((heard.data as { season: string }).season, 'peru-2014');
      const written = (await write.json()) as { id: number };
      assert.equal(Number(heard.id), written.id, 'server B pushes the fact written through server A');
      assert.equal(Number((await own.next('fact')).id), written.id, 'and so does server A');
      const after = (await (
        await fetch(`${b.url}/api/seasons/peru-2014/matches/${encodeURIComponent(UNKNOWN)}`)
      ).json()) as { result: { fullTime: unknown } };
      assert.deepEqual(
        after.result.fullTime,
        { home: 3, away: 1 },
        'server B serves the fact written through server A',
      );
      abort.abort();
      await events.close();
      await own.close();
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await pg.cleanUp();
    }
  });
});
