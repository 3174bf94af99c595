export type {
  Figure,
  KnownFigure,
  UnknownFigure,
  UnknownReason,
  Coverage,
  CoverageOf,
  Reported,
  Shown,
} from './figure.ts';
export { knownFigure, unknownFigure, withReported, shown, mapFigure } from './figure.ts';
export type { StatsScope, ScopeOptions } from './stats-scope.ts';
export { statsScope, resultsComplete, goalsListed } from './stats-scope.ts';
export { competitionRanks } from './rank.ts';
export type { ScorerRow, TopScorerOptions } from './top-scorers.ts';
export { topScorers, scorerRows } from './top-scorers.ts';
export { biggestWin, biggestHomeWin, biggestAwayWin, byDate } from './biggest-wins.ts';
export { highestScoring } from './highest-scoring.ts';
export type { MatchTotals } from './match-totals.ts';
export { matchTotals } from './match-totals.ts';
export type { AttendanceSummary, AttendanceRecord } from './attendance.ts';
export { attendance } from './attendance.ts';
export type { CleanSheetRow } from './clean-sheets.ts';
export { cleanSheets } from './clean-sheets.ts';
export type { FairPlayRow } from './fair-play-table.ts';
export { fairPlayTable } from './fair-play-table.ts';
export type { TeamRecord, TeamOutcome, Run } from './team-records.ts';
export { teamRecord, teamRecords } from './team-records.ts';
export { expectedMatches, expectedStageMatches } from './expected-matches.ts';
export type { ReportedFigures } from './reported-figures.ts';
export { reportedFigures } from './reported-figures.ts';
export type { CompetitionStatistics, CompetitionStatisticsOptions } from './competition-statistics.ts';
export { competitionStatistics, expectedBy } from './competition-statistics.ts';
