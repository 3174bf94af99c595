import cluster, { type Worker } from 'node:cluster';

/** Set in a worker's environment: the season ids it serves (JSON; empty: every season). */
export const WORKER_SEASONS_ENV = 'TORNEO_SERVE_SEASONS';

/** Waits this long before starting again a worker that died, so a crash loop does not spin. */
const RESTART_AFTER_MS = 1_000;

interface Listening {
  readonly torneo: 'listening';
  readonly url: string;
}

const isListening = (m: unknown): m is Listening =>
  typeof m === 'object' && m !== null && (m as Listening).torneo === 'listening';

/** In a worker: tells the primary that this worker serves, and where. */
export function reportListening(url: string): void {
  process.send?.({ torneo: 'listening', url } satisfies Listening);
}

export interface WorkerPool {
  /** Where the workers serve (they share one port). */
  readonly url: string;
  /** Passes SIGHUP on to every worker: each reads the tokens again. */
  reload(): void;
  /** Stops every worker (SIGTERM), and those still running after `withinMs` for good. */
  stop(withinMs: number): Promise<void>;
}

/**
 * `torneo serve --workers N`: N processes (node:cluster) that share the port; the primary only
 * starts them, passes signals on and starts again a worker that died. Each worker is a whole
 * server: writes stay serialised through the database (a season's writes are checked against
 * the season as stored, and refused when it moved on), and each worker hears the others' writes
 * from the database (PostgreSQL NOTIFY, SQLite's data_version) and pushes them to its own streams.
 * Resolves once every worker serves; rejects when a worker ends before it does.
 */
export function startWorkers(
  count: number,
  env: Readonly<Record<string, string>>,
  log: (line: string) => void,
): Promise<WorkerPool> {
  let stopping = false;
  const workers = new Set<Worker>();
  return new Promise((resolve, reject) => {
    let listening = 0;
    let url = '';
    const fork = (first: boolean) => {
      const worker = cluster.fork(env);
      workers.add(worker);
      worker.on('message', (m: unknown) => {
        if (!isListening(m) || !first) return;
        url = m.url;
        if (++listening === count) resolve(pool);
      });
      worker.once('exit', (code, signal) => {
        workers.delete(worker);
        if (stopping) return;
        if (listening < count) {
          stopping = true;
          for (const w of workers) w.process.kill('SIGTERM');
          reject(new Error(`a worker ended before serving (${signal ?? `exit code ${code}`})`));
          return;
        }
        log(`worker ${worker.process.pid} ended (${signal ?? `exit code ${code}`}); starting another`);
        setTimeout(() => !stopping && fork(false), RESTART_AFTER_MS).unref();
      });
    };
    const pool: WorkerPool = {
      get url() {
        return url;
      },
      reload() {
        for (const w of workers) w.process.kill('SIGHUP');
      },
      async stop(withinMs) {
        stopping = true;
        const ended = [...workers].map((w) => new Promise<void>((done) => w.once('exit', () => done())));
        for (const w of workers) w.process.kill('SIGTERM');
        const deadline = setTimeout(() => {
          for (const w of workers) w.process.kill('SIGKILL');
        }, withinMs);
        await Promise.all(ended);
        clearTimeout(deadline);
      },
    };
    for (let i = 0; i < count; i++) fork(true);
  });
}
