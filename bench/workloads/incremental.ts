import { performance } from 'node:perf_hooks';
import { computeStandings } from '../../src/core/standings/index.ts';
import { matchId, type Match } from '../../src/core/model/index.ts';
import { tableRulesPreset } from '../../src/core/tiebreakers/index.ts';
import type { BenchRow, Workload } from '../bench-row.ts';
import { leagueData } from '../data/league-data.ts';
import { cpuMsSince, percentile } from '../measure.ts';

/**
 * Workload 4: one result recorded into a 380-match season and the table read back, in
 * process — the latency a recorder sees before the page can show the new table.
 */
export const incremental: Workload = {
  name: 'incremental',
  description: 'record one result into a 380-match season and read the table back',
  run(): BenchRow[] {
    const data = leagueData(20, 380);
    const rules = tableRulesPreset('premier-league');
    const base = data.matches.slice(0, 379);
    const last = data.matches[379]!;
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 2_000; i++) {
      const recorded: Match = {
        ...last,
        id: matchId(`r${i}`),
        result: { fullTime: { home: i % 4, away: (i >> 2) % 3 } },
      };
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const matches = base.concat(recorded);
      computeStandings({ teams: data.teams, matches, rules });
      times.push(performance.now() - t0);
      cpu.push(cpuMsSince(c0));
    }
    const measured = times.slice(200);
    const measuredCpu = cpu.slice(200);
    return [
      {
        workload: 'incremental',
        size: '380 matches, 1 new result',
        impl: 'torneo',
        ms: percentile(measured, 50),
        cpuMs: percentile(measuredCpu, 50),
        p50: percentile(measured, 50),
        p99: percentile(measured, 99),
        cpuP50: percentile(measuredCpu, 50),
        cpuP99: percentile(measuredCpu, 99),
        note: `${measured.length} recordings after 200 warm-up`,
      },
    ];
  },
};
