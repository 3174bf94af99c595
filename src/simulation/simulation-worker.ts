import { parentPort, workerData } from 'node:worker_threads';
import { chunkPlayer } from './play-chunk.ts';
import type { ChunkRequest, SimulationJob } from './simulation-job.ts';

// A worker plays the chunks of runs it is sent and posts each chunk's counts back.
const player = chunkPlayer(workerData as SimulationJob);
parentPort!.on('message', ({ from, to }: ChunkRequest) => {
  parentPort!.postMessage({ from, counts: player.play(from, to) });
});
