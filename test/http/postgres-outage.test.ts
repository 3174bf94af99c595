import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { sha256Hex } from '../../src/http/auth/token-registry.ts';
import { POOL_SIZE } from '../../src/storage/postgres/open-postgres.ts';
import {
  NO_POSTGRES_BIN,
  postgresBin,
  privatePostgres,
  type PrivatePostgres,
} from '../storage/private-postgres.ts';
import { startServeProcess, type ServeProcess } from './serve-process.ts';
import { PERU } from './test-app.ts';

const S = '/api/seasons/peru-2014';
const TABLE = `${S}/competitions/torneo-del-inca/stages/groups/tables`;
/** Matches of the Torneo del Inca, one per writer, corrected over and over. */
const MATCHES = [
  'torneo-del-inca/groups/2014-02-15/real-garcilaso-v-sporting-cristal',
  'torneo-del-inca/groups/2014-02-15/juan-aurich-v-inti-gas',
];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Connections to the cluster, from anyone (only the server under test connects to it). */
async function connectionsNow(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await c.connect();
  try {
    const r = await c.query<{ n: string }>(
      `select count(*) as n from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()`,
    );
    return Number(r.rows[0]!.n);
  } finally {
    await c.end();
  }
}

describe('PostgreSQL stopped for 10 s under load', () => {
  let cluster: PrivatePostgres | undefined;
  let server: ServeProcess | undefined;
  const tokens = MATCHES.map((_, i) => `outage-writer-${i}`);
  before(async () => {
    if (!postgresBin()) return;
    cluster = await privatePostgres();
    server = await startServeProcess([PERU, '--db', cluster.url], {
      TORNEO_TOKENS: JSON.stringify({
        version: 2,
        tokens: tokens.map((t, i) => ({
          name: `writer-${i}`,
          sha256: sha256Hex(t),
          grants: [{ season: 'peru-2014', competition: '*', role: 'admin' }],
        })),
      }),
    });
  });
  after(async () => {
    if (server && server.child.exitCode === null) await server.stop();
    cluster?.remove();
  });

  it('answers writes 503 with Retry-After and reads from what it holds, stays within its pool, recovers by itself and loses nothing', async (t) => {
    if (!cluster || !server) {
      if (process.env.CI) assert.fail(NO_POSTGRES_BIN);
      return t.skip(NO_POSTGRES_BIN);
    }
    const url = server.url;
    const acknowledged: { match: string; key: string; score: string }[] = [];
    const statuses = new Map<number, number>();
    const count = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
    let phase: 'before' | 'away' | 'back' = 'before';
    const during = { write503: 0, writeRetryAfter: 0, read200: 0, readOther: 0 };
    let running = true;
    let n = 0;

    const writer = async (i: number) => {
      while (running) {
        const key = `outage-${i}-${++n}`;
        const score = `${n % 5}-${(n + i) % 3}`;
        const res = await fetch(`${url}${S}/matches/${encodeURIComponent(MATCHES[i]!)}/result`, {
          method: 'PUT',
          headers: {
            Authorization: `Bearer ${tokens[i]}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': key,
          },
          body: JSON.stringify({ score, reason: 'outage test' }),
        }).catch(() => undefined);
        if (res) {
          count(res.status);
          await res.arrayBuffer();
          if (res.status === 201) acknowledged.push({ match: MATCHES[i]!, key, score });
          if (phase === 'away' && res.status === 503) {
            during.write503++;
            if (Number(res.headers.get('Retry-After')) >= 1) during.writeRetryAfter++;
          }
        }
        await sleep(150);
      }
    };
    const reader = async () => {
      while (running) {
        const res = await fetch(`${url}${TABLE}`).catch(() => undefined);
        if (res) {
          count(res.status);
          await res.arrayBuffer();
          if (phase === 'away' && res.status === 200) during.read200++;
          else if (phase === 'away') during.readOther++;
        }
        await sleep(50);
      }
    };
    const load = [...MATCHES.map((_, i) => writer(i)), reader(), reader()];

    await sleep(2000);
    phase = 'away';
    cluster.stop();
    await sleep(10_000);
    cluster.start();
    const back = Date.now();
    phase = 'back';
    let highest = 0;
    // Full service within 5 s: a write through each writer's path is acknowledged again.
    const ackedBefore = acknowledged.length;
    while (acknowledged.length < ackedBefore + MATCHES.length && Date.now() - back < 5000) {
      highest = Math.max(highest, await connectionsNow(cluster.url));
      await sleep(100);
    }
    const recovered = acknowledged.length >= ackedBefore + MATCHES.length;
    for (let i = 0; i < 20; i++) {
      highest = Math.max(highest, await connectionsNow(cluster.url));
      await sleep(100);
    }
    running = false;
    await Promise.all(load);

    assert.ok(
      recovered,
      `writes acknowledged again within 5 s of PostgreSQL's return (${JSON.stringify([...statuses])})`,
    );
    assert.equal(statuses.get(500) ?? 0, 0, `no 500s: ${JSON.stringify([...statuses])}`);
    assert.ok(during.write503 > 0, 'writes were refused with 503 while the database was away');
    assert.equal(during.writeRetryAfter, during.write503, 'every 503 says when to retry');
    assert.ok(
      during.read200 > 0 && during.readOther === 0,
      `reads served while away: ${JSON.stringify(during)}`,
    );
    assert.ok(
      highest <= POOL_SIZE + 1,
      `at most the pool (${POOL_SIZE}) and the LISTEN connection were open; saw ${highest}`,
    );

    // Nothing lost, nothing twice: every acknowledged write is in the log exactly once.
    const db = new pg.Client({ connectionString: cluster.url });
    await db.connect();
    try {
      const rows = (
        await db.query<{ idempotency_key: string; n: string }>(
          'select idempotency_key, count(*) as n from facts where idempotency_key like $1 group by idempotency_key',
          ['outage-%'],
        )
      ).rows;
      const stored = new Map(rows.map((r) => [r.idempotency_key, Number(r.n)]));
      for (const a of acknowledged) assert.equal(stored.get(a.key), 1, `${a.key} stored once`);
      assert.ok(acknowledged.length > 10, `${acknowledged.length} writes acknowledged`);
    } finally {
      await db.end();
    }
  });

  it('stops on SIGTERM within seconds while the database is away', async (t) => {
    if (!cluster || !server) {
      if (process.env.CI) assert.fail(NO_POSTGRES_BIN);
      return t.skip(NO_POSTGRES_BIN);
    }
    cluster.stop();
    // A write waiting for the database while the signal comes.
    void fetch(`${server.url}${S}/matches/${encodeURIComponent(MATCHES[0]!)}/result`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${tokens[0]}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ score: '1-1', reason: 'outage test' }),
    }).catch(() => undefined);
    await sleep(300);
    const exited = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 10_000);
      server!.child.once('exit', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    server.child.kill('SIGTERM');
    assert.ok(await exited, 'the process ended within 10 s of SIGTERM');
  });
});
