import { performance } from 'node:perf_hooks';
import {
  generatePyramidFixtures,
  generateSyntheticPyramid,
  simulatePyramid,
  type PhaseResult,
  type PyramidSimulation,
  type PyramidStructure,
} from '../../src/core/pyramid/index.ts';
import type { BenchRow, Workload } from '../bench-row.ts';
import { cpuMsSince, percentile, type Timing } from '../measure.ts';

/**
 * Workload 5: the Copa Perú pyramid at national scale — a synthetic structure of ~15,000 clubs
 * in 1,800 district leagues (src/core/pyramid, labelled synthetic), its fixtures, seeded
 * simulated results, every table, and the qualifiers level by level up to the national
 * champion. Each run starts from nothing (structure, then `simulatePyramid`, which generates the
 * fixtures itself); the time is one whole run, median of 3 seeds; the memory the peak of this
 * process. The fixtures are also timed on their own.
 */
export const pyramid: Workload = {
  name: 'pyramid',
  description:
    'Copa Perú pyramid, ~15,000 clubs: fixtures, simulated results, all tables, up to the champion',
  run(): BenchRow[] {
    const parts: Record<'structure' | 'fixtures' | 'simulate' | 'total', Timing[]> = {
      structure: [],
      fixtures: [],
      simulate: [],
      total: [],
    };
    let sim: PyramidSimulation | undefined;
    let structure: PyramidStructure | undefined;
    for (let seed = 2014; seed < 2014 + 3; seed++) {
      const s = timed(() => (structure = generateSyntheticPyramid({ seed })));
      const f = timed(() => generatePyramidFixtures(structure!, seed));
      const r = timed(() => (sim = simulatePyramid(structure!, seed)));
      parts.structure.push(s);
      parts.fixtures.push(f);
      parts.simulate.push(r);
      parts.total.push({ wallMs: s.wallMs + r.wallMs, cpuMs: s.cpuMs + r.cpuMs });
    }
    const med = (k: keyof typeof parts): Timing => ({
      wallMs: percentile(
        parts[k].map((t) => t.wallMs),
        50,
      ),
      cpuMs: percentile(
        parts[k].map((t) => t.cpuMs),
        50,
      ),
    });
    const s = sim!;
    const clubs = structure!.departments.reduce(
      (n, d) => n + d.provinces.reduce((m, p) => m + p.districts.reduce((k, l) => k + l.clubs.length, 0), 0),
      0,
    );
    const matches = s.levels.reduce((n, l) => n + l.matches, 0);
    const tables = s.levels.reduce((n, l) => n + l.units.reduce((m, u) => m + tablesOf(u.phases), 0), 0);
    const en = (x: number) => x.toLocaleString('en');
    const size = `${en(clubs)} clubs, ${en(s.levels[0]!.units.length)} district leagues, ${en(matches)} matches, ${en(tables)} tables`;
    const row = (impl: string, t: Timing, note: string): BenchRow => ({
      workload: 'pyramid',
      size,
      impl,
      ms: t.wallMs,
      cpuMs: t.cpuMs,
      note,
    });
    const total = med('total');
    return [
      {
        ...row(
          'torneo',
          total,
          `structure + fixtures + results + tables + qualifiers, 5 levels; first (cold) run ${parts.total[0]!.wallMs.toFixed(0)} ms; champion ${s.champion}`,
        ),
        throughput: { value: (matches * 1000) / total.cpuMs, unit: 'matches/s' },
      },
      row('  synthetic structure', med('structure'), 'generateSyntheticPyramid'),
      row('  fixtures (first level)', med('fixtures'), 'generatePyramidFixtures, on its own'),
      row('  simulation', med('simulate'), 'simulatePyramid: fixtures again, results, tables, qualifiers'),
    ];
  },
};

function timed(fn: () => unknown): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  return { wallMs: performance.now() - t0, cpuMs: cpuMsSince(c0) };
}

const tablesOf = (phases: readonly PhaseResult[]) =>
  phases.reduce((n, p) => n + (p.kind === 'groups' ? p.groups.length : 0), 0);
