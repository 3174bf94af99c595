import { roundRobin } from '../../src/core/fixtures/round-robin.ts';
import { matchId, type Match } from '../../src/core/model/index.ts';
import { computeStandings } from '../../src/core/standings/index.ts';
import { tableRulesPreset } from '../../src/core/tiebreakers/index.ts';
import type { BenchRow } from '../bench-row.ts';
import { leagueData, type LeagueData } from '../data/league-data.ts';
import { typedArrayTable } from '../data/typed-array-bound.ts';
import { timeRuns } from '../measure.ts';
import { peerRows, type PeerRunOptions } from '../peers/index.ts';

const rules = tableRulesPreset('premier-league');

/**
 * Torneo's end-to-end run of a double round robin: the fixture list, one Match per result
 * (the same scores the peers get), the final table with full football tie-breakers (Premier
 * League: goal difference, goals scored, head-to-head, play-off).
 */
export function torneoSeason(data: LeagueData, seed: number) {
  const scores = data.matches.map((m) => m.result!);
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
        result: scores[i++]!,
      });
  return computeStandings({ teams: data.teams, matches, rules });
}

export interface RoundRobinPlan {
  readonly workload: string;
  readonly teams: number;
  readonly seed: number;
  readonly torneoRuns: number;
  readonly peers: PeerRunOptions;
}

/** Torneo, the typed-array bound and every peer on one double round robin, with the ratios. */
export function roundRobinRows(plan: RoundRobinPlan): BenchRow[] {
  const { workload, teams, seed } = plan;
  const data = leagueData(teams, seed);
  const size = `${teams} teams, ${data.matches.length.toLocaleString('en')} matches`;
  const torneo = timeRuns(() => torneoSeason(data, seed), plan.torneoRuns, Math.max(1, plan.torneoRuns >> 3));
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
  return [
    {
      workload,
      size,
      impl: 'torneo',
      ms: torneo.wallMs,
      cpuMs: torneo.cpuMs,
      ...(fastest
        ? {
            ratio: `${(fastest.cpuMs! / torneo.cpuMs).toFixed(1)}× faster than ${fastest.impl.split(' ')[0]}`,
          }
        : {}),
      note: 'fixtures + results + full tie-breakers',
    },
    {
      workload,
      size,
      impl: 'typed-array bound',
      ms: bound.wallMs,
      cpuMs: bound.cpuMs,
      ratio: `torneo ${(torneo.cpuMs / bound.cpuMs).toFixed(1)}× the bound`,
      note: 'table only, no fixtures, no tie-breakers',
    },
    ...peers.map((p) =>
      Number.isFinite(p.cpuMs) ? { ...p, ratio: `${(p.cpuMs! / torneo.cpuMs).toFixed(1)}× torneo` } : p,
    ),
  ];
}
