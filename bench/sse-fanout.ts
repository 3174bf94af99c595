// SSE fan-out: C clients hold the event stream of one season open on `torneo serve` (its own
// process, SQLite) while an official records E results at R a second; each client notes when
// each result's event reached it. Measures the delay from sending a write to each client's
// receipt of its event (p50/p99), the deliveries per second and whether any client missed one.
// Bounded in time; it stops by itself. A benchmark, not a test: nothing here asserts a time.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request, type ClientRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '../src/http/auth/token-registry.ts';

export interface SseFanoutOptions {
  readonly clients: number;
  readonly events: number;
  readonly perSecond: number;
  /** The whole run gives up after this long. */
  readonly timeoutMs: number;
}

export interface SseFanoutResult {
  readonly clients: number;
  readonly events: number;
  /** Events received, over every client (complete: clients × events). */
  readonly delivered: number;
  /** Clients whose stream ended before the last event (dropped, or failed to connect). */
  readonly lost: number;
  /** From the first write sent to the last event received, in milliseconds. */
  readonly ms: number;
  /** Delay from sending a write to a client receiving its event, in milliseconds. */
  readonly p50: number;
  readonly p99: number;
  readonly deliveriesPerSecond: number;
  /** How long it took to open every stream (each waits for its hello). */
  readonly connectMs: number;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TOKEN = 'sse-bench-recorder';
const GROUP_A = [
  'alianza-lima',
  'sporting-cristal',
  'real-garcilaso',
  'san-simon',
  'inti-gas',
  'union-comercio',
];

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** `torneo serve` from the sources, in a process of its own; resolves with its address. */
function serve(db: string): Promise<{ url: string; child: ChildProcess }> {
  const tokens = {
    version: 2,
    tokens: [
      {
        name: 'sse-bench',
        sha256: sha256Hex(TOKEN),
        grants: [{ season: 'peru-2014', competition: 'torneo-del-inca', role: 'recorder' }],
      },
    ],
  };
  const child = spawn(
    process.execPath,
    ['bin/torneo.js', 'serve', 'examples/peru-2014', '--db', db, '--port', '0'],
    {
      cwd: ROOT,
      env: { ...process.env, TORNEO_TOKENS: JSON.stringify(tokens) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving .+? at (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`torneo serve exited with ${code}: ${out}`)));
  });
}

/** One stream reader: the ids of the fact events it got, and when. */
interface Listener {
  readonly got: Map<number, number>;
  ended: boolean;
  req?: ClientRequest;
}

/** Opens one stream; resolves once its hello arrived. Parsing is a scan for `id: n` before `event: fact`. */
function listen(url: string, l: Listener): Promise<void> {
  return new Promise((resolve, reject) => {
    let tail = '';
    let hello = false;
    const req = request(`${url}/api/seasons/peru-2014/events`, { agent: false }, (res) => {
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => {
        const text = tail + chunk;
        const cut = text.lastIndexOf('\n\n');
        if (cut < 0) return void (tail = text);
        tail = text.slice(cut + 2);
        const now = performance.now();
        if (!hello && text.includes('event: hello')) {
          hello = true;
          resolve();
        }
        for (const m of text.slice(0, cut).matchAll(/id: (\d+)\nevent: fact/g)) l.got.set(Number(m[1]), now);
      });
      res.on('close', () => (l.ended = true));
    });
    req.on('error', (e) => {
      l.ended = true;
      if (!hello) reject(e);
    });
    req.end();
    l.req = req;
  });
}

export async function runSseFanout(o: SseFanoutOptions): Promise<SseFanoutResult> {
  const dir = mkdtempSync(join(tmpdir(), 'torneo-sse-bench-'));
  const { url, child } = await serve(join(dir, 'torneo.db'));
  const deadline = performance.now() + o.timeoutMs;
  const listeners: Listener[] = Array.from({ length: o.clients }, () => ({ got: new Map(), ended: false }));
  try {
    const connecting = performance.now();
    for (let i = 0; i < listeners.length; i += 250)
      await Promise.all(listeners.slice(i, i + 250).map((l) => listen(url, l)));
    const connectMs = performance.now() - connecting;

    const sentAt = new Map<number, number>();
    const started = performance.now();
    for (let n = 0; n < o.events; n++) {
      const due = started + (n * 1000) / o.perSecond;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const t0 = performance.now();
      const res = await fetch(`${url}/api/seasons/peru-2014/facts`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          kind: 'match',
          expectedVersion: 0,
          fact: {
            id: `sse-bench-${n}`,
            competition: 'torneo-del-inca',
            stage: 'groups',
            group: 'a',
            round: 'SSE bench',
            date: '2014-06-01',
            home: GROUP_A[n % GROUP_A.length],
            away: GROUP_A[(n + 1) % GROUP_A.length],
            score: `${n % 4}-${n % 3}`,
          },
        }),
      });
      if (res.status !== 201) throw new Error(`write ${n}: ${res.status} ${await res.text()}`);
      sentAt.set(((await res.json()) as { id: number }).id, t0);
    }
    const ids = [...sentAt.keys()];
    const complete = (l: Listener) => l.ended || ids.every((id) => l.got.has(id));
    while (performance.now() < deadline && !listeners.every(complete))
      await new Promise((r) => setTimeout(r, 50));

    const delays: number[] = [];
    let last = started;
    for (const l of listeners)
      for (const [id, at] of l.got) {
        const t0 = sentAt.get(id);
        if (t0 === undefined) continue;
        delays.push(at - t0);
        last = Math.max(last, at);
      }
    delays.sort((a, b) => a - b);
    const ms = last - started;
    const r = (x: number) => Math.round(x * 100) / 100;
    return {
      clients: o.clients,
      events: o.events,
      delivered: delays.length,
      lost: listeners.filter((l) => !ids.every((id) => l.got.has(id))).length,
      ms: r(ms),
      p50: r(percentile(delays, 50)),
      p99: r(percentile(delays, 99)),
      deliveriesPerSecond: r((delays.length / ms) * 1000),
      connectMs: r(connectMs),
    };
  } finally {
    for (const l of listeners) l.req?.destroy();
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures of one run, for a quick look: `node --import tsx bench/sse-fanout.ts 1000 20 10`. */
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [clients = 1000, events = 20, perSecond = 10] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(await runSseFanout({ clients, events, perSecond, timeoutMs: 120_000 })));
}
