import type { TeamId } from '../model/index.ts';
import { finalScore } from '../model/score.ts';
import { knownFigure, unknownFigure, type Figure } from './figure.ts';
import { competitionRanks } from './rank.ts';
import { coverageOf, resultsComplete, type StatsScope } from './stats-scope.ts';

export interface CleanSheetRow {
  readonly rank: number;
  readonly shared: boolean;
  readonly team: TeamId;
  readonly played: number;
  /** Matches in which the team conceded no goal, extra time included. */
  readonly cleanSheets: number;
}

/** Clean sheets by team, most first. */
export function cleanSheets(scope: StatsScope): Figure<readonly CleanSheetRow[]> {
  const counts = new Map<TeamId, { played: number; cleanSheets: number }>();
  const add = (team: TeamId, conceded: number) => {
    const c = counts.get(team) ?? { played: 0, cleanSheets: 0 };
    c.played++;
    if (conceded === 0) c.cleanSheets++;
    counts.set(team, c);
  };
  for (const m of scope.played) {
    const s = finalScore(m.result!);
    add(m.home, s.away);
    add(m.away, s.home);
  }
  const sorted = [...counts.entries()]
    .map(([team, c]) => ({ team, ...c }))
    .sort((a, b) => b.cleanSheets - a.cleanSheets || a.played - b.played || a.team.localeCompare(b.team));
  const ranks = competitionRanks(sorted, (r) => r.cleanSheets);
  const rows = sorted.map((r, i) => ({ ...ranks[i]!, ...r }));
  const coverage = coverageOf(scope);
  if (!resultsComplete(scope))
    return unknownFigure('results_missing', coverage, rows.length ? rows : undefined);
  return knownFigure(rows, coverage);
}
