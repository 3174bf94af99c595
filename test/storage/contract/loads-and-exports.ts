import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { it } from 'node:test';
import { loadSeasonInput } from '../../../src/season/season-input.ts';
import { seasonFolder } from '../../../src/season/season-folder.ts';
import { seasonSnapshot, StorageError, type SeasonStore } from '../../../src/storage/index.ts';
import { bigLeague, by, everyFactSeason } from '../season-builders.ts';
import { freshStore, type TestDatabase } from '../test-databases.ts';

/** Writes what the store holds as a folder and reads that folder back, as `torneo export` then `torneo load` would. */
async function exportAndReadBack(store: SeasonStore, seasonId: string) {
  const stored = await store.loadSeasonDocument(seasonId);
  assert.ok(stored, `${seasonId} is in the database`);
  const dir = mkdtempSync(join(tmpdir(), 'torneo-export-'));
  for (const f of seasonFolder(stored.input)) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
  const back = loadSeasonInput(dir);
  assert.deepEqual(back.issues, [], 'the exported folder validates');
  return back;
}

const PERU = 'examples/peru-2014';

export function loadsAndExports(db: TestDatabase): void {
  it('gives back exactly the season it was given: load, export, load is lossless', async () => {
    const { store } = await freshStore(db);
    const { snapshot, doc } = everyFactSeason();
    await store.saveSeason(snapshot, by('alice', '2030-06-10T10:00'), {
      origin: 'load',
      retractMissing: true,
    });
    assert.deepEqual((await store.loadSeasonDocument(snapshot.seasonId))?.doc, doc);
    const back = await exportAndReadBack(store, snapshot.seasonId);
    assert.deepEqual(back.doc, doc);
    const again = await store.saveSeason(
      seasonSnapshot(back.input!, back.doc!),
      by('bob', '2030-06-11T10:00'),
      { origin: 'load', retractMissing: true },
    );
    assert.deepEqual(again, {
      definition: 'unchanged',
      definitionVersion: 1,
      added: 0,
      changed: 0,
      unchanged: snapshot.facts.length,
      retracted: 0,
    });
    await store.close();
  });

  it('round-trips the Peru 2014 example when it is there', async (t) => {
    if (!existsSync(PERU)) return t.skip(`${PERU} not written yet`);
    const { store } = await freshStore(db);
    const loaded = loadSeasonInput(PERU);
    assert.ok(loaded.doc && loaded.input, `${PERU} validates`);
    await store.saveSeason(seasonSnapshot(loaded.input, loaded.doc), by('alice', '2030-06-10T10:00'), {
      origin: 'load',
      retractMissing: true,
    });
    assert.deepEqual((await exportAndReadBack(store, loaded.doc.season.id)).doc, loaded.doc);
    await store.close();
  });

  it('adds nothing when the same files are loaded twice, and turns a changed fact into a new version', async () => {
    const { store } = await freshStore(db);
    const { snapshot } = everyFactSeason();
    const first = await store.saveSeason(snapshot, by('alice', '2030-06-10T10:00'), {
      origin: 'load',
      retractMissing: true,
    });
    assert.equal(first.added, 15);
    assert.equal(
      (
        await store.saveSeason(snapshot, by('alice', '2030-06-10T11:00'), {
          origin: 'load',
          retractMissing: true,
        })
      ).unchanged,
      15,
    );
    const changed = {
      ...snapshot,
      facts: snapshot.facts.map((f, i) => (i === 1 ? { ...f, payload: { ...f.payload, score: '1-0' } } : f)),
    };
    const report = await store.saveSeason(changed, by('alice', '2030-06-10T12:00'), {
      origin: 'load',
      retractMissing: true,
    });
    assert.deepEqual([report.added, report.changed, report.unchanged, report.retracted], [0, 1, 14, 0]);
    const history = await store.factHistory({
      seasonId: snapshot.seasonId,
      kind: 'match',
      key: snapshot.facts[1]!.key,
    });
    assert.deepEqual(
      history.map((h) => [h.version, h.payload?.score]),
      [
        [1, '0-0'],
        [2, '1-0'],
      ],
    );
    await store.close();
  });

  it('withdraws a fact the files no longer state, keeping its history', async () => {
    const { store } = await freshStore(db);
    const { snapshot } = everyFactSeason();
    await store.saveSeason(snapshot, by('alice', '2030-06-10T10:00'), {
      origin: 'load',
      retractMissing: true,
    });
    const gone = snapshot.facts.find((f) => f.kind === 'lots')!;
    const report = await store.saveSeason(
      { ...snapshot, facts: snapshot.facts.filter((f) => f !== gone) },
      by('alice', '2030-06-10T11:00'),
      { origin: 'load', retractMissing: true },
    );
    assert.equal(report.retracted, 1);
    assert.deepEqual((await store.loadSeasonDocument(snapshot.seasonId))?.doc.lots, []);
    assert.deepEqual(
      (await store.factHistory({ seasonId: snapshot.seasonId, kind: 'lots', key: gone.key })).map(
        (f) => f.action,
      ),
      ['record', 'retract'],
    );
    await store.close();
  });

  it('leaves nothing half-written when a load fails mid-way', async () => {
    const { store } = await freshStore(db);
    const { snapshot } = bigLeague(90); // 8,010 matches: several insert statements on every database
    const failHalfWay = (done: number, total: number) => {
      if (done > 0 && done < total) throw new Error('power cut');
    };
    await assert.rejects(
      store.saveSeason(snapshot, by('alice', '2030-06-10T10:00'), {
        origin: 'load',
        onProgress: failHalfWay,
      }),
      /power cut/,
    );
    assert.deepEqual(await store.seasonIds(), [], 'not even the season row');
    assert.equal(await store.loadSeasonDocument(snapshot.seasonId), undefined);
    const report = await store.saveSeason(snapshot, by('alice', '2030-06-10T10:01'), { origin: 'load' });
    assert.equal(report.added, 8010, 'the same load, run again, writes every fact once');
    await store.close();
  });

  it('refuses facts for a season that was never defined', async () => {
    const { store } = await freshStore(db);
    const { snapshot } = everyFactSeason();
    await assert.rejects(
      store.stateFacts('no-such-season', snapshot.facts, by('alice', '2030-06-10T10:00'), {
        origin: 'import',
      }),
      (e: unknown) => e instanceof StorageError && e.code === 'unknown_season',
    );
    await store.close();
  });
}
