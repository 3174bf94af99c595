import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MatchFactSchema } from '../../src/core/definition/index.ts';
import { FactBus } from '../../src/live/fact-bus.ts';
import type { FactEvent } from '../../src/live/fact-event.ts';
import { FactRejected } from '../../src/live/check-write.ts';
import { SeasonCatalog, type RecordRequest } from '../../src/live/season-catalog.ts';
import { syncSeasonFiles } from '../../src/serve/sync-season-files.ts';
import { openStore, type JsonObject, type SeasonStore } from '../../src/storage/index.ts';

const PERU = 'examples/peru-2014';
const SEASON = 'peru-2014';
/** Real Garcilaso v Sporting Cristal, Inca round 1: played, result not known (S7). */
const UNKNOWN = 'torneo-del-inca/groups/2014-02-15/real-garcilaso-v-sporting-cristal';

/** The Peru example in an in-memory store, a catalog over it that counts whole reads, and what its bus said. */
async function peruCatalog() {
  const store = openStore(':memory:');
  await store.migrate();
  await syncSeasonFiles(store, PERU, { author: 'loader', recordedAt: new Date('2030-01-01T00:00:00Z') });
  let wholeReads = 0;
  const counting: SeasonStore = Object.create(store, {
    loadSeasonDocument: {
      value: (...args: Parameters<SeasonStore['loadSeasonDocument']>) => {
        wholeReads++;
        return store.loadSeasonDocument(...args);
      },
    },
  });
  const heard: FactEvent[] = [];
  const bus = new FactBus();
  bus.subscribe(SEASON, (e) => heard.push(e));
  const catalog = new SeasonCatalog(counting, bus);
  return { store, catalog, heard, wholeReads: () => wholeReads };
}

let clock = Date.parse('2030-01-02T00:00:00Z');
const at = () => new Date((clock += 1000));

/** A result for a match as the API would hand it over: as written, and validated. */
function result(
  fixture: JsonObject,
  score: string,
  extra: JsonObject = {},
): Pick<RecordRequest, 'payload' | 'entry'> {
  const payload = { ...fixture, score, ...extra };
  return { payload, entry: MatchFactSchema.parse(payload) };
}

async function fixtureOf(store: SeasonStore, key: string): Promise<JsonObject> {
  return (await store.currentFact({ seasonId: SEASON, kind: 'match', key }))!.payload!;
}

const request = (key: string, body: Pick<RecordRequest, 'payload' | 'entry'>, n: string): RecordRequest => ({
  season: SEASON,
  kind: 'match',
  key,
  ...body,
  action: 'record',
  author: 'inca-recorder',
  recordedAt: at(),
  idempotencyKey: n,
  competition: 'torneo-del-inca',
});

describe('the season catalog', () => {
  it('lists the seasons with their names and versions without reading any season whole', async () => {
    const { store, catalog, wholeReads } = await peruCatalog();
    const [brief] = await catalog.briefs();
    assert.deepEqual(
      { id: brief!.id, name: brief!.name },
      { id: SEASON, name: '2014 Peruvian football season' },
    );
    assert.equal(brief!.forms?.name?.es, 'Temporada 2014 del fútbol peruano');
    assert.equal(wholeReads(), 0);
    assert.equal(
      brief!.digest,
      (await catalog.snapshot(SEASON))!.digest,
      'the version a snapshot is tagged with',
    );
    await store.close();
  });

  it('folds a result recorded through it into the season it holds, without reading the season again', async () => {
    const { store, catalog, heard, wholeReads } = await peruCatalog();
    const before = (await catalog.snapshot(SEASON))!;
    const written = await catalog.record(
      request(UNKNOWN, result(await fixtureOf(store, UNKNOWN), '2-1'), 'w1'),
    );
    const after = (await catalog.snapshot(SEASON))!;
    assert.equal(wholeReads(), 1, 'read whole once, when first asked for');
    assert.notEqual(after.digest, before.digest);
    assert.equal(after.lastFactId, written.fact.id);
    assert.deepEqual(after.matches.find((m) => m.id === UNKNOWN)?.result?.fullTime, { home: 2, away: 1 });
    assert.deepEqual(
      after.doc,
      (await store.loadSeasonDocument(SEASON))!.doc,
      'the same season a whole read gives',
    );
    assert.deepEqual(heard, [
      { season: SEASON, kind: 'match', key: UNKNOWN, fact: written.fact.id, competition: 'torneo-del-inca' },
    ]);
    await store.close();
  });

  it('follows what another server wrote (a correction, a new match, a withdrawal) from the log, each announced once', async () => {
    const { store, catalog, heard, wholeReads } = await peruCatalog();
    await catalog.snapshot(SEASON);
    const fixture = await fixtureOf(store, UNKNOWN);
    const friendly = { ...fixture, date: '2014-06-01', round: 'Friendly', score: '0-0' };
    const friendlyKey = 'torneo-del-inca/groups/2014-06-01/real-garcilaso-v-sporting-cristal';
    const other = (key: string, payload: JsonObject | undefined, action: 'record' | 'correct' | 'retract') =>
      store.appendFact(
        {
          seasonId: SEASON,
          kind: 'match',
          key,
          action,
          ...(payload ? { payload } : {}),
          author: 'elsewhere',
          recordedAt: at(),
          ...(action === 'record' ? {} : { reason: 'the referee’s report' }),
        },
        { idempotencyKey: `${key}@${clock}` },
      );
    const ids = [
      (await other(UNKNOWN, { ...fixture, score: '1-1' }, 'record')).fact.id,
      (await other(UNKNOWN, { ...fixture, score: '1-2' }, 'correct')).fact.id,
      (await other(friendlyKey, friendly, 'record')).fact.id,
      (await other(friendlyKey, undefined, 'retract')).fact.id,
    ];
    await catalog.changed(SEASON);
    await catalog.changed(SEASON); // heard twice (NOTIFY and its own catch-up): nothing new the second time
    const s = (await catalog.snapshot(SEASON))!;
    assert.equal(wholeReads(), 1);
    assert.deepEqual(s.matches.find((m) => m.id === UNKNOWN)?.result?.fullTime, { home: 1, away: 2 });
    assert.equal(
      s.matches.find((m) => m.id === friendlyKey),
      undefined,
      'withdrawn',
    );
    assert.deepEqual(s.doc, (await store.loadSeasonDocument(SEASON))!.doc);
    assert.deepEqual(
      heard.map((e) => e.fact),
      ids,
    );
    await store.close();
  });

  it('reads the season whole again when its definition changed', async () => {
    const { store, catalog, heard, wholeReads } = await peruCatalog();
    const before = (await catalog.snapshot(SEASON))!;
    const definition = (await store.loadSeasonDefinition(SEASON))!.definition;
    const meta = definition.season as JsonObject;
    await store.saveSeasonDefinition(
      SEASON,
      { ...definition, season: { ...meta, name: 'Temporada 2014' } },
      { author: 'federation', recordedAt: at() },
    );
    await catalog.changed(SEASON);
    const after = (await catalog.snapshot(SEASON))!;
    assert.equal(wholeReads(), 2);
    assert.equal(after.doc.season.name, 'Temporada 2014');
    assert.notEqual(after.digest, before.digest);
    assert.deepEqual(heard, [{ season: SEASON }]);
    await store.close();
  });

  it('refuses a fact that would break the season, saying where, and writes nothing', async () => {
    const { store, catalog } = await peruCatalog();
    const fixture = await fixtureOf(store, UNKNOWN);
    const wrongGoals = result(fixture, '2-1', { goals: { home: ["Ramúa 10'"], away: [] } });
    await assert.rejects(catalog.record(request(UNKNOWN, wrongGoals, 'w2')), (e: unknown) => {
      assert.ok(e instanceof FactRejected, String(e));
      assert.deepEqual(
        e.issues.map((i) => [i.code, i.path.join('.')]),
        [['score_mismatch', 'goals.home']],
      );
      return true;
    });
    const unknownTeam = { ...fixture, date: '2014-06-01', home: 'club-nobody-knows', score: '1-0' };
    await assert.rejects(
      catalog.record(
        request(
          'torneo-del-inca/groups/2014-06-01/club-nobody-knows-v-sporting-cristal',
          { payload: unknownTeam, entry: MatchFactSchema.parse(unknownTeam) },
          'w3',
        ),
      ),
      (e: unknown) => e instanceof FactRejected && e.issues.some((i) => i.path.join('.') === 'home'),
    );
    assert.equal((await store.factHistory({ seasonId: SEASON, kind: 'match', key: UNKNOWN })).length, 1);
    await store.close();
  });
});
