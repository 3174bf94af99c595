/**
 * An error in the source data itself: the line was read, but what it says cannot be true (a
 * shoot-out that ended level) or contradicts itself. Readers report these instead of repairing them.
 */
export type DataIssueCode =
  | 'shootout_level'
  | 'shootout_after_decided_match'
  | 'shootout_after_decided_tie'
  | 'extra_time_after_decided_match'
  | 'extra_time_after_decided_tie'
  | 'extra_time_below_full_time'
  | 'half_time_above_full_time'
  | 'score_copied_from_shootout'
  | 'missing_result'
  | 'goals_do_not_match_score'
  | 'date_without_year'
  | 'date_before_season_start'
  | 'awarded_without_winner';

export type DataIssueSeverity = 'error' | 'warning';

export interface DataIssue {
  readonly code: DataIssueCode;
  readonly severity: DataIssueSeverity;
  readonly file?: string;
  readonly line: number;
  readonly message: string;
}
