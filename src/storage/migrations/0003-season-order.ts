import type { Kysely, Migration } from 'kysely';

/**
 * A season's facts in the order they were recorded: what a server asks for after every write
 * (`factsSince`) and what a checked write asks before it commits (anything after the fact it was
 * checked against?). Without it both read every fact of the season (PostgreSQL) as it grows.
 */
export const seasonOrder = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('facts_season_order')
      .ifNotExists()
      .on('facts')
      .columns(['season_id', 'id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('facts_season_order').ifExists().execute();
  },
});
