/**
 * A line a reader did not understand. Readers never drop a line silently and never throw on bad
 * input: whatever they cannot read comes back as a refusal, with the text and a coded reason.
 */
export type RefusalReason =
  | 'unrecognised_line'
  | 'unparsable_score'
  | 'unparsable_date'
  | 'missing_team'
  | 'unparsable_goals'
  | 'unterminated_block'
  | 'invalid_json'
  | 'invalid_match'
  | 'invalid_row'
  /** The checks every import makes on what the readers read (see screen-matches.ts). */
  | 'team_plays_itself'
  | 'duplicate_match'
  | 'same_pair_same_day'
  | 'impossible_score'
  | 'shootout_in_league'
  | 'not_a_team_name';

export interface Refusal {
  readonly file?: string;
  readonly line: number;
  /** 1-based field of a CSV row, when one field is at fault. */
  readonly column?: number;
  readonly text: string;
  readonly reason: RefusalReason;
  /** What was expected, for a person reading the report. */
  readonly detail?: string;
}
