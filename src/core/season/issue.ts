/**
 * A problem found in a season definition. Errors are data: a code, a path into the document,
 * what was expected and a suggestion; the file, line and column are filled in at the edge that
 * knows where the document came from.
 */
export type IssuePath = readonly (string | number)[];

export type IssueCode =
  | 'yaml_syntax'
  | 'schema'
  | 'unknown_key'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'score_mismatch'
  | 'shootout_invalid'
  | 'excluded_team_played'
  | 'not_in_squad'
  | 'squad_quota'
  | 'suspended_player'
  | 'invalid_fact'
  | 'file_missing'
  | 'merge_conflict';

export interface SeasonIssue {
  readonly code: IssueCode;
  readonly path: IssuePath;
  readonly message: string;
  readonly expected?: string;
  readonly suggestion?: string;
  readonly severity?: 'error' | 'warning';
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export const formatPath = (path: IssuePath): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : String(key)),
    '',
  );
