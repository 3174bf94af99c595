import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { syncSeasonFiles } from '../../src/serve/sync-season-files.ts';
import { openStore } from '../../src/storage/index.ts';
import { PERU } from './test-app.ts';

const UNKNOWN = 'torneo-del-inca/groups/2014-02-15/real-garcilaso-v-sporting-cristal';
const at = (minute: number) => ({ author: 'test', recordedAt: new Date(Date.UTC(2030, 0, 1, 0, minute)) });

describe('torneo serve <folder> keeps the database up to date with the files', () => {
  it('loads a season once, reloads only what changed, and never overwrites a result recorded since', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'torneo-sync-'));
    cpSync(PERU, folder, { recursive: true });
    const store = openStore(':memory:');
    await store.migrate();

    const first = await syncSeasonFiles(store, folder, at(0));
    assert.equal(first.definition, 'added');
    assert.ok(first.stated > 100);
    assert.deepEqual(await syncSeasonFiles(store, folder, at(1)), {
      seasonId: 'peru-2014',
      folder,
      definition: 'unchanged',
      stated: 0,
    });

    const fixture = (await store.currentFact({ seasonId: 'peru-2014', kind: 'match', key: UNKNOWN }))!;
    await store.appendFact(
      {
        seasonId: 'peru-2014',
        kind: 'match',
        key: UNKNOWN,
        payload: { ...fixture.payload, score: '1-2' },
        author: 'web',
        recordedAt: at(2).recordedAt,
      },
      { idempotencyKey: 'web-1' },
    );
    assert.equal(
      (await syncSeasonFiles(store, folder, at(3))).stated,
      0,
      'the files still say what they said: the web result stands',
    );
    assert.equal(
      (await store.currentFact({ seasonId: 'peru-2014', kind: 'match', key: UNKNOWN }))!.payload!.score,
      '1-2',
    );

    const file = join(folder, 'facts/matches-torneo-del-inca.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'score: 2-0\n    notes: { es: "Marcador deducido',
        'score: 3-0\n    notes: { es: "Marcador deducido',
      ),
    );
    const changed = await syncSeasonFiles(store, folder, at(4));
    assert.equal(changed.stated, 1, 'a fact the files now state differently is loaded');
    await store.close();
  });
});
