import { sql, type Kysely } from 'kysely';
import { MatchFactSchema, type MatchFactDoc } from '../../core/definition/index.ts';
import { countsInTable } from '../../core/model/index.ts';
import type { DialectCapabilities } from '../capabilities.ts';
import type { FactKind } from '../fact-kind.ts';
import type { JsonObject } from '../json-value.ts';
import { migrateToLatest } from '../migrations/index.ts';
import { assembleSeason } from '../season-snapshot.ts';
import type {
  AppendOptions,
  AppendResult,
  AsOf,
  FactRef,
  FactStatement,
  LogChanges,
  LogPosition,
  NewFact,
  SaveOptions,
  SaveReport,
  SeasonChanges,
  SeasonSnapshot,
  SeasonStore,
  SeasonVersion,
  StoredFact,
  StoredSeason,
  WriteMeta,
} from '../season-store.ts';
import { StorageError } from '../storage-error.ts';
import { appendFactIn } from './append-fact.ts';
import type { Database } from './database.ts';
import { currentDefinition, definitionVersion, saveDefinitionIn, seasonExists } from './definitions.ts';
import { currentFacts, factsWithKeys, toStoredFact } from './fact-rows.ts';
import { stateFactsIn } from './state-facts.ts';
import { writeTransaction } from './write-transaction.ts';

/** The one implementation of the storage port: kysely over whichever database the capabilities describe. */
export class KyselyStore implements SeasonStore {
  constructor(
    private readonly db: Kysely<Database>,
    readonly capabilities: DialectCapabilities,
  ) {}

  migrate(): Promise<readonly string[]> {
    return this.guard(() => migrateToLatest(this.db as Kysely<unknown>, this.capabilities));
  }

  seasonIds(): Promise<readonly string[]> {
    return this.guard(async () =>
      (await this.db.selectFrom('seasons').select('id').orderBy('id').execute()).map((r) => r.id),
    );
  }

  seasonVersions(): Promise<readonly SeasonVersion[]> {
    return this.guard(async () => {
      const rows = await this.db
        .selectFrom('seasons as s')
        .select((eb) => [
          's.id',
          eb
            .selectFrom('season_definitions as d')
            .whereRef('d.season_id', '=', 's.id')
            .select((d) => d.fn.max('d.version').as('v'))
            .as('definition_version'),
          eb
            .selectFrom('facts as f')
            .whereRef('f.season_id', '=', 's.id')
            .select((f) => f.fn.max('f.id').as('m'))
            .as('last_fact'),
        ])
        .orderBy('s.id')
        .execute();
      return rows.map((r) => ({
        seasonId: r.id,
        definitionVersion: Number(r.definition_version ?? 0),
        lastFactId: Number(r.last_fact ?? 0),
      }));
    });
  }

  saveSeasonDefinition(seasonId: string, definition: JsonObject, meta: WriteMeta) {
    return this.write(seasonId, (tx) => saveDefinitionIn(tx, seasonId, definition, meta));
  }

  saveSeason(snapshot: SeasonSnapshot, meta: WriteMeta, options: SaveOptions): Promise<SaveReport> {
    return this.write(snapshot.seasonId, async (tx) => {
      const def = await saveDefinitionIn(tx, snapshot.seasonId, snapshot.definition, meta);
      const counts = await stateFactsIn(
        tx,
        this.capabilities,
        snapshot.seasonId,
        snapshot.facts,
        meta,
        options,
      );
      return {
        definition: def.changed ? (def.version === 1 ? 'added' : 'changed') : 'unchanged',
        definitionVersion: def.version,
        ...counts,
      };
    });
  }

  stateFacts(
    seasonId: string,
    facts: readonly FactStatement[],
    meta: WriteMeta,
    options: SaveOptions,
  ): Promise<SaveReport> {
    return this.write(seasonId, async (tx) => {
      const def = await currentDefinition(tx, seasonId);
      if (!def)
        throw new StorageError('unknown_season', `season '${seasonId}' is not in the database`, { seasonId });
      const counts = await stateFactsIn(tx, this.capabilities, seasonId, facts, meta, options);
      return { definition: 'unchanged', definitionVersion: def.version, ...counts };
    });
  }

  appendFact(fact: NewFact, options: AppendOptions): Promise<AppendResult> {
    return this.write(fact.seasonId, (tx) => appendFactIn(tx, fact, options)).catch((e: unknown) => {
      if (!this.capabilities.isUniqueViolation(e)) throw e;
      throw new StorageError(
        'version_conflict',
        `${fact.kind} '${fact.key}' was written by someone else at the same moment; read it again and redo the change`,
        { expected: options.expectedVersion },
      );
    });
  }

  currentFact(ref: FactRef, at: AsOf = {}): Promise<StoredFact | undefined> {
    return this.guard(async () => {
      const row = await currentFacts(this.db, ref.seasonId, at.asOf?.toISOString())
        .where('k.kind', '=', ref.kind)
        .where('k.key', '=', ref.key)
        .executeTakeFirst();
      return row && toStoredFact(row);
    });
  }

  factHistory(ref: FactRef): Promise<readonly StoredFact[]> {
    return this.guard(async () => {
      const rows = await factsWithKeys(this.db)
        .where('k.season_id', '=', ref.seasonId)
        .where('k.kind', '=', ref.kind)
        .where('k.key', '=', ref.key)
        .orderBy('f.version')
        .execute();
      return rows.map(toStoredFact);
    });
  }

  loadSeasonDocument(seasonId: string, at: AsOf = {}): Promise<StoredSeason | undefined> {
    return this.guard(async () => {
      const asOf = at.asOf?.toISOString();
      const def = await currentDefinition(this.db, seasonId, asOf);
      if (!def) return undefined;
      // Retractions are read too: the latest fact of the season may be one, and its id is the
      // version of what was read.
      const rows = await currentFacts(this.db, seasonId, asOf).orderBy('f.key_id').execute();
      let lastFactId = 0;
      const facts: { kind: FactKind; key: string; payload: JsonObject }[] = [];
      for (const r of rows) {
        lastFactId = Math.max(lastFactId, Number(r.id));
        if (r.action !== 'retract')
          facts.push({ kind: r.kind as FactKind, key: r.key, payload: JSON.parse(r.payload!) as JsonObject });
      }
      return {
        seasonId,
        definitionVersion: def.version,
        ...assembleSeason(seasonId, def.payload, facts),
        lastFactId,
        keys: facts.map(({ kind, key }) => ({ kind, key })),
      };
    });
  }

  factsSince(
    seasonId: string,
    afterId: number,
    options: { limit?: number } = {},
  ): Promise<SeasonChanges | undefined> {
    return this.guard(async () => {
      const version = await definitionVersion(this.db, seasonId);
      if (version === undefined) return undefined;
      const rows = await factsWithKeys(this.db)
        .where('f.season_id', '=', seasonId)
        .where('f.id', '>', afterId)
        .orderBy('f.id')
        .$if(options.limit !== undefined, (q) => q.limit(options.limit!))
        .execute();
      return { definitionVersion: version, facts: rows.map(toStoredFact) };
    });
  }

  loadSeasonDefinition(seasonId: string, at: AsOf = {}) {
    return this.guard(async () => {
      const def = await currentDefinition(this.db, seasonId, at.asOf?.toISOString());
      return def && { version: def.version, definition: def.payload };
    });
  }

  playedMatches(seasonId: string, competition: string, at: AsOf = {}): Promise<readonly MatchFactDoc[]> {
    return this.guard(async () => {
      if (!(await seasonExists(this.db, seasonId)))
        throw new StorageError('unknown_season', `season '${seasonId}' is not in the database`, { seasonId });
      const rows = await currentFacts(this.db, seasonId, at.asOf?.toISOString())
        .where('k.kind', '=', 'match')
        .where('f.season_id', '=', seasonId)
        .where('f.competition', '=', competition)
        .where('f.action', '!=', 'retract')
        .orderBy('f.key_id')
        .execute();
      return rows
        .map((r) => MatchFactSchema.parse(JSON.parse(r.payload!)))
        .filter((m) => countsInTable(m.status ?? (m.score ? 'played' : 'scheduled')));
    });
  }

  changedSince(after?: LogPosition): Promise<LogChanges> {
    return this.guard(async () => {
      const ends = await this.db
        .selectNoFrom((eb) => [
          eb
            .selectFrom('facts')
            .select((f) => f.fn.max('id').as('m'))
            .as('fact'),
          eb
            .selectFrom('season_definitions')
            .select((d) => d.fn.max('id').as('m'))
            .as('definition'),
        ])
        .executeTakeFirstOrThrow();
      const position = { fact: Number(ends.fact ?? 0), definition: Number(ends.definition ?? 0) };
      if (!after || (position.fact <= after.fact && position.definition <= after.definition))
        return { position, seasons: [] };
      const facts = this.db
        .selectFrom('facts')
        .select('season_id')
        .where('id', '>', after.fact)
        .where('id', '<=', position.fact);
      const definitions = this.db
        .selectFrom('season_definitions')
        .select('season_id')
        .where('id', '>', after.definition)
        .where('id', '<=', position.definition);
      const rows = await facts.union(definitions).execute();
      return { position, seasons: rows.map((r) => r.season_id).sort() };
    });
  }

  async othersCommits(): Promise<number | undefined> {
    const read = this.capabilities.othersCommits;
    return read ? this.guard(() => read(this.db as Kysely<unknown>)) : undefined;
  }

  close(): Promise<void> {
    return this.db.destroy();
  }

  /** A write transaction that also tells other servers the season changed, where the database can. */
  private write<T>(seasonId: string, work: (tx: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.guard(() =>
      writeTransaction(this.db, this.capabilities, async (tx) => {
        await this.capabilities.lockSeason(tx as Kysely<unknown>, seasonId);
        const result = await work(tx);
        if (this.capabilities.listenNotify)
          await sql`select pg_notify('torneo_season_changed', ${seasonId})`.execute(tx);
        return result;
      }),
    );
  }

  /** Database errors that mean "cannot reach it" become the port's own coded error. */
  private async guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (e) {
      if (e instanceof StorageError || !this.capabilities.isUnreachable(e)) throw e;
      throw new StorageError('unavailable', this.capabilities.outage(e) ?? (e as Error).message);
    }
  }
}
