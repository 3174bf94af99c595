import type { BenchRow, Workload } from '../bench-row.ts';
import { roundRobinRows } from './round-robin-rows.ts';

/**
 * Workload 1 at scale: the same end-to-end double round robin with 100 teams (9,900 matches)
 * and 500 teams (249,500). Every peer runs in its own child process under a time limit, so a
 * peer that overflows the stack or does not finish is a row with the reason, not a hung bench.
 */
export const roundRobinScale: Workload = {
  name: 'round-robin-scale',
  description: '100- and 500-team double round robins end to end, against the peers (time-capped)',
  run(): BenchRow[] {
    return [
      ...roundRobinRows({
        workload: 'round-robin-100',
        teams: 100,
        seed: 100,
        torneoRuns: 9,
        peers: { runs: 3, warmup: 0, capSeconds: 60 },
      }),
      ...roundRobinRows({
        workload: 'round-robin-500',
        teams: 500,
        seed: 500,
        torneoRuns: 3,
        peers: { runs: 1, warmup: 0, capSeconds: 30 },
      }),
    ];
  },
};
