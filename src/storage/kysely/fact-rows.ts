import type { Kysely } from 'kysely';
import { isFactKind, type FactAction } from '../fact-kind.ts';
import type { JsonObject } from '../json-value.ts';
import type { StoredFact } from '../season-store.ts';
import { StorageError } from '../storage-error.ts';
import type { Database } from './database.ts';

export interface FactRow {
  id: number;
  season_id: string;
  key_id: number;
  kind: string;
  key: string;
  version: number;
  action: string;
  payload: string | null;
  author: string;
  recorded_at: string;
  reason: string | null;
  idempotency_key: string;
  supersedes: number | null;
}

const COLUMNS = [
  'f.id',
  'f.season_id',
  'f.key_id',
  'k.kind',
  'k.key',
  'f.version',
  'f.action',
  'f.payload',
  'f.author',
  'f.recorded_at',
  'f.reason',
  'f.idempotency_key',
  'f.supersedes',
] as const;

/** Facts joined with their keys; narrow it with `where`. */
export const factsWithKeys = (db: Kysely<Database>) =>
  db.selectFrom('facts as f').innerJoin('fact_keys as k', 'k.id', 'f.key_id').select(COLUMNS);

/**
 * The current version of every key of a season (as of a moment): the highest version recorded by
 * then. Retractions are included; callers decide whether a withdrawn key counts.
 */
export function currentFacts(db: Kysely<Database>, seasonId: string, asOf?: string) {
  // The season is taken from the keys: a lookup of one key then starts from the keys' unique index
  // (a filter on facts.season_id too tempts planners into scanning the whole season's facts).
  return factsWithKeys(db)
    .where('k.season_id', '=', seasonId)
    .$if(asOf !== undefined, (q) => q.where('f.recorded_at', '<=', asOf!))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('facts as g')
            .select('g.id')
            .whereRef('g.key_id', '=', 'f.key_id')
            .whereRef('g.version', '>', 'f.version')
            .$if(asOf !== undefined, (q) => q.where('g.recorded_at', '<=', asOf!)),
        ),
      ),
    );
}

/** The current version of each of these keys (by key id). */
export function currentFactsOfKeys(db: Kysely<Database>, keyIds: readonly number[]) {
  return factsWithKeys(db)
    .where('f.key_id', 'in', keyIds)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('facts as g')
            .select('g.id')
            .whereRef('g.key_id', '=', 'f.key_id')
            .whereRef('g.version', '>', 'f.version'),
        ),
      ),
    );
}

export function toStoredFact(row: FactRow): StoredFact {
  if (!isFactKind(row.kind))
    throw new StorageError('corrupt', `fact ${row.id} has an unknown kind '${row.kind}'`);
  return {
    id: Number(row.id),
    seasonId: row.season_id,
    kind: row.kind,
    key: row.key,
    version: Number(row.version),
    action: row.action as FactAction,
    ...(row.payload !== null ? { payload: JSON.parse(row.payload) as JsonObject } : {}),
    author: row.author,
    recordedAt: row.recorded_at,
    ...(row.reason !== null ? { reason: row.reason } : {}),
    idempotencyKey: row.idempotency_key,
    ...(row.supersedes !== null ? { supersedes: Number(row.supersedes) } : {}),
  };
}

export const keyOf = (kind: string, key: string): string => `${kind}\u0000${key}`;

/** The payload's competition, copied into its own column for `playedMatches`. */
export const competitionOf = (payload: JsonObject | undefined): string | null =>
  typeof payload?.competition === 'string' ? payload.competition : null;
