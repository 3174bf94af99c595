import { roundRobin } from '../../src/core/fixtures/round-robin.ts';
import { createRandom } from '../../src/core/random/index.ts';
import { isoDate, matchId, teamId, type Match, type TeamId } from '../../src/core/model/index.ts';

/**
 * Deterministic benchmark data: a double round robin of `n` teams with seeded scores, in three
 * shapes (Torneo matches, plain pairs for the peers, typed columns for the bound), so every
 * implementation is fed the very same results.
 */
export interface LeagueData {
  readonly teams: readonly TeamId[];
  readonly matches: readonly Match[];
  readonly home: Int32Array;
  readonly away: Int32Array;
  readonly homeGoals: Int32Array;
  readonly awayGoals: Int32Array;
}

export function leagueData(n: number, seed: number, cycles = 2): LeagueData {
  const teams = Array.from({ length: n }, (_, i) => teamId(`team-${String(i + 1).padStart(4, '0')}`));
  const index = new Map(teams.map((t, i) => [t, i]));
  const rounds = roundRobin(teams, { cycles, seed });
  const rng = createRandom(seed);
  const matches: Match[] = [];
  const start = Date.UTC(2030, 0, 1);
  rounds.forEach((round, r) => {
    const date = isoDate(new Date(start + r * 3.5 * 86_400_000).toISOString().slice(0, 10));
    for (const p of round.matches) {
      const hg = goals(rng.nextFloat(), 1.5);
      const ag = goals(rng.nextFloat(), 1.1);
      matches.push({
        id: matchId(`m${matches.length}`),
        home: p.home,
        away: p.away,
        date,
        status: 'played',
        result: { fullTime: { home: hg, away: ag } },
      });
    }
  });
  const cols = (f: (m: Match) => number) => Int32Array.from(matches, f);
  return {
    teams,
    matches,
    home: cols((m) => index.get(m.home)!),
    away: cols((m) => index.get(m.away)!),
    homeGoals: cols((m) => m.result!.fullTime.home),
    awayGoals: cols((m) => m.result!.fullTime.away),
  };
}

/** A Poisson-distributed goal count by inversion: realistic scorelines from one uniform draw. */
function goals(u: number, mean: number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let cdf = p;
  while (u > cdf && k < 12) {
    k++;
    p *= mean / k;
    cdf += p;
  }
  return k;
}
