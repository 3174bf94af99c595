import assert from 'node:assert/strict';
import { it } from 'node:test';
import { openStore } from '../../../src/storage/index.ts';
import { type TestDatabase } from '../test-databases.ts';

export function migrations(db: TestDatabase): void {
  it('migrates an empty database to the latest schema, and a second run applies nothing', async () => {
    const target = await db.fresh();
    const first = openStore(target);
    assert.deepEqual(await first.migrate(), ['0001-fact-log']);
    assert.deepEqual(await first.migrate(), []);
    await first.close();
    const second = openStore(target);
    assert.deepEqual(await second.migrate(), [], 'another process finds nothing to do');
    assert.deepEqual(await second.seasonIds(), []);
    await second.close();
  });
}
