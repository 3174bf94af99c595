import type { Match, PersonId, TeamId } from '../model/index.ts';
import { knownFigure, unknownFigure, type Figure } from './figure.ts';
import { competitionRanks } from './rank.ts';
import { coverageOf, goalsListed, resultsComplete, type StatsScope } from './stats-scope.ts';

/** One line of the scorers' list. A player known only by the name a report gives has `name`, no `player`. */
export interface ScorerRow {
  readonly rank: number;
  readonly shared: boolean;
  readonly player?: PersonId;
  readonly name?: string;
  /** The teams the goals were scored for, in the order of the first goal for each. */
  readonly teams: readonly TeamId[];
  readonly goals: number;
  /** Of `goals`, how many from the penalty spot (shoot-outs are not goals); absent when not known. */
  readonly penalties?: number;
}

export interface TopScorerOptions {
  /** Keep the best `limit` and everyone level with the last of them. */
  readonly limit?: number;
}

/**
 * The scorers' list. An own goal counts for the team it was scored for but never for the
 * player who put it in (the record books credit nobody with it); a shoot-out kick is not a goal.
 * Known only when every result that counts is known with all its scorers.
 */
export function topScorers(scope: StatsScope, options: TopScorerOptions = {}): Figure<readonly ScorerRow[]> {
  const withGoals = scope.played.filter(goalsListed);
  const rows = scorerRows(withGoals, options.limit);
  const coverage = coverageOf(scope, withGoals.length, 'scorers');
  if (scope.played.length === 0 && resultsComplete(scope)) return knownFigure(rows, coverage);
  if (!resultsComplete(scope))
    return unknownFigure('results_missing', coverage, withGoals.length ? rows : undefined);
  if (withGoals.length < scope.played.length)
    return unknownFigure('goals_missing', coverage, withGoals.length ? rows : undefined);
  return knownFigure(rows, coverage);
}

interface Tally {
  player?: PersonId;
  name?: string;
  teams: TeamId[];
  goals: number;
  penalties: number;
}

export function scorerRows(matches: readonly Match[], limit?: number): ScorerRow[] {
  const tallies = new Map<string, Tally>();
  for (const m of matches) {
    for (const g of m.goals ?? []) {
      if (g.kind === 'own_goal') continue;
      const key = g.player ?? `name:${g.name ?? ''}`;
      if (!g.player && !g.name) continue;
      const team = g.side === 'home' ? m.home : m.away;
      const t = tallies.get(key) ?? {
        ...(g.player ? { player: g.player } : { name: g.name! }),
        teams: [],
        goals: 0,
        penalties: 0,
      };
      t.goals++;
      if (g.kind === 'penalty') t.penalties++;
      if (!t.teams.includes(team)) t.teams.push(team);
      tallies.set(key, t);
    }
  }
  const sorted = [...tallies.values()].sort(
    (a, b) => b.goals - a.goals || (a.player ?? a.name ?? '').localeCompare(b.player ?? b.name ?? ''),
  );
  const ranks = competitionRanks(sorted, (t) => t.goals);
  const rows = sorted.map((t, i) => ({ ...ranks[i]!, ...t }));
  if (limit === undefined || rows.length <= limit) return rows;
  const last = rows[limit - 1]!.goals;
  return rows.filter((r, i) => i < limit || r.goals === last);
}
