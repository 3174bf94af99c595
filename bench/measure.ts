import { performance } from 'node:perf_hooks';

/**
 * Wall time and CPU time of the same runs. On a machine other processes share, wall time
 * counts the time a run waited for a core; CPU time (getrusage, microsecond resolution, all
 * of this process's threads: GC included) counts only the work. On an idle machine they agree.
 */
export interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/**
 * Untimed calls before the timed ones: at least `warmup` of them and, unless `warmup` is 0 (a
 * run of seconds, where one call is plenty), for at least this long,
 * so that a call of microseconds is measured once the JIT has compiled it, as a call of a
 * second is (the peers get the same).
 */
export const WARMUP_MS = 300;

/**
 * Median wall and CPU time of one call, over `runs` timed samples after the warm-up (see
 * WARMUP_MS). A sample times `batch` calls in a row and divides (for calls of a few
 * microseconds, where reading the clocks would cost as much as the call).
 */
export function timeRuns(fn: () => unknown, runs = 5, warmup = 1, batch = 1): Timing {
  const start = performance.now();
  for (let i = 0; i < warmup || (warmup > 0 && performance.now() - start < WARMUP_MS); i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let b = 0; b < batch; b++) fn();
    wall.push((performance.now() - t0) / batch);
    cpu.push(cpuMsSince(c0) / batch);
  }
  return { wallMs: percentile(wall, 50), cpuMs: percentile(cpu, 50) };
}

export async function timeRunsAsync(fn: () => Promise<unknown>, runs = 3, warmup = 1): Promise<Timing> {
  const start = performance.now();
  for (let i = 0; i < warmup || (warmup > 0 && performance.now() - start < WARMUP_MS); i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
    cpu.push(cpuMsSince(c0));
  }
  return { wallMs: percentile(wall, 50), cpuMs: percentile(cpu, 50) };
}

/** CPU time (user + system) of this process since `start`, in milliseconds. */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/** Median of `runs` timed calls after `warmup` untimed ones: robust to a stray GC pause. */
export function medianMs(fn: () => unknown, runs = 5, warmup = 1): number {
  return timeRuns(fn, runs, warmup).wallMs;
}

export async function medianMsAsync(fn: () => Promise<unknown>, runs = 3, warmup = 1): Promise<number> {
  return (await timeRunsAsync(fn, runs, warmup)).wallMs;
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Calls per second for a run of `count` units in `ms` milliseconds. */
export const perSecond = (count: number, ms: number): number => (ms > 0 ? (count * 1000) / ms : Infinity);
