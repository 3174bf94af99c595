import { roundRobin } from '../../src/core/fixtures/round-robin.ts';
import { matchId, type Match } from '../../src/core/model/index.ts';
import { computeStandings } from '../../src/core/standings/index.ts';
import { tableRulesPreset } from '../../src/core/tiebreakers/index.ts';
import type { BenchRow, Workload } from '../bench-row.ts';
import { leagueData } from '../data/league-data.ts';
import { typedArrayTable } from '../data/typed-array-bound.ts';
import { medianMs } from '../measure.ts';
import { peerRows } from '../peers/index.ts';

/**
 * Workload 1: a 20-team double round robin end to end — create the fixture list, record 380
 * results, compute the final table with full football tie-breakers (Premier League rules:
 * goal difference, goals scored, head-to-head, play-off).
 */
export const roundRobin20: Workload = {
  name: 'round-robin-20',
  description: '20-team double round robin: fixtures, 380 results, final table',
  run(): BenchRow[] {
    const data = leagueData(20, 2014);
    const rules = tableRulesPreset('premier-league');
    const scores = data.matches.map((m) => m.result!);
    const torneo = medianMs(() => {
      const rounds = roundRobin(data.teams, { cycles: 2, seed: 2014 });
      const matches: Match[] = [];
      let i = 0;
      for (const r of rounds) for (const p of r.matches) matches.push({ id: matchId(`m${i}`), home: p.home, away: p.away, status: 'played', result: scores[i++]! });
      return computeStandings({ teams: data.teams, matches, rules });
    }, 51, 5);
    const bound = medianMs(() => typedArrayTable(20, data.home, data.away, data.homeGoals, data.awayGoals), 201, 20);
    const rows: BenchRow[] = [
      { workload: 'round-robin-20', size: '20 teams, 380 matches', impl: 'torneo', ms: torneo, note: 'fixtures + results + full tie-breakers' },
      { workload: 'round-robin-20', size: '20 teams, 380 matches', impl: 'typed-array bound', ms: bound, ratio: `torneo ${(torneo / bound).toFixed(1)}× the bound`, note: 'table only, no fixtures, no tie-breakers' },
    ];
    const peers = peerRows(data, 20);
    const fastestPeer = Math.min(...peers.map((p) => p.ms));
    return [...rows, ...peers.map((p) => ({ ...p, ratio: `${(p.ms / torneo).toFixed(1)}× torneo` })), ...(peers.length ? [{ workload: 'round-robin-20', size: '20 teams', impl: 'torneo vs fastest peer', ms: torneo, ratio: `${(fastestPeer / torneo).toFixed(1)}× faster` }] : [])];
  },
};
