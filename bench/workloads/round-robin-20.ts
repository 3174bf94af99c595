import type { BenchRow, Workload } from '../bench-row.ts';
import { roundRobinRows } from './round-robin-rows.ts';

/**
 * Workload 1: a 20-team double round robin end to end — create the fixture list, record 380
 * results, compute the final table with full football tie-breakers — Torneo against each peer
 * fed the same results, and the typed-array bound.
 */
export const roundRobin20: Workload = {
  name: 'round-robin-20',
  description: '20-team double round robin: fixtures, 380 results, final table, against the peers',
  run(): BenchRow[] {
    return roundRobinRows({
      workload: 'round-robin-20',
      teams: 20,
      seed: 2014,
      torneoRuns: 501,
      peers: { runs: 21, warmup: 10, capSeconds: 60 },
    });
  },
};
