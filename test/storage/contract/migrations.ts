import assert from 'node:assert/strict';
import { it } from 'node:test';
import { openStore } from '../../../src/storage/index.ts';
import { by, everyFactSeason } from '../season-builders.ts';
import { freshStore, rawStatement, type TestDatabase } from '../test-databases.ts';

export function migrations(db: TestDatabase): void {
  it('migrates an empty database to the latest schema, and a second run applies nothing', async () => {
    const target = await db.fresh();
    const first = openStore(target);
    assert.deepEqual(await first.migrate(), ['0001-fact-log', '0002-append-only', '0003-season-order']);
    assert.deepEqual(await first.migrate(), []);
    await first.close();
    const second = openStore(target);
    assert.deepEqual(await second.migrate(), [], 'another process finds nothing to do');
    assert.deepEqual(await second.seasonIds(), []);
    await second.close();
  });

  it('refuses, in the database itself, to update or delete anything of the log', async () => {
    const { store, target } = await freshStore(db);
    const { snapshot } = everyFactSeason();
    await store.saveSeason(snapshot, by('loader', '2030-03-01T10:00'), { origin: 'load' });
    await store.close();
    for (const statement of [
      `update facts set payload = null`,
      `delete from facts`,
      `update season_definitions set author = 'someone else'`,
      `delete from fact_keys`,
      `delete from seasons`,
    ]) {
      await assert.rejects(rawStatement(target, statement), /append-only/, statement);
    }
    const after = openStore(target);
    assert.equal((await after.loadSeasonDocument(snapshot.seasonId))?.doc.matches.length, 4);
    await after.close();
  });
}
