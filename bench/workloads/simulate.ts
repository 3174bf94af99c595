import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isoDate } from '../../src/core/model/index.ts';
import { fitDixonColes, playedAsOf } from '../../src/core/predict/index.ts';
import { seasonMatches } from '../../src/core/season/to-matches.ts';
import { tableSimulationInput } from '../../src/core/simulate/index.ts';
import { tableRulesPreset } from '../../src/core/tiebreakers/index.ts';
import { loadSeason } from '../../src/season/load-season.ts';
import { runSimulation } from '../../src/simulation/run-simulation.ts';
import type { BenchRow, Workload } from '../bench-row.ts';
import { leagueData } from '../data/league-data.ts';
import { cpuMsSince } from '../measure.ts';

const PERU = fileURLToPath(new URL('../../examples/peru-2014', import.meta.url));

async function timed(fn: () => Promise<unknown>): Promise<{ wallMs: number; cpuMs: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  return { wallMs: performance.now() - t0, cpuMs: cpuMsSince(c0) };
}

/**
 * The simulator's speed. The second half of a 20-team season (190 matches a run) played
 * 100,000 times on 2 worker threads and 20,000 times on one, every run's final table ranked
 * with the Premier League's full tie-breakers (head-to-head included); and the whole Peru 2014
 * season as of 2014-02-13 through the engine, every competition and link. Anchor: a vectorised
 * numpy simulation ranking on points, goal difference and goals only runs 15.8 M matches/s.
 */
export const simulate: Workload = {
  name: 'simulate',
  description: 'Monte Carlo: half a 20-team season × 100,000 on 2 threads; Peru 2014 through the engine',
  // Through tsx: the worker module is loaded by URL, so tsc's bench build does not emit it.
  fromSource: true,
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
    const rows: BenchRow[] = [
      {
        workload: 'simulate',
        size: '20 teams, 190 matches left × 100,000 runs',
        impl: 'torneo, 2 worker threads',
        ms: two.wallMs,
        cpuMs: two.cpuMs,
        throughput: { value: matches(100_000, two.wallMs), unit: 'matches/s' },
        note: `full tie-breakers every run (premier-league); anchor: numpy 15.8 M matches/s, points/GD/goals only; target < 1,500 ms, < 200 MiB`,
      },
      {
        workload: 'simulate',
        size: '20 teams, 190 matches left × 20,000 runs',
        impl: 'torneo, 1 thread',
        ms: one.wallMs,
        cpuMs: one.cpuMs,
        throughput: { value: matches(20_000, one.cpuMs), unit: 'matches/s' },
        note: 'per core (CPU time)',
      },
    ];
    const peru = loadSeason(PERU);
    if (peru.doc) {
      const asOf = isoDate('2014-02-13');
      const peruModel = fitDixonColes(
        seasonMatches(peru.doc).filter((m) => playedAsOf(m, asOf)),
        { asOf },
      );
      const runs = 100;
      const t = await timed(() =>
        runSimulation(
          { kind: 'season', doc: peru.doc!, asOf, model: peruModel, seed: 1 },
          { runs, threads: 2 },
        ),
      );
      rows.push({
        workload: 'simulate',
        size: `Peru 2014 as of 2014-02-13 × ${runs} runs`,
        impl: 'torneo, 2 worker threads',
        ms: t.wallMs,
        cpuMs: t.cpuMs,
        throughput: { value: (runs * 1000) / t.wallMs, unit: 'runs/s' },
        note: `every competition and link through the engine; 10,000 runs would take ≈ ${((t.wallMs * 100) / 1000).toFixed(0)} s (target < 5 s)`,
      });
    }
    return rows;
  },
};
