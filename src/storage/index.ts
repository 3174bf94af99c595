export type {
  SeasonStore,
  FactRef,
  WriteMeta,
  NewFact,
  StoredFact,
  AppendOptions,
  AppendResult,
  FactStatement,
  SeasonSnapshot,
  SaveOptions,
  SaveReport,
  StoredSeason,
  SeasonChanges,
  AsOf,
  LogPosition,
  SeasonVersion,
  LogChanges,
  Progress,
} from './season-store.ts';
export { StorageError, type StorageFailure } from './storage-error.ts';
export {
  FACT_KINDS,
  FACT_SECTIONS,
  FACT_ACTIONS,
  isFactKind,
  type FactKind,
  type FactAction,
} from './fact-kind.ts';
export { factKeysOf, factKeyOf, type KeyedFact } from './fact-key.ts';
export { seasonSnapshot, assembleSeason } from './season-snapshot.ts';
export { toJson, toJsonObject, canonicalJson, type JsonValue, type JsonObject } from './json-value.ts';
export type { DialectCapabilities } from './capabilities.ts';
export { openStore, isPostgresUrl, DEFAULT_DATABASE, type OpenOptions } from './open-store.ts';
