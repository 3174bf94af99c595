import { isoDate, type Match } from '../core/model/index.ts';
import {
  competitionStatistics,
  type Figure,
  type ScorerRow,
  type UnknownReason,
} from '../core/stats/index.ts';
import type { SeasonSnapshot } from '../live/season-snapshot.ts';
import { matchSummary, type MatchSummaryView } from './match-view.ts';
import { personName, teamRef, type TeamRef } from './team-ref.ts';

/**
 * A statistic as surfaces show it: derived from complete facts, else what a source reported,
 * else what the known facts alone give (`partial`, labelled), else nothing — never a made-up 0.
 */
export interface FigureView<T> {
  readonly basis: 'derived' | 'reported' | 'partial' | 'unknown';
  readonly value?: T;
  readonly reason?: UnknownReason;
  readonly counted: number;
  readonly expected?: number;
  readonly sources?: readonly string[];
}

export interface ScorerView {
  readonly rank: number;
  readonly shared: boolean;
  readonly player?: string;
  readonly name: string;
  readonly teams: readonly TeamRef[];
  readonly goals: number;
  readonly penalties?: number;
}

export interface StatisticsView {
  readonly competition: string;
  readonly asOf?: string;
  readonly matches: FigureView<number>;
  readonly goals: FigureView<number>;
  readonly goalsPerMatch: FigureView<number>;
  readonly homeWins: FigureView<number>;
  readonly draws: FigureView<number>;
  readonly awayWins: FigureView<number>;
  readonly biggestHomeWin: FigureView<readonly MatchSummaryView[]>;
  readonly biggestAwayWin: FigureView<readonly MatchSummaryView[]>;
  readonly highestScoring: FigureView<readonly MatchSummaryView[]>;
}

export function figureView<T, U>(f: Figure<T>, map: (v: T) => U): FigureView<U> {
  const base = {
    counted: f.coverage.counted,
    ...(f.coverage.expected !== undefined ? { expected: f.coverage.expected } : {}),
  };
  if (f.known) return { basis: 'derived', value: map(f.value), ...base };
  if (f.reported)
    return {
      basis: 'reported',
      value: map(f.reported.value),
      reason: f.reason,
      sources: f.reported.sources,
      ...base,
    };
  if (f.partial !== undefined) return { basis: 'partial', value: map(f.partial), reason: f.reason, ...base };
  return { basis: 'unknown', reason: f.reason, ...base };
}

const stats = (s: SeasonSnapshot, competition: string, asOf?: string) =>
  competitionStatistics(s.index, competition, {
    matches: s.matches,
    ...(asOf ? { asOf: isoDate(asOf) } : {}),
  });

const scorer = (s: SeasonSnapshot, r: ScorerRow): ScorerView => ({
  rank: r.rank,
  shared: r.shared,
  ...(r.player ? { player: r.player } : {}),
  name: personName(s.index, r),
  teams: r.teams.map((t) => teamRef(s.index, t)),
  goals: r.goals,
  ...(r.penalties !== undefined ? { penalties: r.penalties } : {}),
});

export const scorersView = (
  s: SeasonSnapshot,
  competition: string,
  asOf?: string,
): FigureView<readonly ScorerView[]> =>
  figureView(stats(s, competition, asOf).topScorers, (rows) => rows.map((r) => scorer(s, r)));

export function statisticsView(s: SeasonSnapshot, competition: string, asOf?: string): StatisticsView {
  const st = stats(s, competition, asOf);
  const n = (x: number) => x;
  const ms = (list: readonly Match[]) => list.map((m) => matchSummary(s, m));
  return {
    competition,
    ...(asOf ? { asOf } : {}),
    matches: figureView(st.totals.matches, n),
    goals: figureView(st.totals.goals, n),
    goalsPerMatch: figureView(st.totals.goalsPerMatch, n),
    homeWins: figureView(st.totals.homeWins, n),
    draws: figureView(st.totals.draws, n),
    awayWins: figureView(st.totals.awayWins, n),
    biggestHomeWin: figureView(st.biggestHomeWin, ms),
    biggestAwayWin: figureView(st.biggestAwayWin, ms),
    highestScoring: figureView(st.highestScoring, ms),
  };
}
