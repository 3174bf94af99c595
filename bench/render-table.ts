import { textTable } from '../src/render/text-table.ts';
import type { BenchRow } from './bench-row.ts';

// A time that is not a finite number (a peer that did not finish; NaN arrives from JSON as null) prints as a dash.
const fmt = (ms: number) =>
  !Number.isFinite(ms) ? '—' : ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);
const big = (v: number) =>
  v >= 1e6 ? `${(v / 1e6).toFixed(1)} M` : v >= 1e3 ? `${(v / 1e3).toFixed(1)} k` : v.toFixed(0);

/** The benchmark table: workload, size, who, time, throughput, percentiles, ratio, peak memory. */
export function renderBenchTable(rows: readonly BenchRow[], machine: string): string {
  const columns = [
    'workload',
    'size',
    'impl',
    'ms',
    'throughput',
    'p50 / p99 ms',
    'ratio',
    'peak MiB',
    'note',
  ].map((header, i) => ({
    header,
    align: i === 3 || i === 4 || i === 7 ? ('right' as const) : ('left' as const),
  }));
  const body = rows.map((r) => [
    r.workload,
    r.size,
    r.impl,
    fmt(r.ms),
    r.throughput ? `${big(r.throughput.value)} ${r.throughput.unit}` : '',
    r.p50 !== undefined ? `${fmt(r.p50)} / ${fmt(r.p99 ?? NaN)}` : '',
    r.ratio ?? '',
    r.peakMiB !== undefined && Number.isFinite(r.peakMiB) ? r.peakMiB.toFixed(0) : '',
    r.note ?? '',
  ]);
  return `Torneo benchmarks — ${machine}\n\n${textTable(columns, body)}`;
}
