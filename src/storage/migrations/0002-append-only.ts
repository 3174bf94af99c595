import type { Kysely, Migration } from 'kysely';
import type { DialectCapabilities } from '../capabilities.ts';

const TABLES = ['seasons', 'season_definitions', 'fact_keys', 'facts'] as const;

/**
 * Nothing is ever updated or deleted: the database itself refuses it, so that no tool, script or
 * hurried fix at the SQL prompt can rewrite history. A correction is a new version.
 */
export const appendOnly = (cap: DialectCapabilities): Migration => ({
  async up(db: Kysely<unknown>) {
    for (const table of TABLES) for (const statement of cap.appendOnly(table)) await statement.execute(db);
  },
  async down(db: Kysely<unknown>) {
    for (const table of TABLES)
      for (const statement of cap.dropAppendOnly(table)) await statement.execute(db);
  },
});
