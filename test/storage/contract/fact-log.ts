import assert from 'node:assert/strict';
import { it } from 'node:test';
import { StorageError, type NewFact, type SeasonStore } from '../../../src/storage/index.ts';
import { by, everyFactSeason } from '../season-builders.ts';
import { freshStore, type TestDatabase } from '../test-databases.ts';

const failsWith = (code: StorageError['code']) => (e: unknown) => {
  assert.ok(e instanceof StorageError, String(e));
  assert.equal(e.code, code, e.message);
  return true;
};

/** The every-fact season loaded at 10:00, and its scheduled match (DSU v UES on 8 March) ready to be written. */
async function seasonWithFixture(db: TestDatabase) {
  const { store, target } = await freshStore(db);
  const { snapshot } = everyFactSeason();
  await store.saveSeason(snapshot, by('loader', '2030-03-01T10:00'), {
    origin: 'load',
    retractMissing: true,
  });
  const fixture = snapshot.facts.find((f) => f.kind === 'match' && f.payload.score === undefined)!;
  const ref = { seasonId: snapshot.seasonId, kind: 'match' as const, key: fixture.key };
  const result = (
    score: string,
    meta = by('referee', '2030-03-08T22:00'),
    action: NewFact['action'] = 'record',
  ): NewFact => ({ ...ref, action, payload: { ...fixture.payload, score }, ...meta });
  return { store, target, ref, result };
}

export function factLog(db: TestDatabase): void {
  it('appends a result as the next version of the match, on the version the official saw', async () => {
    const { store, ref, result } = await seasonWithFixture(db);
    const { fact, replayed } = await store.appendFact(result('1-0'), {
      expectedVersion: 1,
      idempotencyKey: 'ref-1',
    });
    assert.equal(replayed, false);
    assert.deepEqual(
      [fact.version, fact.action, fact.author, fact.recordedAt, fact.payload?.score],
      [2, 'record', 'referee', '2030-03-08T22:00:00.000Z', '1-0'],
    );
    assert.equal((await store.currentFact(ref))?.version, 2);
    await store.close();
  });

  it('refuses a write based on a stale version, and loses nothing', async () => {
    const { store, ref, result } = await seasonWithFixture(db);
    await store.appendFact(result('1-0'), { expectedVersion: 1, idempotencyKey: 'first-official' });
    await assert.rejects(
      store.appendFact(result('2-0', by('second-official', '2030-03-08T22:05')), {
        expectedVersion: 1,
        idempotencyKey: 'second-official',
      }),
      (e: unknown) => {
        failsWith('version_conflict')(e);
        assert.deepEqual((e as StorageError).details, { expected: 1, current: 2 });
        return true;
      },
    );
    assert.deepEqual(
      (await store.factHistory(ref)).map((f) => f.payload?.score ?? null),
      [null, '1-0'],
    );
    await store.close();
  });

  it('treats a replayed write with the same idempotency key as done, and a different write under that key as an error', async () => {
    const { store, ref, result } = await seasonWithFixture(db);
    const first = await store.appendFact(result('1-0'), { expectedVersion: 1, idempotencyKey: 'sms-4711' });
    const again = await store.appendFact(result('1-0'), { expectedVersion: 1, idempotencyKey: 'sms-4711' });
    assert.deepEqual([again.replayed, again.fact.id, again.fact.version], [true, first.fact.id, 2]);
    assert.equal((await store.factHistory(ref)).length, 2, 'no second copy');
    await assert.rejects(
      store.appendFact(result('3-0'), { expectedVersion: 2, idempotencyKey: 'sms-4711' }),
      failsWith('idempotency_mismatch'),
    );
    await store.close();
  });

  it('keeps every version, oldest first, each superseding the one before', async () => {
    const { store, ref, result } = await seasonWithFixture(db);
    await store.appendFact(result('1-0'), { expectedVersion: 1, idempotencyKey: 'a' });
    await store.appendFact(
      result('1-1', by('league', '2030-03-09T09:00', 'the equaliser was given offside in error'), 'correct'),
      { expectedVersion: 2, idempotencyKey: 'b' },
    );
    const history = await store.factHistory(ref);
    assert.deepEqual(
      history.map((f) => [f.version, f.action, f.author]),
      [
        [1, 'record', 'loader'],
        [2, 'record', 'referee'],
        [3, 'correct', 'league'],
      ],
    );
    assert.deepEqual(
      history.map((f) => f.supersedes),
      [undefined, history[0]!.id, history[1]!.id],
    );
    assert.equal(history[2]!.reason, 'the equaliser was given offside in error');
    await store.close();
  });

  it('lets a correction supersede the result everywhere the season is read', async () => {
    const { store, ref, result } = await seasonWithFixture(db);
    await store.appendFact(result('1-0'), { expectedVersion: 1, idempotencyKey: 'a' });
    await store.appendFact(
      result('0-1', by('league', '2030-03-09T09:00', 'home and away goals swapped'), 'correct'),
      { expectedVersion: 2, idempotencyKey: 'b' },
    );
    const doc = (await store.loadSeasonDocument(ref.seasonId))!.doc;
    const match = doc.matches.find((m) => m.date === '2030-03-08')!;
    assert.deepEqual(match.score, { home: 0, away: 1 });
    assert.deepEqual(
      (await store.playedMatches(ref.seasonId, 'liga')).map((m) => m.date),
      ['2030-03-01', '2030-03-02', '2030-03-08'],
    );
    await store.close();
  });

  it('refuses a correction without a reason, of a fact never written, or dated before the version it replaces', async () => {
    const { store, ref, result } = await seasonWithFixture(db);
    await assert.rejects(
      store.appendFact(result('1-0', by('league', '2030-03-09T09:00'), 'correct'), { idempotencyKey: 'x' }),
      failsWith('invalid_write'),
    );
    await assert.rejects(
      store.appendFact(
        { ...result('1-0', by('league', '2030-03-09T09:00', 'why'), 'correct'), key: 'no/such/match' },
        { idempotencyKey: 'y' },
      ),
      failsWith('unknown_fact'),
    );
    await assert.rejects(
      store.appendFact(result('1-0', by('league', '2030-02-01T09:00')), { idempotencyKey: 'z' }),
      failsWith('invalid_write'),
    );
    assert.equal((await store.factHistory(ref)).length, 1);
    await store.close();
  });

  it('withdraws a match with a retraction and can record it again, keeping the whole history', async () => {
    const { store, ref, result } = await seasonWithFixture(db);
    const withdrawn = await store.appendFact(
      { ...ref, action: 'retract', ...by('league', '2030-03-05T09:00', 'fixture cancelled') },
      { expectedVersion: 1, idempotencyKey: 'cancel' },
    );
    assert.equal(withdrawn.fact.payload, undefined);
    assert.equal(await countMatches(store, ref.seasonId), 3);
    await assert.rejects(
      store.appendFact(
        { ...ref, action: 'retract', ...by('league', '2030-03-05T10:00', 'again') },
        { idempotencyKey: 'cancel-2' },
      ),
      failsWith('unknown_fact'),
    );
    await store.appendFact(result('2-2'), { expectedVersion: 2, idempotencyKey: 'restored' });
    assert.equal(await countMatches(store, ref.seasonId), 4);
    assert.deepEqual(
      (await store.factHistory(ref)).map((f) => f.action),
      ['record', 'retract', 'record'],
    );
    await store.close();
  });
}

const countMatches = async (store: SeasonStore, seasonId: string) =>
  (await store.loadSeasonDocument(seasonId))!.doc.matches.length;
