import type { Insertable, Kysely } from 'kysely';
import type { DialectCapabilities } from '../capabilities.ts';
import { canonicalJson } from '../json-value.ts';
import type { FactStatement, SaveOptions, WriteMeta } from '../season-store.ts';
import { StorageError } from '../storage-error.ts';
import type { Database } from './database.ts';
import { competitionOf, currentFacts, currentFactsOfKeys, keyOf, type FactRow } from './fact-rows.ts';

export interface StatedCounts {
  added: number;
  changed: number;
  unchanged: number;
  retracted: number;
}

type NewRow = Omit<Insertable<Database['facts']>, 'key_id' | 'idempotency_key'> & {
  kind: string;
  key: string;
  key_id?: number;
};

/**
 * Inside a write transaction: states many facts at once (a load, an import batch). A fact equal to
 * its key's current version writes nothing, so stating the same files twice adds nothing; a
 * different one becomes the next version. Rows go in as multi-row inserts cut below the
 * database's parameter limit.
 */
export async function stateFactsIn(
  tx: Kysely<Database>,
  cap: DialectCapabilities,
  seasonId: string,
  statements: readonly FactStatement[],
  meta: WriteMeta,
  options: SaveOptions,
): Promise<StatedCounts> {
  const recordedAt = meta.recordedAt.toISOString();
  const current = await currentOf(
    tx,
    cap,
    seasonId,
    options.retractMissing ? undefined : statements.map((s) => s.key),
  );
  const counts: StatedCounts = { added: 0, changed: 0, unchanged: 0, retracted: 0 };
  const rows: NewRow[] = [];
  const stated = new Set<string>();
  const row = (
    kind: string,
    key: string,
    prev: FactRow | undefined,
    fields: Pick<NewRow, 'action' | 'payload' | 'competition' | 'reason'>,
  ): NewRow => {
    if (prev && recordedAt < prev.recorded_at) {
      throw new StorageError(
        'invalid_write',
        `${kind} '${key}' was last recorded at ${prev.recorded_at}; a new version cannot be recorded earlier (${recordedAt})`,
      );
    }
    const version = (prev ? Number(prev.version) : 0) + 1;
    return {
      season_id: seasonId,
      kind,
      key,
      key_id: prev ? Number(prev.key_id) : undefined,
      version,
      author: meta.author,
      recorded_at: recordedAt,
      supersedes: prev ? Number(prev.id) : null,
      ...fields,
    };
  };

  for (const s of statements) {
    const k = keyOf(s.kind, s.key);
    if (stated.has(k))
      throw new StorageError('invalid_write', `${s.kind} '${s.key}' is stated twice in one write`);
    stated.add(k);
    const prev = current.get(k);
    if (prev && prev.action !== 'retract' && prev.payload !== null && sameJson(prev.payload, s.payload)) {
      counts.unchanged++;
      continue;
    }
    if (prev) counts.changed++;
    else counts.added++;
    rows.push(
      row(s.kind, s.key, prev, {
        action: 'record',
        payload: JSON.stringify(s.payload),
        competition: competitionOf(s.payload),
        reason: meta.reason ?? null,
      }),
    );
  }
  if (options.retractMissing) {
    for (const [k, prev] of current) {
      if (stated.has(k) || prev.action === 'retract') continue;
      counts.retracted++;
      rows.push(
        row(prev.kind, prev.key, prev, {
          action: 'retract',
          payload: null,
          competition: prev.payload ? competitionOf(JSON.parse(prev.payload)) : null,
          reason: meta.reason ?? `no longer stated by ${options.origin}`,
        }),
      );
    }
  }
  await insertRows(tx, cap, seasonId, options.origin, rows, options.onProgress);
  return counts;
}

/** Equal as JSON values. The stored text is usually the very text written, so that is tried first. */
const sameJson = (stored: string, payload: FactStatement['payload']): boolean =>
  stored === JSON.stringify(payload) || canonicalJson(JSON.parse(stored)) === canonicalJson(payload);

/**
 * The current version of the stated keys (of the whole season for a load that withdraws what it no
 * longer states). Keys are looked up first, facts then by key id: a batch of new matches costs one
 * index lookup each, however many facts the season already holds.
 */
async function currentOf(
  tx: Kysely<Database>,
  cap: DialectCapabilities,
  seasonId: string,
  keys?: readonly string[],
): Promise<Map<string, FactRow>> {
  const out = new Map<string, FactRow>();
  const add = (rows: FactRow[]) => rows.forEach((r) => out.set(keyOf(r.kind, r.key), r));
  if (!keys) {
    add(await currentFacts(tx, seasonId).execute());
    return out;
  }
  const size = cap.maxBindParameters - 8;
  const keyIds: number[] = [];
  for (const chunk of chunks([...new Set(keys)], size)) {
    const found = await tx
      .selectFrom('fact_keys')
      .select('id')
      .where('season_id', '=', seasonId)
      .where('key', 'in', chunk)
      .execute();
    keyIds.push(...found.map((k) => Number(k.id)));
  }
  for (const chunk of chunks(keyIds, size)) add(await currentFactsOfKeys(tx, chunk).execute());
  return out;
}

async function insertRows(
  tx: Kysely<Database>,
  cap: DialectCapabilities,
  seasonId: string,
  origin: string,
  rows: NewRow[],
  onProgress: SaveOptions['onProgress'],
): Promise<void> {
  const fresh = rows.filter((r) => r.key_id === undefined);
  const ids = new Map<string, number>();
  for (const chunk of chunks(fresh, Math.floor(cap.maxBindParameters / 3))) {
    const inserted = await tx
      .insertInto('fact_keys')
      .values(chunk.map((r) => ({ season_id: seasonId, kind: r.kind, key: r.key })))
      .returning(['id', 'kind', 'key'])
      .execute();
    for (const r of inserted) ids.set(keyOf(r.kind, r.key), Number(r.id));
  }
  let done = 0;
  onProgress?.(0, rows.length);
  for (const chunk of chunks(rows, Math.floor(cap.maxBindParameters / 12))) {
    await tx
      .insertInto('facts')
      .values(
        chunk.map(({ kind, key, key_id, ...r }) => {
          const keyId = key_id ?? ids.get(keyOf(kind, key))!;
          // Short and unique: the key's id stands for the key, so the index stays small on big imports.
          return { ...r, key_id: keyId, idempotency_key: `${origin}:${keyId}@${r.version}` };
        }),
      )
      .execute();
    done += chunk.length;
    onProgress?.(done, rows.length);
  }
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
