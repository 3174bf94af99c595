/** One line of the benchmark table. */
export interface BenchRow {
  readonly workload: string;
  readonly size: string;
  /** Who did the work: "torneo", a peer's package name, or "typed-array bound". */
  readonly impl: string;
  /** Median wall time of one run, in milliseconds. */
  readonly ms: number;
  /** Median CPU time of one run (this process, all threads), in milliseconds: see measure.ts. */
  readonly cpuMs?: number;
  /** Work per second, with its unit ("matches/s", "tables/s", …). */
  readonly throughput?: { readonly value: number; readonly unit: string };
  /** Percentiles for latency workloads, in milliseconds. */
  readonly p50?: number;
  readonly p99?: number;
  /** The same percentiles in CPU time. */
  readonly cpuP50?: number;
  readonly cpuP99?: number;
  /** The row this one is compared with (same workload), and how many times faster Torneo is. */
  readonly ratio?: string;
  readonly note?: string;
  /** Peak resident memory of the process that ran the workload, in MiB (filled in by the harness). */
  peakMiB?: number;
}

export interface Workload {
  readonly name: string;
  readonly description: string;
  /**
   * Run from the TypeScript sources through tsx rather than compiled (see tsconfig.bench.json):
   * for a workload that reads files next to its source, or is bound by I/O, where compiling
   * changes nothing measured.
   */
  readonly fromSource?: boolean;
  run(): Promise<BenchRow[]> | BenchRow[];
}
