import type { BenchRow, Workload } from '../bench-row.ts';
import { httpBench } from '../http.ts';

/**
 * Workload 6, HTTP load: officials recording results from several clients while others read
 * tables, on loopback against `torneo serve` (SQLite) — bench/http.ts runs it and refuses to
 * report a run that lost or doubled a fact. Wall time only: the server and the clients share
 * this process, so its CPU time would not be one request's.
 */
export const httpLoad: Workload = {
  name: 'http',
  description: 'HTTP load on torneo serve (SQLite): concurrent result writes and table reads',
  fromSource: true,
  async run(): Promise<BenchRow[]> {
    return (await httpBench()).map((r) => ({
      workload: r.workload,
      size: r.size,
      impl: 'torneo serve (SQLite)',
      ms: r.ms,
      p50: r.p50,
      p99: r.p99,
      throughput: { value: r.perSecond, unit: 'requests/s' },
      note: 'latency of one request, loopback',
    }));
  },
};
