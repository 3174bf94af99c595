import type { DataIssue } from './data-issue.ts';
import type { ImportedMatch } from './imported-match.ts';
import type { PublishedTable } from './published-table.ts';
import type { Refusal } from './refusal.ts';

/** What every reader returns: the matches it read, what it refused, and what looks wrong. */
export interface ImportResult {
  readonly file?: string;
  readonly competition?: string;
  readonly season?: string;
  readonly matches: readonly ImportedMatch[];
  readonly tables: readonly PublishedTable[];
  readonly refused: readonly Refusal[];
  readonly issues: readonly DataIssue[];
  /**
   * Lines that were understood but carry nothing Torneo imports (line-ups, referees, `NB:` notes,
   * group and round definitions, byes), counted by kind so that nothing disappears unaccounted.
   */
  readonly ignored?: Readonly<Partial<Record<IgnoredKind, number>>>;
}

export type IgnoredKind =
  | 'comment'
  | 'lineup'
  | 'shootout'
  | 'referee'
  | 'note'
  | 'group_definition'
  | 'round_definition'
  | 'bye'
  | 'separator'
  /** A fixture whose teams are not known yet (`N.N. v N.N.`, `TBD`). */
  | 'placeholder';

/** Readers that can take long report progress: `done` of `total` units (characters or files). */
export type ProgressCallback = (done: number, total: number) => void;
