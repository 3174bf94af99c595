import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { concurrentWriters } from './contract/concurrent-writers.ts';
import { factLog } from './contract/fact-log.ts';
import { factsSince, logChanges } from './contract/facts-since.ts';
import { loadsAndExports } from './contract/loads-and-exports.ts';
import { migrations } from './contract/migrations.ts';
import { readingTheSeason } from './contract/reading-the-season.ts';
import { databasesUnderTest } from './test-databases.ts';

/** One contract, every database: what SQLite passes, PostgreSQL must pass too. */
const { databases, skipped } = await databasesUnderTest();

for (const db of databases) {
  describe(`the storage contract on ${db.name}`, () => {
    after(() => db.cleanUp());
    migrations(db);
    loadsAndExports(db);
    factLog(db);
    readingTheSeason(db);
    factsSince(db);
    logChanges(db);
    concurrentWriters(db);
  });
}

if (skipped) {
  describe('the storage contract on PostgreSQL', () => {
    if (process.env.CI) it('runs in CI, where PostgreSQL is guaranteed to be up', () => assert.fail(skipped));
    else it('is skipped', (t) => t.skip(skipped));
  });
}
