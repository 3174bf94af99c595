export { computeStandings } from './compute-standings.ts';
export { LiveStandings } from './live-standings.ts';
export { isSettled } from './is-settled.ts';
export { positionHistory, type PositionHistory, type HistoryCheckpoint } from './position-history.ts';
export { rankColumns, rankTotals, type ColumnRanking, type RankOptions } from './rank-columns.ts';
export { matchCountOf, type MatchColumns, type TableSide } from './match-columns.ts';
export { Totals, type TableStats } from './totals.ts';
export type { RecordColumns } from './record-columns.ts';
export { HeadToHead } from './head-to-head.ts';
export { outcomePoints, type Outcome } from './outcome-points.ts';
export {
  compactMatches,
  countsAsOf,
  indexTeams,
  type CompactedMatches,
  type CompactOptions,
} from './compact-matches.ts';
export { tableFromRanking, type TableParts } from './table-from-ranking.ts';
export { formatTableNote } from './table-note.ts';
export { whyPosition } from './why-position.ts';
export type { StandingsDecisions, StandingsInput } from './standings-input.ts';
export type { FormLetter, SideRecord, StandingRow, Table, TableNote, TieExplanation } from './table.ts';
