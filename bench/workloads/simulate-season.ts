import { fileURLToPath } from 'node:url';
import { isoDate } from '../../src/core/model/index.ts';
import { fitDixonColes, playedAsOf } from '../../src/core/predict/index.ts';
import { seasonMatches } from '../../src/core/season/to-matches.ts';
import { loadSeason } from '../../src/season/load-season.ts';
import { seasonPlan } from '../../src/core/simulate/index.ts';
import { indexSeason } from '../../src/core/season/season.ts';
import { runSimulation } from '../../src/simulation/run-simulation.ts';
import type { BenchRow, Workload } from '../bench-row.ts';
import { timed } from './simulate.ts';

/** The example season, from the sources or from the compiled bench (.bench-out/bench/workloads). */
const here = fileURLToPath(new URL('.', import.meta.url));
const PERU = fileURLToPath(
  new URL(
    here.includes('/.bench-out/') ? '../../../examples/peru-2014' : '../../examples/peru-2014',
    import.meta.url,
  ),
);
const TARGET_S = 5;

/**
 * The season simulator's speed: the whole Peru 2014 season as of 2014-02-13 (every
 * competition, every link) on 2 worker threads, through the compiled season plan (the engine
 * when the plan refuses the season). Target: 10,000 runs in under 5 s on 2 cores.
 */
export const simulateSeason: Workload = {
  name: 'simulate-season',
  description: 'Monte Carlo: Peru 2014 as of 2014-02-13, every competition and link, 2 worker threads',
  async run(): Promise<BenchRow[]> {
    const peru = loadSeason(PERU);
    if (!peru.doc) throw new Error(`cannot read ${PERU}`);
    const asOf = isoDate('2014-02-13');
    const model = fitDixonColes(
      seasonMatches(peru.doc).filter((m) => playedAsOf(m, asOf)),
      { asOf },
    );
    const job = { kind: 'season' as const, doc: peru.doc, asOf, model, seed: 1 };
    await runSimulation(job, { runs: 1_000, threads: 2 }); // warm-up: workers start, the JIT compiles
    const runs = 10_000;
    const t = await timed(() => runSimulation(job, { runs, threads: 2 }));
    const idleS = t.cpuMs / 2 / 1000;
    const compiled = seasonPlan({ index: indexSeason(peru.doc), asOf, model }) !== undefined;
    return [
      {
        workload: 'simulate-season',
        size: `Peru 2014 as of 2014-02-13 × ${runs.toLocaleString('en')} runs`,
        impl: `torneo, 2 worker threads, ${compiled ? 'compiled season plan' : 'engine (the plan refused the season)'}`,
        ms: t.wallMs,
        cpuMs: t.cpuMs,
        throughput: { value: (runs * 1000) / t.cpuMs, unit: 'runs per CPU-second' },
        note:
          `${(t.cpuMs / runs).toFixed(2)} ms CPU a run (worker start and the plan's compilation in each thread included); ` +
          `${t.wallMs < TARGET_S * 1000 ? 'met' : 'missed'} on the wall clock (${(t.wallMs / 1000).toFixed(1)} s), ` +
          `${idleS.toFixed(1)} s on 2 idle cores (CPU / 2) vs target < ${TARGET_S} s: ${idleS < TARGET_S ? 'met' : 'missed'}`,
      },
    ];
  },
};
