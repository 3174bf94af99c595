import { indexSeason } from '../core/season/season.ts';
import {
  addSeasonCounts,
  addTableCounts,
  emptySeasonCounts,
  simulateSeason,
  simulateTable,
  type SeasonCounts,
  type SeasonSimulationSetup,
  seasonPlan,
  simulateWithPlan,
  type TableCounts,
} from '../core/simulate/index.ts';
import type { SimulationJob } from './simulation-job.ts';

export type ChunkCounts = TableCounts | SeasonCounts;

/** One kind of simulation as the pool sees it: play a chunk, start empty, add chunks up. */
export interface ChunkPlayer {
  play(from: number, to: number): ChunkCounts;
  readonly empty: ChunkCounts;
  add(into: ChunkCounts, chunk: ChunkCounts): ChunkCounts;
  /** Runs a chunk plays before it reports. */
  readonly chunk: number;
}

export function chunkPlayer(job: SimulationJob): ChunkPlayer {
  if (job.kind === 'table') {
    const n = job.input.teamCount;
    return {
      play: (from, to) => simulateTable(job.input, job.seed, from, to),
      empty: { runs: 0, positions: new Int32Array(n * n), points: new Float64Array(n) },
      add: (into, chunk) => addTableCounts(into as TableCounts, chunk as TableCounts),
      chunk: 2_000,
    };
  }
  const setup: SeasonSimulationSetup = {
    index: indexSeason(job.doc),
    model: job.model,
    ...(job.asOf ? { asOf: job.asOf } : {}),
  };
  // Compiled once per thread; a season the plan cannot model is played through the engine.
  const plan = seasonPlan(setup);
  return {
    play: (from, to) =>
      plan ? simulateWithPlan(plan, job.seed, from, to) : simulateSeason(setup, job.seed, from, to),
    empty: emptySeasonCounts(),
    add: (into, chunk) => addSeasonCounts(into as SeasonCounts, chunk as SeasonCounts),
    chunk: plan ? 500 : 25,
  };
}
