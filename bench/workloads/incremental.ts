import { performance } from 'node:perf_hooks';
import { matchId, type Match } from '../../src/core/model/index.ts';
import { computeStandings, LiveStandings, type StandingsInput } from '../../src/core/standings/index.ts';
import { tableRulesPreset } from '../../src/core/tiebreakers/index.ts';
import type { BenchRow, Workload } from '../bench-row.ts';
import { leagueData } from '../data/league-data.ts';
import { cpuMsSince, percentile } from '../measure.ts';

const RECORDINGS = 2_000;
const WARMUP = 300;

/**
 * Workload 4: one result recorded into a 380-match season and the table read back, in
 * process — the latency a recorder sees before the page can show the new table. Two ways:
 * computing the table again from all 380 Match facts, and `LiveStandings`, which keeps running
 * totals and adds the one result (the season's last, so it lands at the end of the table's
 * matches). Premier League rules (head-to-head included). p50 and p99 over 2,000 recordings.
 */
export const incremental: Workload = {
  name: 'incremental',
  description: 'record one result into a 380-match season and read the table back',
  run(): BenchRow[] {
    const data = leagueData(20, 380);
    const rules = tableRulesPreset('premier-league');
    const last = data.matches[379]!;
    const season: StandingsInput = {
      teams: data.teams,
      matches: [...data.matches.slice(0, 379), { ...last, status: 'scheduled', result: undefined }],
      rules,
    };
    const recorded = (i: number): Match => ({
      ...last,
      id: last.id,
      result: { fullTime: { home: i % 4, away: (i >> 2) % 3 } },
    });
    const base = data.matches.slice(0, 379);
    const recompute = latencies((i) => {
      const m = { ...recorded(i), id: matchId(`r${i}`) };
      return () => computeStandings({ teams: data.teams, matches: base.concat(m), rules });
    });
    const live = latencies((i) => {
      const table = new LiveStandings(season);
      const m = recorded(i);
      return () => table.record(m);
    });
    const size = '380 matches, 1 new result';
    return [
      row(
        size,
        'torneo (computeStandings again)',
        recompute,
        'the 380 Match facts compacted and ranked again',
      ),
      row(size, 'torneo (LiveStandings.record)', live, 'one match added to running totals, then ranked'),
    ];
  },
};

interface Latencies {
  readonly wall: number[];
  readonly cpu: number[];
}

/** Times `RECORDINGS` recordings after `WARMUP` untimed ones; `prepare(i)` is untimed. */
function latencies(prepare: (i: number) => () => unknown): Latencies {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < WARMUP + RECORDINGS; i++) {
    const recordAndRead = prepare(i);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    recordAndRead();
    const t = performance.now() - t0;
    const c = cpuMsSince(c0);
    if (i >= WARMUP) {
      wall.push(t);
      cpu.push(c);
    }
  }
  return { wall, cpu };
}

function row(size: string, impl: string, l: Latencies, note: string): BenchRow {
  return {
    workload: 'incremental',
    size,
    impl,
    ms: percentile(l.wall, 50),
    cpuMs: percentile(l.cpu, 50),
    p50: percentile(l.wall, 50),
    p99: percentile(l.wall, 99),
    cpuP50: percentile(l.cpu, 50),
    cpuP99: percentile(l.cpu, 99),
    note: `${note}; ${RECORDINGS} recordings after ${WARMUP} warm-up`,
  };
}
