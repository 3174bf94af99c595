// The HTTP load: officials recording results from several clients while others read tables,
// on loopback against `torneo serve` (SQLite). Bounded in count and in time; it stops by itself.
// `httpBench()` gives the rows for `npm run bench`; `runHttpLoad()` also says whether every fact
// written is in the log exactly once (test/http/load.test.ts checks that).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sha256Hex } from '../src/http/auth/token-registry.ts';
import { startServer } from '../src/serve/start-server.ts';

export interface HttpBenchRow {
  readonly workload: string;
  readonly size: string;
  /** Wall time of the whole workload, in milliseconds. */
  readonly ms: number;
  /** Latency of one request, in milliseconds. */
  readonly p50: number;
  readonly p99: number;
  /** Requests per second over the workload. */
  readonly perSecond: number;
}

export interface HttpLoadOptions {
  readonly writers: number;
  readonly writesPerWriter: number;
  readonly readers: number;
  readonly readsPerReader: number;
  /** Every request gives up after this long; the whole load cannot run away. */
  readonly timeoutMs: number;
  /** Writes per token; default the server's own (a burst of 30, then 10 a second). */
  readonly writeLimit?: { readonly capacity: number; readonly refillPerSecond: number };
}

export interface HttpLoadResult {
  readonly rows: HttpBenchRow[];
  /** Facts the writers were told were recorded (201, or 200 for a retry). */
  readonly acknowledged: number;
  /** Of those, how many the log holds exactly once, and how many it lost or holds twice. */
  readonly foundOnce: number;
  readonly lost: number;
  readonly duplicated: number;
  /** Requests refused with 429 and retried after Retry-After. */
  readonly retriedAfter429: number;
}

const SEASON = 'peru-2014';
const INCA_A = [
  'alianza-lima',
  'sporting-cristal',
  'real-garcilaso',
  'san-simon',
  'inti-gas',
  'union-comercio',
  'juan-aurich',
  'leon-de-huanuco',
];

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function row(workload: string, size: string, ms: number, latencies: number[]): HttpBenchRow {
  const sorted = [...latencies].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    workload,
    size,
    ms: r(ms),
    p50: r(percentile(sorted, 50)),
    p99: r(percentile(sorted, 99)),
    perSecond: r((latencies.length / ms) * 1000),
  };
}

/** A friendly match between two group-A clubs, with an id of its own so every write is a new fact. */
const friendlyMatch = (writer: number, n: number) => {
  const home = INCA_A[(writer + n) % INCA_A.length]!;
  const away = INCA_A[(writer + n + 1 + (n % 3)) % INCA_A.length]!;
  return {
    id: `load-w${writer}-m${n}`,
    competition: 'torneo-del-inca',
    stage: 'groups',
    group: 'a',
    round: `Load ${writer}`,
    date: '2014-06-01',
    home,
    away: away === home ? INCA_A[(writer + n + 5) % 8]! : away,
    score: `${n % 4}-${(n + writer) % 3}`,
  };
};

export async function runHttpLoad(o: HttpLoadOptions): Promise<HttpLoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'torneo-http-load-'));
  const tokens = Array.from({ length: o.writers }, (_, i) => `load-writer-token-${i}`);
  const server = await startServer({
    season: 'examples/peru-2014',
    database: join(dir, 'torneo.db'),
    port: 0,
    host: '127.0.0.1',
    env: {
      TORNEO_TOKENS: JSON.stringify({
        version: 2,
        tokens: tokens.map((t, i) => ({
          name: `writer-${i}`,
          sha256: sha256Hex(t),
          grants: [{ season: 'peru-2014', competition: 'torneo-del-inca', role: 'admin' }],
        })),
      }),
    },
    meta: { author: 'http-load', recordedAt: new Date(Date.now() - 60_000) },
    ...(o.writeLimit ? { writeLimit: o.writeLimit } : {}),
    log: () => undefined,
  });
  const base = `${server.url}/api/seasons/${SEASON}`;
  const signal = () => AbortSignal.timeout(o.timeoutMs);
  const writeLatencies: number[] = [];
  const readLatencies: number[] = [];
  const acknowledged: string[] = [];
  let retried = 0;

  /** One write as a careful client sends it: with an idempotency key, retried after 429 or a lost answer. */
  const write = async (token: string, fact: ReturnType<typeof friendlyMatch>) => {
    const body = JSON.stringify({ kind: 'match', fact, expectedVersion: 0 });
    for (let attempt = 0; attempt < 20; attempt++) {
      const t0 = performance.now();
      const res = await fetch(`${base}/facts`, {
        method: 'POST',
        signal: signal(),
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': fact.id,
        },
        body,
      });
      await res.arrayBuffer();
      writeLatencies.push(performance.now() - t0);
      if (res.status === 201 || res.status === 200) return void acknowledged.push(fact.id);
      if (res.status !== 429 && res.status !== 503) throw new Error(`write ${fact.id}: ${res.status}`);
      retried++;
      await new Promise((r) => setTimeout(r, Number(res.headers.get('Retry-After') ?? 1) * 1000));
    }
    throw new Error(`write ${fact.id}: still refused after 20 attempts`);
  };

  const read = async (n: number) => {
    const url =
      n % 2
        ? `${base}/competitions/torneo-del-inca/stages/groups/tables`
        : `${server.url}/seasons/${SEASON}/competitions/torneo-del-inca`;
    const t0 = performance.now();
    const res = await fetch(url, { signal: signal() });
    await res.arrayBuffer();
    readLatencies.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`read ${url}: ${res.status}`);
  };

  try {
    const started = performance.now();
    await Promise.all([
      ...tokens.map(async (token, w) => {
        for (let n = 0; n < o.writesPerWriter; n++) await write(token, friendlyMatch(w, n));
        // A client that lost an answer sends the same write again: it must not count twice.
        await write(token, friendlyMatch(w, 0));
      }),
      ...Array.from({ length: o.readers }, async () => {
        for (let n = 0; n < o.readsPerReader; n++) await read(n);
      }),
    ]);
    const ms = performance.now() - started;
    const found = await Promise.all(
      [...new Set(acknowledged)].map(async (id) => {
        const res = await fetch(`${base}/facts/match/${encodeURIComponent(id)}`, { signal: signal() });
        return res.status === 200 ? ((await res.json()) as { facts: unknown[] }).facts.length : 0;
      }),
    );
    const size = `${o.writers}×${o.writesPerWriter + 1} writes, ${o.readers}×${o.readsPerReader} reads`;
    return {
      rows: [
        row('http record (POST /facts)', size, ms, writeLatencies),
        row('http read tables during writes', size, ms, readLatencies),
      ],
      acknowledged: new Set(acknowledged).size,
      foundOnce: found.filter((n) => n === 1).length,
      lost: found.filter((n) => n === 0).length,
      duplicated: found.filter((n) => n > 1).length,
      retriedAfter429: retried,
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The rows for `npm run bench`. Refuses to report numbers from a run that lost or doubled a fact.
 * The per-token write limit is lifted so that the rows measure the server, not the seconds a
 * writer waits after a 429 (load.test.ts runs with the limit and its retries).
 */
export async function httpBench(): Promise<HttpBenchRow[]> {
  const r = await runHttpLoad({
    writers: 4,
    writesPerWriter: 50,
    readers: 4,
    readsPerReader: 50,
    timeoutMs: 30_000,
    writeLimit: { capacity: 1_000, refillPerSecond: 1_000 },
  });
  if (r.lost || r.duplicated || r.foundOnce !== r.acknowledged)
    throw new Error(`http load: ${r.lost} lost, ${r.duplicated} duplicated of ${r.acknowledged}`);
  return r.rows;
}
