import { finalScore } from '../model/score.ts';
import { knownFigure, unknownFigure, type Figure } from './figure.ts';
import { coverageOf, goalsListed, resultsComplete, type StatsScope } from './stats-scope.ts';

export interface MatchTotals {
  /** Matches played (awarded matches are not played). */
  readonly matches: Figure<number>;
  /** Goals scored, extra time included; own goals included, shoot-outs not. */
  readonly goals: Figure<number>;
  /** Goals per match played, unrounded. */
  readonly goalsPerMatch: Figure<number>;
  readonly homeWins: Figure<number>;
  readonly draws: Figure<number>;
  readonly awayWins: Figure<number>;
  /** Penalty goals and own goals need every scorer. */
  readonly penaltyGoals: Figure<number>;
  readonly ownGoals: Figure<number>;
}

/** Matches and goals as of a day. Each figure is known only when the results it needs are. */
export function matchTotals(scope: StatsScope): MatchTotals {
  const played = scope.played;
  const coverage = coverageOf(scope);
  const complete = resultsComplete(scope);
  const figure = (value: number): Figure<number> =>
    complete
      ? knownFigure(value, coverage)
      : unknownFigure('results_missing', coverage, played.length ? value : undefined);
  const scores = played.map((m) => finalScore(m.result!));
  const goals = scores.reduce((a, s) => a + s.home + s.away, 0);
  const listed = played.filter(goalsListed);
  const byKind = (kind: 'penalty' | 'own_goal') =>
    listed.reduce((a, m) => a + (m.goals ?? []).filter((g) => g.kind === kind).length, 0);
  const goalFigure = (value: number): Figure<number> => {
    const cov = coverageOf(scope, listed.length, 'scorers');
    if (!complete) return unknownFigure('results_missing', cov, listed.length ? value : undefined);
    if (listed.length < played.length)
      return unknownFigure('goals_missing', cov, listed.length ? value : undefined);
    return knownFigure(value, cov);
  };
  return {
    matches: figure(played.length),
    goals: figure(goals),
    goalsPerMatch:
      played.length === 0 ? unknownFigure('no_matches', coverage) : figure(goals / played.length),
    homeWins: figure(scores.filter((s) => s.home > s.away).length),
    draws: figure(scores.filter((s) => s.home === s.away).length),
    awayWins: figure(scores.filter((s) => s.home < s.away).length),
    penaltyGoals: goalFigure(byKind('penalty')),
    ownGoals: goalFigure(byKind('own_goal')),
  };
}
