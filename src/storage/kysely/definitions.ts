import type { Kysely } from 'kysely';
import { canonicalJson, type JsonObject } from '../json-value.ts';
import type { WriteMeta } from '../season-store.ts';
import { StorageError } from '../storage-error.ts';
import type { Database } from './database.ts';

export interface DefinitionRow {
  readonly version: number;
  readonly payload: JsonObject;
  readonly recordedAt: string;
}

/** The season's definition as it stood at a moment (the latest version when no moment is given). */
export async function currentDefinition(
  db: Kysely<Database>,
  seasonId: string,
  asOf?: string,
): Promise<DefinitionRow | undefined> {
  const row = await db
    .selectFrom('season_definitions')
    .select(['version', 'payload', 'recorded_at'])
    .where('season_id', '=', seasonId)
    .$if(asOf !== undefined, (q) => q.where('recorded_at', '<=', asOf!))
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return (
    row && {
      version: Number(row.version),
      payload: JSON.parse(row.payload) as JsonObject,
      recordedAt: row.recorded_at,
    }
  );
}

/** The version of the season's current definition, without reading the definition (undefined: no such season). */
export async function definitionVersion(db: Kysely<Database>, seasonId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('season_definitions')
    .select('version')
    .where('season_id', '=', seasonId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && Number(row.version);
}

/** Inside a write transaction: a new definition version when it differs from the current one. */
export async function saveDefinitionIn(
  tx: Kysely<Database>,
  seasonId: string,
  definition: JsonObject,
  meta: WriteMeta,
): Promise<{ version: number; changed: boolean }> {
  const recordedAt = meta.recordedAt.toISOString();
  await tx
    .insertInto('seasons')
    .values({ id: seasonId, created_at: recordedAt })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const current = await currentDefinition(tx, seasonId);
  if (current && canonicalJson(current.payload) === canonicalJson(definition))
    return { version: current.version, changed: false };
  if (current && recordedAt < current.recordedAt) {
    throw new StorageError(
      'invalid_write',
      `the definition of '${seasonId}' was last saved at ${current.recordedAt}; a new version cannot be recorded earlier (${recordedAt})`,
    );
  }
  const version = (current?.version ?? 0) + 1;
  await tx
    .insertInto('season_definitions')
    .values({
      season_id: seasonId,
      version,
      payload: JSON.stringify(definition),
      author: meta.author,
      recorded_at: recordedAt,
      reason: meta.reason ?? null,
    })
    .execute();
  return { version, changed: true };
}

export async function seasonExists(db: Kysely<Database>, seasonId: string): Promise<boolean> {
  return (
    (await db.selectFrom('seasons').select('id').where('id', '=', seasonId).executeTakeFirst()) !== undefined
  );
}
