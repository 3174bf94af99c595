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

/**
 * What an issue says, as data a surface can put in its own language (`message` is the English):
 * a closed set of sentences and the values they hold.
 */
export type IssueWords =
  | { readonly key: 'goals_listed'; readonly params: { readonly n: number; readonly score: number } }
  | { readonly key: 'extra_time_lower'; readonly params: { readonly extraTime: string } }
  | { readonly key: 'score_missing'; readonly params: Record<string, never> }
  | { readonly key: 'shootout_not_level'; readonly params: { readonly score: string } }
  | {
      readonly key: 'kicks_disagree';
      readonly params: { readonly kicks: string; readonly penalties: string };
    }
  | { readonly key: 'not_in_match'; readonly params: { readonly team: string } };

export interface SeasonIssue {
  readonly code: IssueCode;
  readonly path: IssuePath;
  readonly message: string;
  readonly words?: IssueWords;
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
