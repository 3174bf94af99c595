import assert from 'node:assert/strict';
import { it } from 'node:test';
import { by, everyFactSeason } from '../season-builders.ts';
import { freshStore, type TestDatabase } from '../test-databases.ts';

export function readingTheSeason(db: TestDatabase): void {
  it('shows the season as it was known at any moment (asOf)', async () => {
    const { store } = await freshStore(db);
    const { snapshot } = everyFactSeason();
    const seasonId = snapshot.seasonId;
    await store.saveSeason(snapshot, by('loader', '2030-03-01T10:00'), { origin: 'load' });
    const first = snapshot.facts[0]!;
    const ref = { seasonId, kind: first.kind, key: first.key };
    await store.appendFact(
      {
        ...ref,
        action: 'correct',
        payload: { ...first.payload, score: '3-1' },
        ...by('league', '2030-03-02T10:00', 'a late goal was missed'),
      },
      { expectedVersion: 1, idempotencyKey: 'late-goal' },
    );
    await store.appendFact(
      {
        ...ref,
        action: 'correct',
        payload: { ...first.payload, score: '4-1' },
        ...by('league', '2030-03-03T10:00', 'and another'),
      },
      { expectedVersion: 2, idempotencyKey: 'another' },
    );

    const scoreAt = async (at: string) =>
      (await store.loadSeasonDocument(seasonId, { asOf: new Date(`${at}Z`) }))?.doc.matches[0]?.score;
    assert.equal(await scoreAt('2030-03-01T09:59'), undefined, 'before the load nothing was known');
    assert.deepEqual(await scoreAt('2030-03-01T10:00'), { home: 2, away: 1 });
    assert.deepEqual(await scoreAt('2030-03-02T12:00'), { home: 3, away: 1 });
    assert.deepEqual(await scoreAt('2030-03-04T00:00'), { home: 4, away: 1 });
    assert.equal((await store.currentFact(ref, { asOf: new Date('2030-03-02T12:00Z') }))?.version, 2);
    await store.close();
  });

  it('lists the seasons it holds and the played matches of a competition', async () => {
    const { store } = await freshStore(db);
    const { snapshot } = everyFactSeason();
    await store.saveSeason(snapshot, by('loader', '2030-03-01T10:00'), { origin: 'load' });
    assert.deepEqual(await store.seasonIds(), ['every-fact-2030']);
    const liga = await store.playedMatches('every-fact-2030', 'liga');
    assert.deepEqual(
      liga.map((m) => `${m.home}-v-${m.away}`),
      ['atletico-norte-v-deportivo-sur', 'union-este-v-sporting-oeste'],
      'the scheduled match does not count yet',
    );
    assert.deepEqual(
      (await store.playedMatches('every-fact-2030', 'copa'))[0]?.penalties,
      undefined,
      'the shoot-out is derived from the kicks later, not stored',
    );
    await store.close();
  });
}
