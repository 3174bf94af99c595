import { parentPort, workerData } from 'node:worker_threads';
import { simulateTable } from '../core/simulate/index.ts';
import type { ChunkRequest, TableJob } from './simulation-job.ts';

// A worker plays the chunks of runs it is sent and posts each chunk's counts back.
const job = workerData as TableJob;
parentPort!.on('message', ({ from, to }: ChunkRequest) => {
  const counts = simulateTable(job.input, job.seed, from, to);
  parentPort!.postMessage({ from, counts }, [
    counts.positions.buffer as ArrayBuffer,
    counts.points.buffer as ArrayBuffer,
  ]);
});
