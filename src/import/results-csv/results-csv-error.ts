/**
 * An error in a results CSV, as data: which line and column, which field, what was expected.
 * `message` is the English rendering; callers may render `code` their own way.
 */
export type ResultsCsvErrorCode =
  | 'missing_column'
  | 'unknown_column'
  | 'duplicate_column'
  | 'too_many_fields'
  | 'missing_value'
  | 'invalid_date'
  | 'invalid_number'
  | 'incomplete_pair'
  | 'invalid_status'
  | 'invalid_awarded_to';

export interface ResultsCsvError {
  readonly code: ResultsCsvErrorCode;
  /** 1-based line of the file. */
  readonly line: number;
  /** 1-based column (field position); absent when the column is missing altogether. */
  readonly column?: number;
  readonly field?: string;
  readonly message: string;
}
