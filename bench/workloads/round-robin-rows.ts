import { roundRobin } from '../../src/core/fixtures/round-robin.ts';
import { matchId, type Match } from '../../src/core/model/index.ts';
import {
  computeStandings,
  rankColumns,
  type ColumnRanking,
  type Table,
} from '../../src/core/standings/index.ts';
import { tableRulesPreset } from '../../src/core/tiebreakers/index.ts';
import type { BenchRow } from '../bench-row.ts';
import { leagueData, type LeagueData } from '../data/league-data.ts';
import { typedArrayTable } from '../data/typed-array-bound.ts';
import { timeRuns, type Timing } from '../measure.ts';
import { peerRows, type PeerRunOptions } from '../peers/index.ts';
import { expectedPoints } from '../peers/peer-adapter.ts';

const rules = tableRulesPreset('premier-league');

/**
 * Torneo's end-to-end run of a double round robin: the fixture list (same seed as the data, so
 * its k-th pairing is the data's k-th match: `checkTorneo` verifies it), one Match fact per
 * result, the final Table (rows with home and away records, form, every tie-break explained)
 * with full football tie-breakers (Premier League: goal difference, goals scored,
 * head-to-head, play-off).
 */
export function torneoSeason(data: LeagueData, seed: number): Table {
  const rounds = roundRobin(data.teams, { cycles: 2, seed });
  const matches: Match[] = [];
  let i = 0;
  for (const r of rounds)
    for (const p of r.matches)
      matches.push({
        id: matchId(`m${i}`),
        home: p.home,
        away: p.away,
        status: 'played',
        result: data.matches[i++]!.result!,
      });
  return computeStandings({ teams: data.teams, matches, rules });
}

/**
 * The same through Torneo's columns door (`MatchColumns`, the door federation-scale batches
 * use): the fixture list, each result written into integer columns, the ranking with the same
 * tie-breakers — order, places, points and records by team, no row objects, no Match objects.
 */
export function torneoSeasonColumns(data: LeagueData, seed: number): ColumnRanking {
  const rounds = roundRobin(data.teams, { cycles: 2, seed });
  const index = new Map(data.teams.map((t, k) => [t, k]));
  const count = data.matches.length;
  const home = new Int32Array(count);
  const away = new Int32Array(count);
  const homeGoals = new Int32Array(count);
  const awayGoals = new Int32Array(count);
  let i = 0;
  for (const r of rounds)
    for (const p of r.matches) {
      home[i] = index.get(p.home)!;
      away[i] = index.get(p.away)!;
      homeGoals[i] = data.homeGoals[i]!;
      awayGoals[i] = data.awayGoals[i]!;
      i++;
    }
  return rankColumns({ teamCount: data.teams.length, home, away, homeGoals, awayGoals }, rules);
}

/** Both Torneo runs give every team the points the data gives it (checked once, untimed). */
function checkTorneo(data: LeagueData, seed: number): void {
  const expected = expectedPoints(data);
  const table = torneoSeason(data, seed);
  const ranking = torneoSeasonColumns(data, seed);
  const index = new Map(data.teams.map((t, k) => [t, k]));
  for (const row of table.rows) {
    const t = index.get(row.team)!;
    if (row.points !== expected[t] || ranking.stats.points[t] !== expected[t])
      throw new Error(`torneo gives ${row.team} ${row.points} points, the data ${expected[t]}`);
  }
}

export interface RoundRobinPlan {
  readonly workload: string;
  readonly teams: number;
  readonly seed: number;
  readonly torneoRuns: number;
  readonly peers: PeerRunOptions;
}

/** Torneo (both doors), the typed-array bound and every peer on one double round robin, with the ratios (CPU time). */
export function roundRobinRows(plan: RoundRobinPlan): BenchRow[] {
  const { workload, teams, seed } = plan;
  const data = leagueData(teams, seed);
  checkTorneo(data, seed);
  const size = `${teams} teams, ${data.matches.length.toLocaleString('en')} matches`;
  const warmup = Math.max(1, plan.torneoRuns >> 3);
  const table = timeRuns(() => torneoSeason(data, seed), plan.torneoRuns, warmup);
  const columns = timeRuns(() => torneoSeasonColumns(data, seed), plan.torneoRuns, warmup);
  // Summing a 20-team table takes microseconds: batches of calls, about a millisecond each.
  const batch = Math.max(1, Math.round(40_000 / data.matches.length));
  const bound = timeRuns(
    () => typedArrayTable(teams, data.home, data.away, data.homeGoals, data.awayGoals),
    51,
    batch * 4,
    batch,
  );
  const peers = peerRows(workload, size, teams, seed, plan.peers);
  const finished = peers.filter((p) => Number.isFinite(p.cpuMs));
  const fastest = finished.length ? finished.reduce((a, b) => (b.cpuMs! < a.cpuMs! ? b : a)) : undefined;
  const versus = (t: Timing) =>
    fastest
      ? { ratio: `${(fastest.cpuMs! / t.cpuMs).toFixed(1)}× faster than ${fastest.impl.split(' ')[0]}` }
      : {};
  const row = (impl: string, t: Timing, note: string): BenchRow => ({
    workload,
    size,
    impl,
    ms: t.wallMs,
    cpuMs: t.cpuMs,
    ...versus(t),
    note,
  });
  return [
    row(
      'torneo (Match facts → Table)',
      table,
      `fixtures, ${data.matches.length.toLocaleString('en')} Match facts, Table with explanations; full tie-breakers`,
    ),
    row('torneo (columns → ranking)', columns, 'fixtures, results as columns, ranking; full tie-breakers'),
    {
      ...row('typed-array bound', bound, 'table only: no fixtures, no tie-breakers'),
      ratio: `torneo ${(table.cpuMs / bound.cpuMs).toFixed(0)}× / ${(columns.cpuMs / bound.cpuMs).toFixed(0)}× the bound`,
    },
    ...peers.map((p) =>
      Number.isFinite(p.cpuMs)
        ? { ...p, ratio: `${(p.cpuMs! / table.cpuMs).toFixed(1)}× torneo (Table)` }
        : p,
    ),
  ];
}
