import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { chunkPlayer, type ChunkCounts } from './play-chunk.ts';
import type { SimulationJob } from './simulation-job.ts';

export interface RunOptions {
  readonly runs: number;
  /** Worker threads; default the machine's cores. 1 plays every run on the calling thread. */
  readonly threads?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Play on worker threads even when one thread is enough (a server must not block on the runs). */
  readonly offThread?: boolean;
}

/**
 * Plays a simulation's runs on worker threads, a chunk at a time, and adds up the counts.
 * Run r always draws from the stream of (seed, r), and counts are integers added in any order:
 * the answer is the same with one thread or many.
 */
export async function runSimulation(job: SimulationJob, options: RunOptions): Promise<ChunkCounts> {
  const player = chunkPlayer(job);
  const CHUNK = player.chunk;
  const threads = Math.max(
    1,
    Math.min(options.threads ?? availableParallelism(), Math.ceil(options.runs / CHUNK)),
  );
  const chunks: { from: number; to: number }[] = [];
  for (let from = 0; from < options.runs; from += CHUNK)
    chunks.push({ from, to: Math.min(options.runs, from + CHUNK) });
  let total = player.empty;
  if (threads === 1 && !options.offThread) {
    for (const c of chunks) {
      total = player.add(total, player.play(c.from, c.to));
      options.onProgress?.(total.runs, options.runs);
    }
    return total;
  }
  const workers = Array.from({ length: threads }, () => startWorker(job));
  try {
    let next = 0;
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const chunk = chunks[next++];
              if (chunk) worker.postMessage(chunk);
              else resolve();
            };
            worker.on('message', ({ counts }: { counts: ChunkCounts }) => {
              total = player.add(total, counts);
              options.onProgress?.(total.runs, options.runs);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
    return total;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * A worker on the built module; from source (tests, tsx), a worker that registers tsx before it
 * imports the TypeScript module (a worker's entry point cannot itself be TypeScript).
 */
function startWorker(job: SimulationJob): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./simulation-worker.js', import.meta.url), { workerData: job });
  const worker = JSON.stringify(new URL('./simulation-worker.ts', import.meta.url).href);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${tsx}).then((api) => { api.register(); return import(${worker}); })`, {
    eval: true,
    workerData: job,
  });
}
