import { computeStandings, rankColumns } from '../../src/core/standings/index.ts';
import { tableRulesPreset } from '../../src/core/tiebreakers/index.ts';
import type { BenchRow, Workload } from '../bench-row.ts';
import { leagueData, type LeagueData } from '../data/league-data.ts';
import { typedArrayTable } from '../data/typed-array-bound.ts';
import { perSecond, timeRuns, type Timing } from '../measure.ts';

/**
 * Workload 2: standings throughput against the typed-array bound — a 500-team league
 * (249,500 matches), and federation scale: 10,000 competitions of 8–24 teams (~1.5 million matches).
 */
export const tableThroughput: Workload = {
  name: 'table-throughput',
  description: 'standings throughput: a 500-team league and 10,000 competitions',
  run(): BenchRow[] {
    return [...league500(), ...federation()];
  },
};

const rules = tableRulesPreset('premier-league');

function league500(): BenchRow[] {
  const data = leagueData(500, 500);
  const n = data.matches.length;
  const torneo = timeRuns(() => computeStandings({ teams: data.teams, matches: data.matches, rules }), 5, 1);
  const columns = timeRuns(() => rankColumns(columnsOf(data), rules), 9, 2);
  const bound = timeRuns(
    () => typedArrayTable(500, data.home, data.away, data.homeGoals, data.awayGoals),
    21,
    3,
  );
  const size = `500 teams, ${n.toLocaleString('en')} matches`;
  return [
    row('500-team league', size, 'torneo (Match objects)', torneo, n, bound),
    row('500-team league', size, 'torneo (columns)', columns, n, bound),
    row('500-team league', size, 'typed-array bound', bound, n),
  ];
}

function federation(): BenchRow[] {
  const leagues: LeagueData[] = [];
  let matches = 0;
  for (let i = 0; i < 10_000; i++) {
    const teams = 8 + (i % 17);
    // Small leagues play home and away twice as often, as amateur leagues do: ~1.5 million matches in all.
    const d = leagueData(teams, 7_000 + i, teams <= 12 ? 2 : 1);
    leagues.push(d);
    matches += d.matches.length;
  }
  const torneo = timeRuns(
    () => {
      for (const d of leagues) computeStandings({ teams: d.teams, matches: d.matches, rules });
    },
    3,
    1,
  );
  const columns = timeRuns(
    () => {
      for (const d of leagues) rankColumns(columnsOf(d), rules);
    },
    3,
    1,
  );
  const bound = timeRuns(
    () => {
      for (const d of leagues) typedArrayTable(d.teams.length, d.home, d.away, d.homeGoals, d.awayGoals);
    },
    5,
    1,
  );
  const size = `10,000 competitions, ${matches.toLocaleString('en')} matches`;
  return [
    row('federation', size, 'torneo (Match objects)', torneo, matches, bound),
    row('federation', size, 'torneo (columns)', columns, matches, bound),
    row('federation', size, 'typed-array bound', bound, matches),
  ];
}

/** Throughput and the share of the bound's throughput, both from CPU time (see measure.ts). */
function row(
  workload: string,
  size: string,
  impl: string,
  t: Timing,
  matches: number,
  bound?: Timing,
): BenchRow {
  return {
    workload: `table-throughput: ${workload}`,
    size,
    impl,
    ms: t.wallMs,
    cpuMs: t.cpuMs,
    throughput: { value: perSecond(matches, t.cpuMs), unit: 'matches/s' },
    ...(bound !== undefined ? { ratio: `${((bound.cpuMs / t.cpuMs) * 100).toFixed(0)}% of the bound` } : {}),
  };
}

function columnsOf(d: LeagueData) {
  return {
    teamCount: d.teams.length,
    home: d.home,
    away: d.away,
    homeGoals: d.homeGoals,
    awayGoals: d.awayGoals,
  };
}
