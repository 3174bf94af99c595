import assert from 'node:assert/strict';
import { it } from 'node:test';
import { openStore, StorageError } from '../../../src/storage/index.ts';
import { by, everyFactSeason } from '../season-builders.ts';
import { freshStore, type TestDatabase } from '../test-databases.ts';

export function concurrentWriters(db: TestDatabase): void {
  it('lets exactly one of two officials racing on the same match win; the other gets a conflict', async () => {
    const { store, target } = await freshStore(db);
    const { snapshot } = everyFactSeason();
    await store.saveSeason(snapshot, by('loader', '2030-03-01T10:00'), { origin: 'load' });
    const fixture = snapshot.facts.find((f) => f.kind === 'match' && f.payload.score === undefined)!;
    const ref = { seasonId: snapshot.seasonId, kind: 'match' as const, key: fixture.key };
    const other = openStore(target); // a second connection, as a second server would have

    for (let round = 1; round <= 5; round++) {
      const version = (await store.currentFact(ref))!.version;
      const write = (s: typeof store, who: string, score: string) =>
        s.appendFact(
          {
            ...ref,
            action: 'correct',
            payload: { ...fixture.payload, score },
            ...by(who, `2030-03-0${round + 1}T10:00`, 'racing'),
          },
          { expectedVersion: version, idempotencyKey: `${who}-${round}` },
        );
      const outcomes = await Promise.allSettled([
        write(store, 'north', `${round}-0`),
        write(other, 'south', `0-${round}`),
      ]);
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      assert.equal(
        won.length,
        1,
        `round ${round}: exactly one write wins (${lost.map((l) => String(l.reason)).join('; ')})`,
      );
      assert.ok(
        lost[0]!.reason instanceof StorageError && lost[0]!.reason.code === 'version_conflict',
        String(lost[0]!.reason),
      );
      assert.equal((await store.currentFact(ref))!.version, version + 1);
    }
    assert.equal((await store.factHistory(ref)).length, 6);
    await other.close();
    await store.close();
  });
}
