import { textTable } from '../src/render/text-table.ts';
import type { BenchRow } from './bench-row.ts';

// A time that is not a finite number (a peer that did not finish; NaN arrives from JSON as null) prints as a dash.
const fmt = (ms: number | undefined) =>
  ms === undefined || !Number.isFinite(ms)
    ? '—'
    : ms >= 100
      ? ms.toFixed(0)
      : ms >= 1
        ? ms.toFixed(2)
        : ms.toFixed(3);
const big = (v: number) =>
  v >= 1e6 ? `${(v / 1e6).toFixed(1)} M` : v >= 1e3 ? `${(v / 1e3).toFixed(1)} k` : v.toFixed(0);

const HEADERS = [
  'workload',
  'size',
  'impl',
  'wall ms',
  'cpu ms',
  'throughput',
  'p50 / p99 ms (cpu)',
  'ratio',
  'peak MiB',
  'note',
] as const;
const RIGHT = new Set([3, 4, 5, 8]);

function cells(r: BenchRow): string[] {
  const percentiles =
    r.p50 === undefined
      ? ''
      : `${fmt(r.p50)} / ${fmt(r.p99)}${r.cpuP50 === undefined ? '' : ` (${fmt(r.cpuP50)} / ${fmt(r.cpuP99)})`}`;
  return [
    r.workload,
    r.size,
    r.impl,
    fmt(r.ms),
    r.cpuMs === undefined ? '' : fmt(r.cpuMs),
    r.throughput ? `${big(r.throughput.value)} ${r.throughput.unit}` : '',
    percentiles,
    r.ratio ?? '',
    r.peakMiB !== undefined && r.peakMiB !== null && Number.isFinite(r.peakMiB) ? r.peakMiB.toFixed(0) : '',
    r.note ?? '',
  ];
}

/** The benchmark table: workload, size, who, wall and CPU time, throughput, percentiles, ratio, peak memory. */
export function renderBenchTable(rows: readonly BenchRow[], machine: string): string {
  const columns = HEADERS.map((header, i) => ({
    header,
    align: RIGHT.has(i) ? ('right' as const) : ('left' as const),
  }));
  return `Torneo benchmarks — ${machine}\n\n${textTable(columns, rows.map(cells))}`;
}

/** The same table in Markdown, for the README. */
export function renderBenchMarkdown(rows: readonly BenchRow[], machine: string): string {
  const line = (xs: readonly string[]) => `| ${xs.map((x) => x.replaceAll('|', '\\|')).join(' | ')} |`;
  const rule = `|${HEADERS.map((_, i) => (RIGHT.has(i) ? ' ---: ' : ' --- ')).join('|')}|`;
  return [`Torneo benchmarks — ${machine}`, '', line(HEADERS), rule, ...rows.map((r) => line(cells(r)))].join(
    '\n',
  );
}
