import type { BenchRow, Workload } from '../bench-row.ts';
import { runImportBench } from '../import.ts';

/**
 * Workload 6, imports: engsoccerdata's England results (1888–2024) into SQLite, and into
 * PostgreSQL when a server answers — import, re-import, a division read, and one result
 * recorded and read back (p50/p99). bench/import.ts does the work; without the data file or
 * the server it says so in a row.
 */
export const importLoad: Workload = {
  name: 'import',
  description: 'engsoccerdata England into SQLite / PostgreSQL, re-import, read, record one result',
  fromSource: true,
  async run(): Promise<BenchRow[]> {
    // `perSecond` repeats the throughput; the table shows `throughput`.
    return (await runImportBench()).map(({ perSecond: _, ...row }) => row);
  },
};
