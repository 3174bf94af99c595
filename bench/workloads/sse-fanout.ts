import type { BenchRow, Workload } from '../bench-row.ts';
import { runSseFanout, type SseFanoutOptions } from '../sse-fanout.ts';

/** A result a second to 10,000 watchers (the match-day shape), and ten a second to 2,000. */
const RUNS: readonly SseFanoutOptions[] = [
  { clients: 10_000, events: 10, perSecond: 1, timeoutMs: 120_000 },
  { clients: 2_000, events: 20, perSecond: 10, timeoutMs: 120_000 },
];

/**
 * SSE fan-out: clients × events/s on one `torneo serve` (SQLite, its own process) over loopback;
 * p50/p99 are the delay from sending a write to a client receiving its event. The clients run in
 * the bench's process on the same machine, so the figures include their share of the cores.
 */
export const sseFanout: Workload = {
  name: 'sse',
  description: 'SSE fan-out: results recorded while thousands of clients hold the season’s stream',
  fromSource: true,
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    for (const o of RUNS) {
      const r = await runSseFanout(o);
      rows.push({
        workload: 'sse fan-out (write → every client)',
        size: `${r.clients} clients × ${r.events} results at ${o.perSecond}/s`,
        impl: 'torneo serve (SQLite)',
        ms: r.ms,
        p50: r.p50,
        p99: r.p99,
        throughput: { value: r.deliveriesPerSecond, unit: 'events delivered/s' },
        note: `${r.delivered} of ${r.clients * r.events} delivered, ${r.lost} client(s) short; streams opened in ${Math.round(r.connectMs)} ms`,
      });
    }
    return rows;
  },
};
