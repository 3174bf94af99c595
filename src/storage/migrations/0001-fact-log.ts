import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectCapabilities } from '../capabilities.ts';

/**
 * The fact log. Every `create` says `if not exists`: SQLite DDL runs outside a transaction in
 * kysely's migrator, so a process killed half-way through must be able to run this again.
 */
export const factLog = (cap: DialectCapabilities): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('seasons')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('season_definitions')
      .ifNotExists()
      .addColumn('id', 'integer', cap.identity)
      .addColumn('season_id', 'text', (c) => c.notNull().references('seasons.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('payload', cap.jsonType, (c) => c.notNull())
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addUniqueConstraint('season_definitions_version', ['season_id', 'version'])
      .execute();

    await db.schema
      .createTable('fact_keys')
      .ifNotExists()
      .addColumn('id', 'integer', cap.identity)
      .addColumn('season_id', 'text', (c) => c.notNull().references('seasons.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addUniqueConstraint('fact_keys_key', ['season_id', 'key', 'kind'])
      .execute();

    await db.schema
      .createTable('facts')
      .ifNotExists()
      .addColumn('id', 'integer', cap.identity)
      .addColumn('season_id', 'text', (c) => c.notNull().references('seasons.id'))
      .addColumn('key_id', 'integer', (c) => c.notNull().references('fact_keys.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull().check(sqlIn(['record', 'correct', 'retract'])))
      .addColumn('competition', 'text')
      .addColumn('payload', cap.jsonType)
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('idempotency_key', 'text', (c) => c.notNull())
      .addColumn('supersedes', 'integer', (c) => c.references('facts.id'))
      .addUniqueConstraint('facts_version', ['key_id', 'version'])
      .addUniqueConstraint('facts_idempotency', ['season_id', 'idempotency_key'])
      .execute();

    await db.schema
      .createIndex('facts_competition')
      .ifNotExists()
      .on('facts')
      .columns(['season_id', 'competition'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of ['facts', 'fact_keys', 'season_definitions', 'seasons'])
      await db.schema.dropTable(t).ifExists().execute();
  },
});

const sqlIn = (values: readonly string[]) => sql`action in (${sql.join(values.map((v) => sql.lit(v)))})`;
