import type { Kysely } from 'kysely';
import { canonicalJson } from '../json-value.ts';
import type { AppendOptions, AppendResult, NewFact } from '../season-store.ts';
import { StorageError } from '../storage-error.ts';
import type { Database } from './database.ts';
import { competitionOf, currentFacts, factsWithKeys, toStoredFact, type FactRow } from './fact-rows.ts';
import { seasonExists } from './definitions.ts';

/**
 * Inside a write transaction: one new version of one key, on the version the writer saw. Every
 * refusal is a coded error; the unique index on (key, version) is the last line of defence when
 * two writers pass the version check at the same moment (PostgreSQL), and the caller reports that
 * as the same conflict.
 */
export async function appendFactIn(
  tx: Kysely<Database>,
  fact: NewFact,
  options: AppendOptions,
): Promise<AppendResult> {
  const action = fact.action ?? 'record';
  const payload = fact.payload === undefined ? null : JSON.stringify(fact.payload);

  const earlier = await factsWithKeys(tx)
    .where('f.season_id', '=', fact.seasonId)
    .where('f.idempotency_key', '=', options.idempotencyKey)
    .executeTakeFirst();
  if (earlier) {
    const same =
      earlier.kind === fact.kind &&
      earlier.key === fact.key &&
      earlier.action === action &&
      samePayload(earlier.payload, payload);
    if (!same)
      throw new StorageError(
        'idempotency_mismatch',
        `idempotency key '${options.idempotencyKey}' was already used for a different write (${earlier.kind} '${earlier.key}' version ${earlier.version})`,
        { idempotencyKey: options.idempotencyKey },
      );
    return { fact: toStoredFact(earlier), replayed: true };
  }

  if (!(await seasonExists(tx, fact.seasonId)))
    throw new StorageError('unknown_season', `season '${fact.seasonId}' is not in the database`, {
      seasonId: fact.seasonId,
    });
  const current = await currentFacts(tx, fact.seasonId)
    .where('k.kind', '=', fact.kind)
    .where('k.key', '=', fact.key)
    .executeTakeFirst();
  checkWrite(fact, action, payload, current, options);
  if (options.seasonAt !== undefined) await checkSeasonAt(tx, fact.seasonId, options.seasonAt);

  const keyId = current ? Number(current.key_id) : await newKey(tx, fact);
  const version = (current ? Number(current.version) : 0) + 1;
  const inserted = await tx
    .insertInto('facts')
    .values({
      season_id: fact.seasonId,
      key_id: keyId,
      version,
      action,
      competition: competitionOf(
        fact.payload ?? (current?.payload ? JSON.parse(current.payload) : undefined),
      ),
      payload,
      author: fact.author,
      recorded_at: fact.recordedAt.toISOString(),
      reason: fact.reason ?? null,
      idempotency_key: options.idempotencyKey,
      supersedes: current ? Number(current.id) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const row = await factsWithKeys(tx).where('f.id', '=', Number(inserted.id)).executeTakeFirstOrThrow();
  return { fact: toStoredFact(row), replayed: false };
}

function checkWrite(
  fact: NewFact,
  action: string,
  payload: string | null,
  current: FactRow | undefined,
  options: AppendOptions,
): void {
  const what = `${fact.kind} '${fact.key}'`;
  const currentVersion = current ? Number(current.version) : 0;
  if (options.expectedVersion !== undefined && options.expectedVersion !== currentVersion) {
    const latest = current
      ? `version ${currentVersion} (${current.action} by ${current.author} at ${current.recorded_at})`
      : 'not recorded yet';
    throw new StorageError(
      'version_conflict',
      options.expectedVersion > currentVersion
        ? `${what} has no version ${options.expectedVersion}: it is at ${latest}; base the change on the current version`
        : `${what} is now at ${latest}, not version ${options.expectedVersion}: it changed after the version this change was based on; read it again and redo the change`,
      { expected: options.expectedVersion, current: currentVersion },
    );
  }
  if ((action === 'retract') !== (payload === null))
    throw new StorageError(
      'invalid_write',
      `a ${action} of ${what} ${action === 'retract' ? 'carries no payload' : 'needs a payload'}`,
    );
  if (action !== 'record' && !current)
    throw new StorageError(
      'unknown_fact',
      `${what} was never recorded, so there is nothing to ${action === 'correct' ? 'correct' : 'retract'}`,
    );
  if (action === 'retract' && current?.action === 'retract')
    throw new StorageError('unknown_fact', `${what} is already withdrawn (version ${currentVersion})`);
  if (action !== 'record' && !fact.reason?.trim())
    throw new StorageError(
      'invalid_write',
      `a ${action === 'correct' ? 'correction' : 'retraction'} of ${what} must say why (a reason)`,
    );
  if (current && fact.recordedAt.toISOString() < current.recorded_at) {
    throw new StorageError(
      'invalid_write',
      `${what} version ${currentVersion} was recorded at ${current.recorded_at}; the next version cannot be recorded earlier (${fact.recordedAt.toISOString()})`,
    );
  }
}

/** Refuses a write checked against a version of the season that is no longer the latest. */
async function checkSeasonAt(tx: Kysely<Database>, seasonId: string, seasonAt: number): Promise<void> {
  const later = await tx
    .selectFrom('facts')
    .select('id')
    .where('season_id', '=', seasonId)
    .where('id', '>', seasonAt)
    .limit(1)
    .executeTakeFirst();
  if (later)
    throw new StorageError(
      'season_moved',
      `season '${seasonId}' recorded fact ${later.id} after fact ${seasonAt}, which the write was checked against`,
      { seasonAt, later: Number(later.id) },
    );
}

async function newKey(tx: Kysely<Database>, fact: NewFact): Promise<number> {
  const row = await tx
    .insertInto('fact_keys')
    .values({ season_id: fact.seasonId, kind: fact.kind, key: fact.key })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

const samePayload = (a: string | null, b: string | null): boolean =>
  a === null || b === null ? a === b : canonicalJson(JSON.parse(a)) === canonicalJson(JSON.parse(b));
