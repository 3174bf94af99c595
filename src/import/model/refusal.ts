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
  | 'invalid_row';

export interface Refusal {
  readonly file?: string;
  readonly line: number;
  readonly text: string;
  readonly reason: RefusalReason;
  /** What was expected, for a person reading the report. */
  readonly detail?: string;
}
