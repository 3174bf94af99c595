import { performance } from 'node:perf_hooks';
import {
  generatePyramidFixtures,
  generateSyntheticPyramid,
  simulatePyramid,
  type PhaseResult,
  type PyramidSimulation,
} from '../../src/core/pyramid/index.ts';
import type { BenchRow, Workload } from '../bench-row.ts';
import { percentile } from '../measure.ts';

/**
 * Workload 5: the Copa Perú pyramid at national scale — a synthetic structure of ~15,000 clubs
 * in 1,800 district leagues (src/core/pyramid, labelled synthetic), its fixtures, seeded
 * simulated results, every table, and the qualifiers level by level up to the national
 * champion. Each run starts from nothing; the wall time is one whole run (median of 3), the
 * memory the peak of this process.
 */
export const pyramid: Workload = {
  name: 'pyramid',
  description:
    'Copa Perú pyramid, ~15,000 clubs: fixtures, simulated results, all tables, up to the champion',
  run(): BenchRow[] {
    const runs: { structure: number; fixtures: number; simulate: number; total: number }[] = [];
    let sim: PyramidSimulation | undefined;
    let clubs = 0;
    for (let seed = 2014; seed < 2014 + 3; seed++) {
      const t0 = performance.now();
      const structure = generateSyntheticPyramid({ seed });
      clubs = structure.departments.reduce(
        (n, d) =>
          n + d.provinces.reduce((m, p) => m + p.districts.reduce((k, l) => k + l.clubs.length, 0), 0),
        0,
      );
      const t1 = performance.now();
      generatePyramidFixtures(structure, seed);
      const t2 = performance.now();
      sim = simulatePyramid(structure, seed);
      const t3 = performance.now();
      runs.push({ structure: t1 - t0, fixtures: t2 - t1, simulate: t3 - t2, total: t3 - t0 - (t2 - t1) });
    }
    const med = (k: keyof (typeof runs)[number]) =>
      percentile(
        runs.map((r) => r[k]),
        50,
      );
    const s = sim!;
    const matches = s.levels.reduce((n, l) => n + l.matches, 0);
    const tables = s.levels.reduce((n, l) => n + l.units.reduce((m, u) => m + tablesOf(u.phases), 0), 0);
    const districtLeagues = s.levels[0]!.units.length;
    const size = `${clubs.toLocaleString('en')} clubs, ${districtLeagues.toLocaleString('en')} district leagues, ${matches.toLocaleString('en')} matches, ${tables.toLocaleString('en')} tables`;
    const row = (impl: string, ms: number, note: string): BenchRow => ({
      workload: 'pyramid',
      size,
      impl,
      ms,
      note,
    });
    return [
      {
        ...row(
          'torneo',
          med('total'),
          `structure + fixtures + results + tables + qualifiers, 5 levels; first (cold) run ${runs[0]!.total.toFixed(0)} ms; champion ${s.champion}`,
        ),
        throughput: { value: (matches * 1000) / med('total'), unit: 'matches/s' },
      },
      row(
        '  synthetic structure',
        med('structure'),
        'generateSyntheticPyramid: departments, provinces, district leagues, clubs',
      ),
      row('  fixtures (first level)', med('fixtures'), 'generatePyramidFixtures, timed on its own'),
      row('  simulate (fixtures again, results, tables, qualifiers)', med('simulate'), 'simulatePyramid'),
    ];
  },
};

const tablesOf = (phases: readonly PhaseResult[]) =>
  phases.reduce((n, p) => n + (p.kind === 'groups' ? p.groups.length : 0), 0);
