/**
 * Every way the storage port can refuse or fail, as data: a code, a message for people and the
 * facts behind it. The CLI and the HTTP API turn these into exit codes and statuses, each in one
 * place; nothing here knows about either.
 */
export type StorageFailure =
  /** The write named a version that is no longer the current one: someone else wrote first. */
  | 'version_conflict'
  /** The season recorded another fact after the one the write was checked against (see AppendOptions.seasonAt). */
  | 'season_moved'
  /** The idempotency key was used before for a different write. */
  | 'idempotency_mismatch'
  | 'unknown_season'
  /** A correction or retraction of a fact key that was never written (or is already withdrawn). */
  | 'unknown_fact'
  /** A write that breaks the log's rules (a correction without a reason, a version recorded before the one it supersedes). */
  | 'invalid_write'
  /** The file given as a database is something else (not SQLite, or not Torneo's). */
  | 'not_a_database'
  /** What the database holds no longer validates against the season schema. */
  | 'corrupt'
  /** Another writer held the database for longer than we were willing to wait. */
  | 'busy'
  | 'unavailable';

export class StorageError extends Error {
  constructor(
    readonly code: StorageFailure,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'StorageError';
  }
}
