import { performance } from 'node:perf_hooks';
import { fitDixonColes } from '../../src/core/predict/index.ts';
import { tableSimulationInput } from '../../src/core/simulate/index.ts';
import { tableRulesPreset } from '../../src/core/tiebreakers/index.ts';
import { runSimulation } from '../../src/simulation/run-simulation.ts';
import type { BenchRow, Workload } from '../bench-row.ts';
import { leagueData } from '../data/league-data.ts';
import { cpuMsSince } from '../measure.ts';

/** The anchor: a vectorised numpy simulation (points, goal difference, goals only) on 2 cores. */
const ANCHOR_MATCHES_PER_SECOND = 15.8e6;
const TARGET_MS = 1_500;
const TARGET_MIB = 200;

export async function timed(fn: () => Promise<unknown>): Promise<{ wallMs: number; cpuMs: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  return { wallMs: performance.now() - t0, cpuMs: cpuMsSince(c0) };
}

const millions = (x: number) => `${(x / 1e6).toFixed(1)} M`;

/**
 * The table simulator's speed: the second half of a 20-team season (190 matches a run) played
 * 100,000 times on 2 worker threads and 20,000 times on one, every run's final table ranked
 * with the Premier League's full tie-breakers (head-to-head among teams level). Anchor: a
 * vectorised numpy simulation ranking on points, goal difference and goals only runs 15.8 M
 * matches/s on 2 cores, 7.9 M per core. On a shared machine a run waits for a core: CPU time
 * (all threads) is the work, CPU time / 2 what 2 idle cores would take.
 */
export const simulate: Workload = {
  name: 'simulate',
  description: 'Monte Carlo: half a 20-team season × 100,000 runs on 2 worker threads, × 20,000 on one',
  async run(): Promise<BenchRow[]> {
    const data = leagueData(20, 380);
    const played = data.matches.slice(0, 190);
    const upcoming = data.matches
      .slice(190)
      .map((m) => ({ ...m, status: 'scheduled' as const, result: undefined }));
    const model = fitDixonColes(played);
    const { input } = tableSimulationInput(
      { played, upcoming, rules: tableRulesPreset('premier-league') },
      model,
    );
    const job = { kind: 'table' as const, input, seed: 1 };
    await runSimulation(job, { runs: 4_000, threads: 2 }); // warm-up: workers start, the JIT compiles
    const two = await timed(() => runSimulation(job, { runs: 100_000, threads: 2 }));
    const one = await timed(() => runSimulation(job, { runs: 20_000, threads: 1 }));
    const matches = (runs: number, ms: number) => (runs * 190 * 1000) / ms;
    const peakMiB = process.resourceUsage().maxRSS / 1024;
    const perCoreTwo = matches(100_000, two.cpuMs);
    const idleMs = two.cpuMs / 2;
    const verdict = (ok: boolean) => (ok ? 'met' : 'missed');
    return [
      {
        workload: 'simulate',
        size: '20 teams, 190 matches left × 100,000 runs',
        impl: 'torneo, 2 worker threads',
        ms: two.wallMs,
        cpuMs: two.cpuMs,
        throughput: { value: perCoreTwo, unit: 'matches/s per core' },
        peakMiB,
        note:
          `full tie-breakers every run (premier-league); ${millions(perCoreTwo)} matches/s per core = ` +
          `${millions(2 * perCoreTwo)}/s on 2 cores vs the anchor ${millions(ANCHOR_MATCHES_PER_SECOND)}/s ` +
          `(numpy, points/GD/goals only): ${verdict(2 * perCoreTwo >= ANCHOR_MATCHES_PER_SECOND)}; ` +
          `${Math.round(idleMs)} ms on 2 idle cores (CPU / 2) vs target < ${TARGET_MS} ms: ${verdict(idleMs < TARGET_MS)}; ` +
          `peak ${Math.round(peakMiB)} MiB vs < ${TARGET_MIB} MiB: ${verdict(peakMiB < TARGET_MIB)}`,
      },
      {
        workload: 'simulate',
        size: '20 teams, 190 matches left × 20,000 runs',
        impl: 'torneo, 1 thread',
        ms: one.wallMs,
        cpuMs: one.cpuMs,
        throughput: { value: matches(20_000, one.cpuMs), unit: 'matches/s per core' },
        note: `per core (CPU time) vs the anchor's ${millions(ANCHOR_MATCHES_PER_SECOND / 2)} per core`,
      },
    ];
  },
};
