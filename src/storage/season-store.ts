import type { MatchFactDoc, SeasonDoc } from '../core/definition/index.ts';
import type { FactAction, FactKind } from './fact-kind.ts';
import type { JsonObject } from './json-value.ts';

/** Which fact: a season, a kind and the key that stays the same across corrections (a match id). */
export interface FactRef {
  readonly seasonId: string;
  readonly kind: FactKind;
  readonly key: string;
}

/** Who writes, when and why. "Now" is an input: the store never reads a clock. */
export interface WriteMeta {
  readonly author: string;
  readonly recordedAt: Date;
  readonly reason?: string;
}

export interface NewFact extends FactRef, WriteMeta {
  /** Defaults to `record`. */
  readonly action?: FactAction;
  /** The section entry as written (validated by the caller); absent for a retraction. */
  readonly payload?: JsonObject;
}

export interface StoredFact extends FactRef {
  readonly id: number;
  readonly version: number;
  readonly action: FactAction;
  readonly payload?: JsonObject;
  readonly author: string;
  /** ISO 8601, UTC, milliseconds. */
  readonly recordedAt: string;
  readonly reason?: string;
  readonly idempotencyKey: string;
  /** The id of the version this one replaces. */
  readonly supersedes?: number;
}

export interface AppendOptions {
  /**
   * The version the writer saw and based its change on (0: the key must not exist yet). When it is
   * no longer the current version the write is refused with `version_conflict`. Absent: append on
   * top of whatever is current (imports and loads, which compare contents instead).
   */
  readonly expectedVersion?: number;
  /** Replaying a write with the same key is a no-op that returns the fact first written. */
  readonly idempotencyKey: string;
  /**
   * The id of the latest fact of the season the write was checked against (0: none). When the
   * season has recorded anything since, the write is refused with `season_moved`, so that a rule
   * spanning several facts is checked again on the season as it now stands (another process may
   * have written it): a season's checked writes are serialisable.
   */
  readonly seasonAt?: number;
}

export interface AppendResult {
  readonly fact: StoredFact;
  readonly replayed: boolean;
}

/** One fact of a season as a load or an import states it: written only when it differs from the current version. */
export interface FactStatement {
  readonly kind: FactKind;
  readonly key: string;
  readonly payload: JsonObject;
}

/** A whole season as files state it: the definition sections and every fact, in document order. */
export interface SeasonSnapshot {
  readonly seasonId: string;
  readonly definition: JsonObject;
  readonly facts: readonly FactStatement[];
}

export type Progress = (done: number, total: number) => void;

export interface SaveOptions {
  /** Where the statements come from (a folder, a file): part of the idempotency keys it writes. */
  readonly origin: string;
  /** Withdraw the season's current facts that the snapshot no longer states (a load does; an import adds). */
  readonly retractMissing?: boolean;
  readonly onProgress?: Progress;
}

export interface SaveReport {
  readonly definition: 'added' | 'changed' | 'unchanged';
  readonly definitionVersion: number;
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly retracted: number;
}

export interface StoredSeason {
  readonly seasonId: string;
  readonly definitionVersion: number;
  /** The season as written: definition sections and the current version of every fact. */
  readonly input: JsonObject;
  /** The same, validated. */
  readonly doc: SeasonDoc;
  /**
   * The id of the latest fact folded in (0: none): with `definitionVersion`, the version of what
   * was read. `factsSince(seasonId, lastFactId)` gives what was recorded after it.
   */
  readonly lastFactId: number;
  /** The key of each fact in `doc`, kind by kind in the order of their sections' entries. */
  readonly keys: readonly { readonly kind: FactKind; readonly key: string }[];
}

/** What a season recorded after a given fact: for a server holding the season in memory, or a live stream resuming. */
export interface SeasonChanges {
  /** The current definition version: when it is not the one a reader holds, the reader must read the season again. */
  readonly definitionVersion: number;
  /** Every fact recorded after the given one, oldest first: records, corrections and retractions. */
  readonly facts: readonly StoredFact[];
}

/** Where the log ends: the latest fact and definition ids. */
export interface LogPosition {
  readonly fact: number;
  readonly definition: number;
}

/** Which version of a season the database holds: its definition's version and its latest fact. */
export interface SeasonVersion {
  readonly seasonId: string;
  readonly definitionVersion: number;
  /** 0: no fact yet. */
  readonly lastFactId: number;
}

/** The seasons that recorded a fact or a definition after a position of the log, and where the log ends now. */
export interface LogChanges {
  readonly position: LogPosition;
  readonly seasons: readonly string[];
}

export interface AsOf {
  /** The season as it was known at this moment (facts recorded after it are left out). */
  readonly asOf?: Date;
}

/**
 * The storage port, in football terms. One implementation over kysely serves SQLite and PostgreSQL;
 * the contract tests in test/storage run against both.
 */
export interface SeasonStore {
  /** Brings the schema to the latest version; returns the migrations it applied (none when current). */
  migrate(): Promise<readonly string[]>;
  seasonIds(): Promise<readonly string[]>;
  /** Every season's version, in one read (a list of thousands of seasons, without reading any). */
  seasonVersions(): Promise<readonly SeasonVersion[]>;
  /** Saves the definition as a new version when it differs from the current one. */
  saveSeasonDefinition(
    seasonId: string,
    definition: JsonObject,
    meta: WriteMeta,
  ): Promise<{ version: number; changed: boolean }>;
  /** A whole season in one transaction: the definition and every fact, or nothing. */
  saveSeason(snapshot: SeasonSnapshot, meta: WriteMeta, options: SaveOptions): Promise<SaveReport>;
  /** Facts of a season already defined, in one transaction (an import batch). */
  stateFacts(
    seasonId: string,
    facts: readonly FactStatement[],
    meta: WriteMeta,
    options: SaveOptions,
  ): Promise<SaveReport>;
  appendFact(fact: NewFact, options: AppendOptions): Promise<AppendResult>;
  /** The latest version of a key, retractions included; undefined when the key was never written. */
  currentFact(ref: FactRef, at?: AsOf): Promise<StoredFact | undefined>;
  /** Every version of a key, oldest first. */
  factHistory(ref: FactRef): Promise<readonly StoredFact[]>;
  loadSeasonDocument(seasonId: string, at?: AsOf): Promise<StoredSeason | undefined>;
  /**
   * The facts recorded after the fact `afterId` (0: all), at most `limit` of them, in the order they
   * were committed: a reader that has seen fact n of a season has seen every earlier one, so asking
   * again from the last id it got never skips a fact. Undefined when the season is unknown.
   */
  factsSince(
    seasonId: string,
    afterId: number,
    options?: { limit?: number },
  ): Promise<SeasonChanges | undefined>;
  /** The definition alone, as written (cheap for a season with many facts); undefined when the season is unknown. */
  loadSeasonDefinition(
    seasonId: string,
    at?: AsOf,
  ): Promise<{ readonly version: number; readonly definition: JsonObject } | undefined>;
  /** The matches of a competition that count in a table (played or awarded), current versions. */
  playedMatches(seasonId: string, competition: string, at?: AsOf): Promise<readonly MatchFactDoc[]>;
  /**
   * The seasons written after `after` (none when it is absent: the position alone), for a process
   * that follows writes made by others on a database that cannot tell it (SQLite). Ids are
   * compared, so it is exact where a season's writes commit in id order and one writer writes at
   * a time (SQLite); PostgreSQL tells its servers with NOTIFY instead.
   */
  changedSince(after?: LogPosition): Promise<LogChanges>;
  /**
   * A number that moves whenever another connection commits (SQLite's `PRAGMA data_version`):
   * cheap enough to ask several times a second. Undefined where the database has no such number.
   */
  othersCommits(): Promise<number | undefined>;
  close(): Promise<void>;
}
