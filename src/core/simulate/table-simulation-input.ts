import type { Adjustment, Match, TableRules, TeamId } from '../model/index.ts';
import { forecastMatch, type StrengthModel } from '../predict/index.ts';
import { compactMatches, indexTeams } from '../standings/index.ts';
import type { TableSimulationInput } from './simulate-table.ts';

export interface TableToPlay {
  /** The table's teams; by default those of the matches, in order of appearance. */
  readonly teams?: readonly TeamId[];
  readonly played: readonly Match[];
  readonly upcoming: readonly Match[];
  readonly rules: TableRules;
  readonly adjustments?: readonly Adjustment[];
  readonly lots?: readonly (readonly string[])[];
}

/**
 * One table's simulation input: the played matches as columns (awarded scores, extra time, as
 * the table counts them), every remaining fixture's scoreline distribution from the model, and
 * a play-off's odds on neutral ground (a draw after 90 minutes split evenly by extra time and
 * penalties).
 */
export function tableSimulationInput(
  table: TableToPlay,
  model: StrengthModel,
): { teams: TeamId[]; input: TableSimulationInput } {
  const teams = table.teams
    ? [...table.teams]
    : [...new Set(table.played.concat(table.upcoming).flatMap((m) => [m.home, m.away]))];
  const index = indexTeams(teams);
  const { columns } = compactMatches(index, table.played, {
    asOf: undefined,
    shootouts: false,
    conduct: false,
  });
  const count = columns.matchCount ?? 0;
  const adjustments = new Int32Array(teams.length);
  for (const a of table.adjustments ?? []) {
    const t = index.get(a.team);
    if (t !== undefined) adjustments[t] = adjustments[t]! + a.points;
  }
  const input: TableSimulationInput = {
    teamCount: teams.length,
    rules: table.rules,
    played: {
      home: columns.home.slice(0, count),
      away: columns.away.slice(0, count),
      homeGoals: columns.homeGoals.slice(0, count),
      awayGoals: columns.awayGoals.slice(0, count),
    },
    upcoming: {
      home: Int32Array.from(table.upcoming, (m) => index.get(m.home)!),
      away: Int32Array.from(table.upcoming, (m) => index.get(m.away)!),
    },
    distributions: table.upcoming.map((m) => forecastMatch(model, m.home, m.away, m.neutral === true).scores),
    adjustments,
    lots: (table.lots ?? []).map((order) => Int32Array.from(order, (t) => index.get(t as TeamId) ?? -1)),
    ...(table.rules.tiebreakers.includes('playoff') ? { playoffWin: playoffOdds(teams, model) } : {}),
  };
  return { teams, input };
}

function playoffOdds(teams: readonly TeamId[], model: StrengthModel): Float64Array {
  const n = teams.length;
  const odds = new Float64Array(n * n);
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++) {
      if (a === b) continue;
      const p = forecastMatch(model, teams[a]!, teams[b]!, true).probabilities;
      odds[a * n + b] = p.home + p.draw / 2;
    }
  return odds;
}
