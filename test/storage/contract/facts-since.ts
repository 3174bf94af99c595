import assert from 'node:assert/strict';
import { it } from 'node:test';
import { openStore, type JsonObject, type SeasonStore } from '../../../src/storage/index.ts';
import { by, everyFactSeason } from '../season-builders.ts';
import { freshStore, type TestDatabase } from '../test-databases.ts';

/** The every-fact season loaded at 10:00, and a friendly between two of its clubs on a given day. */
async function loadedSeason(db: TestDatabase) {
  const { store, target } = await freshStore(db);
  const { snapshot } = everyFactSeason();
  await store.saveSeason(snapshot, by('loader', '2030-03-01T10:00'), { origin: 'load' });
  const friendly = (day: number, score: string): JsonObject => ({
    competition: 'liga',
    stage: 'apertura',
    date: `2030-04-${String(day).padStart(2, '0')}`,
    home: 'atletico-norte',
    away: 'union-este',
    score,
  });
  const key = (day: number) =>
    `liga/apertura/2030-04-${String(day).padStart(2, '0')}/atletico-norte-v-union-este`;
  return { store, target, seasonId: snapshot.seasonId, friendly, key };
}

const record = (store: SeasonStore, seasonId: string, key: string, payload: JsonObject, at: string) =>
  store.appendFact(
    { seasonId, kind: 'match', key, payload, ...by('referee', at) },
    { idempotencyKey: `${key}@${at}` },
  );

export function factsSince(db: TestDatabase): void {
  it('gives a reader every fact recorded after the last one it read: records, corrections and withdrawals, in order', async () => {
    const { store, seasonId, friendly, key } = await loadedSeason(db);
    const read = (await store.loadSeasonDocument(seasonId))!;
    assert.ok(read.lastFactId > 0, 'the load wrote facts, and the read says up to which');
    assert.deepEqual(
      read.keys.filter((k) => k.kind === 'match').length,
      read.doc.matches.length,
      'one key per match of the document',
    );
    assert.deepEqual((await store.factsSince(seasonId, read.lastFactId))?.facts, []);

    await record(store, seasonId, key(1), friendly(1, '1-0'), '2030-04-01T22:00');
    await store.appendFact(
      {
        seasonId,
        kind: 'match',
        key: key(1),
        action: 'correct',
        payload: friendly(1, '2-0'),
        ...by('league', '2030-04-02T09:00', 'a goal was missed'),
      },
      { idempotencyKey: 'missed-goal' },
    );
    await store.appendFact(
      {
        seasonId,
        kind: 'match',
        key: key(1),
        action: 'retract',
        ...by('league', '2030-04-03T09:00', 'it was a friendly, not a league match'),
      },
      { idempotencyKey: 'not-a-league-match' },
    );
    const changes = (await store.factsSince(seasonId, read.lastFactId))!;
    assert.equal(changes.definitionVersion, read.definitionVersion);
    assert.deepEqual(
      changes.facts.map((f) => [f.key, f.version, f.action, f.payload?.score]),
      [
        [key(1), 1, 'record', '1-0'],
        [key(1), 2, 'correct', '2-0'],
        [key(1), 3, 'retract', undefined],
      ],
    );
    assert.ok(changes.facts.every((f, i) => i === 0 || f.id > changes.facts[i - 1]!.id));
    assert.equal(
      (await store.loadSeasonDocument(seasonId))!.lastFactId,
      changes.facts.at(-1)!.id,
      'the withdrawal is the latest fact of the season, though the document no longer shows the match',
    );
    assert.deepEqual(
      (await store.factsSince(seasonId, changes.facts[0]!.id, { limit: 1 }))!.facts.map((f) => f.version),
      [2],
      'at most `limit` facts, the oldest first',
    );
    await store.close();
  });

  it('tells a reader that the definition changed, and knows no season it does not hold', async () => {
    const { store, seasonId } = await loadedSeason(db);
    const { snapshot } = everyFactSeason();
    const read = (await store.loadSeasonDocument(seasonId))!;
    const season = snapshot.definition.season as JsonObject;
    await store.saveSeasonDefinition(
      seasonId,
      { ...snapshot.definition, season: { ...season, name: `${String(season.name)} (renamed)` } },
      by('federation', '2030-03-02T10:00'),
    );
    const changes = (await store.factsSince(seasonId, read.lastFactId))!;
    assert.equal(changes.definitionVersion, read.definitionVersion + 1);
    assert.deepEqual(changes.facts, []);
    assert.equal(await store.factsSince('no-such-season', 0), undefined);
    await store.close();
  });

  it('never skips a fact while several writers race: asking again from the last id seen gives each fact once', async () => {
    const { store, target, seasonId, friendly, key } = await loadedSeason(db);
    const others = [openStore(target), openStore(target)]; // other servers, with connections of their own
    let after = (await store.loadSeasonDocument(seasonId))!.lastFactId;
    const seen: string[] = [];
    let writing = true;
    const reader = (async () => {
      for (let more = true; more;) {
        more = writing;
        const { facts } = (await store.factsSince(seasonId, after))!;
        for (const f of facts) seen.push(f.key);
        after = facts.at(-1)?.id ?? after;
        // SQLite answers without I/O: let the writers' timers run between two reads.
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    await Promise.all(
      others.map(async (writer, w) => {
        for (let n = 1; n <= 10; n++) {
          const day = w * 10 + n;
          await record(writer, seasonId, key(day), friendly(day, `${n}-${w}`), '2030-04-30T22:00');
        }
      }),
    );
    writing = false;
    await reader;
    assert.equal(seen.length, 20, 'every fact once');
    assert.deepEqual([...new Set(seen)].sort(), Array.from({ length: 20 }, (_, i) => key(i + 1)).sort());
    await Promise.all([...others, store].map((s) => s.close()));
  });
}

/** How a process follows the writes of others: which seasons were written since a position of the log. */
export function logChanges(db: TestDatabase): void {
  it("says which seasons were written since a position of the log (nothing when none was), and each season's version", async () => {
    const { store, target, seasonId, friendly, key } = await loadedSeason(db);
    const { position } = await store.changedSince();
    assert.deepEqual((await store.changedSince(position)).seasons, [], 'nothing written since');
    const desk = openStore(target); // another process, as a desk's torneo record would be
    try {
      const before = await store.othersCommits();
      await record(desk, seasonId, key(3), friendly(3, '1-0'), '2030-04-03T18:00');
      const after = await store.othersCommits();
      if (before !== undefined)
        assert.notEqual(after, before, "another connection's commit moves the counter");
      const changes = await store.changedSince(position);
      assert.deepEqual(changes.seasons, [seasonId]);
      assert.ok(changes.position.fact > position.fact);
      assert.deepEqual((await store.changedSince(changes.position)).seasons, []);
      await record(store, seasonId, key(4), friendly(4, '2-0'), '2030-04-04T18:00');
      assert.equal(await store.othersCommits(), after, 'its own commits leave the counter where it was');
      const last = await store.factsSince(seasonId, 0);
      assert.deepEqual(await store.seasonVersions(), [
        { seasonId, definitionVersion: 1, lastFactId: last!.facts.at(-1)!.id },
      ]);
    } finally {
      await desk.close();
    }
  });
}
