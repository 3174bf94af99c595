import { Migrator, type Kysely, type Migration } from 'kysely';
import type { DialectCapabilities } from '../capabilities.ts';
import { StorageError } from '../storage-error.ts';
import { factLog } from './0001-fact-log.ts';
import { appendOnly } from './0002-append-only.ts';
import { seasonOrder } from './0003-season-order.ts';

/** Every migration, as code, in order. A new one is a new file and a new line here; old ones never change. */
const migrations = (cap: DialectCapabilities): Record<string, Migration> => ({
  '0001-fact-log': factLog(cap),
  '0002-append-only': appendOnly(cap),
  '0003-season-order': seasonOrder(),
});

export async function migrateToLatest(db: Kysely<unknown>, cap: DialectCapabilities): Promise<string[]> {
  const schema = await cap.currentSchema(db);
  const migrator = new Migrator({
    db,
    ...(schema ? { migrationTableSchema: schema } : {}),
    provider: { getMigrations: async () => migrations(cap) },
    migrationTableName: 'torneo_migrations',
    migrationLockTableName: 'torneo_migration_lock',
  });
  // Up to date already: nothing to write, so a database that may only be read is served as it is.
  if ((await migrator.getMigrations()).every((m) => m.executedAt !== undefined)) return [];
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new StorageError(
      'unavailable',
      `the database schema could not be brought up to date${failed ? ` (migration ${failed})` : ''}: ${(error as Error).message}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
