import { fitDixonColes } from '../../src/core/predict/index.ts';
import type { BenchRow, Workload } from '../bench-row.ts';
import { leagueData } from '../data/league-data.ts';
import { timeRuns } from '../measure.ts';

/**
 * A Dixon–Coles fit on a 20-team season of 380 matches (the seeded league every table
 * workload uses): time and the optimiser's iterations, from a cold start and warm (from the
 * previous day's fit, as `backtest` and the simulator's refits do). Anchor: penaltyblog fits
 * 200 matches in about 11 ms on a quiet machine of this kind.
 */
export const predictFit: Workload = {
  name: 'predict-fit',
  description: 'Dixon–Coles fit on 380 matches: time and iterations',
  run(): BenchRow[] {
    const data = leagueData(20, 380);
    const matches = data.matches;
    const cold = fitDixonColes(matches);
    const coldTime = timeRuns(() => fitDixonColes(matches), 21);
    const before = fitDixonColes(matches.slice(0, 370));
    const warm = fitDixonColes(matches, { start: before });
    const warmTime = timeRuns(() => fitDixonColes(matches, { start: before }), 21);
    const size = '20 teams, 380 matches';
    return [
      {
        workload: 'predict-fit',
        size,
        impl: 'torneo (cold start)',
        ms: coldTime.wallMs,
        cpuMs: coldTime.cpuMs,
        note: `${cold.iterations} L-BFGS iterations; anchor: penaltyblog 200 matches in ≈ 11 ms`,
      },
      {
        workload: 'predict-fit',
        size,
        impl: 'torneo (warm start)',
        ms: warmTime.wallMs,
        cpuMs: warmTime.cpuMs,
        note: `${warm.iterations} iterations, starting from the fit without the last 10 matches`,
      },
    ];
  },
};
