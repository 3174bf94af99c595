import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ExclusionSchema, MatchFactSchema } from '../../src/core/definition/index.ts';
import { FactConflict } from '../../src/live/check-write.ts';
import type { RecordRequest } from '../../src/live/season-catalog.ts';
import { loadSeasonInput } from '../../src/season/season-input.ts';
import {
  factKeyOf,
  seasonSnapshot,
  type AppendOptions,
  type NewFact,
  type SeasonStore,
} from '../../src/storage/index.ts';
import { peruApp, TOKENS } from '../http/test-app.ts';

const SEASON = 'peru-2014';
/** Real Garcilaso v Sporting Cristal, Inca round 1: played, result not known (S7), examples/peru-2014. */
const UNKNOWN = 'torneo-del-inca/groups/2014-02-15/real-garcilaso-v-sporting-cristal';
const loader = { author: 'test-loader', recordedAt: new Date('2030-01-01T00:00:00Z') };

let clock = Date.parse('2030-01-02T00:00:00Z');
const at = () => new Date((clock += 1000));

/** Inti Gas excluded from the Inca groups from 1 December: alone it fits, nothing was played after. */
const exclusion = {
  competition: 'torneo-del-inca',
  stage: 'groups',
  team: 'inti-gas',
  scope: 'competition',
  date: '2014-12-01',
  reason: 'a test of two writes that cannot both hold',
};

/** A match Inti Gas played after that day: alone it fits too. */
const lateMatch = {
  id: 'late-inti-gas-v-san-simon',
  competition: 'torneo-del-inca',
  stage: 'groups',
  group: 'a',
  round: 'Late',
  date: '2014-12-02',
  home: 'inti-gas',
  away: 'san-simon',
  score: '1-0',
};

const exclusionRequest = (): RecordRequest => ({
  season: SEASON,
  kind: 'exclusion',
  key: factKeyOf('exclusion', ExclusionSchema.parse(exclusion)),
  payload: exclusion,
  entry: ExclusionSchema.parse(exclusion),
  action: 'record',
  author: 'admin',
  recordedAt: at(),
  idempotencyKey: `exclusion-${clock}`,
  competition: 'torneo-del-inca',
});

describe('writes of one season', () => {
  it('refuses one of two concurrent writes that together break a rule spanning facts, as a conflict', async () => {
    const t = await peruApp();
    await t.catalog.snapshot(SEASON);
    const outcomes = await Promise.allSettled([
      t.catalog.record({
        season: SEASON,
        kind: 'match',
        key: lateMatch.id,
        payload: lateMatch,
        entry: MatchFactSchema.parse(lateMatch),
        action: 'record',
        author: 'admin',
        recordedAt: at(),
        idempotencyKey: `result-${clock}`,
        competition: 'torneo-del-inca',
      }),
      t.catalog.record(exclusionRequest()),
    ]);
    assert.equal(outcomes.filter((o) => o.status === 'fulfilled').length, 1);
    const refused = outcomes.find((o) => o.status === 'rejected')!.reason as unknown;
    assert.ok(refused instanceof FactConflict, `a conflict, not ${String(refused)}`);
    assert.match(refused.issues.map((i) => i.message).join('\n'), /excluded/);
    const held = (await t.catalog.snapshot(SEASON))!;
    const played = held.doc.matches.some((m) => m.id === lateMatch.id);
    const excluded = held.doc.exclusions.some((e) => e.team === exclusion.team);
    assert.notEqual(played, excluded, 'exactly one of the two is in the season');
    await t.close();
  });

  it('answers the second of two such writes over HTTP with 409 and the reason', async () => {
    const t = await peruApp();
    const headers = { Authorization: `Bearer ${TOKENS.admin}`, 'Content-Type': 'application/json' };
    await t.app.request(`/api/seasons/${SEASON}`);
    const [result, excluded] = await Promise.all([
      t.app.request(`/api/seasons/${SEASON}/facts`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ kind: 'match', fact: lateMatch }),
      }),
      t.app.request(`/api/seasons/${SEASON}/facts`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ kind: 'exclusion', fact: exclusion }),
      }),
    ]);
    const statuses = [result.status, excluded.status].sort();
    assert.deepEqual(statuses, [201, 409]);
    const refused = (await (result.status === 409 ? result : excluded).json()) as {
      error: { message: string; issues: { message: string }[] };
    };
    assert.match(refused.error.message, /another write was recorded first/);
    assert.match(refused.error.issues.map((i) => i.message).join('\n'), /excluded/);
    await t.close();
  });

  it('never makes a read of one season wait for a write to another', async () => {
    // A second season in the same database: the example under another id.
    const loaded = loadSeasonInput('examples/peru-2014');
    const input = { ...loaded.input!, season: { ...(loaded.input!.season as object), id: 'peru-2014-b' } };
    const doc = { ...loaded.doc!, season: { ...loaded.doc!.season, id: 'peru-2014-b' } };
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const t = await peruApp(
      {},
      ':memory:',
      (store) =>
        Object.create(store, {
          // Season A's writes hang at the database until the test lets them through.
          appendFact: {
            value: async (fact: NewFact, options: AppendOptions) => {
              if (fact.seasonId === SEASON) await held;
              return store.appendFact(fact, options);
            },
          },
        }) as SeasonStore,
    );
    await t.store.saveSeason(seasonSnapshot(input, doc), loader, { origin: 'test' });
    const table = (season: string) =>
      `/api/seasons/${season}/competitions/torneo-del-inca/stages/groups/tables`;
    await t.app.request(table('peru-2014-b'));
    let writeDone = false;
    const write = Promise.resolve(
      t.app.request(`/api/seasons/${SEASON}/matches/${encodeURIComponent(UNKNOWN)}/result`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${TOKENS.admin}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ score: '1-0' }),
      }),
    ).then((r) => ((writeDone = true), r));
    // A second write to season A queues behind the first; season B is read meanwhile.
    const reads = [];
    for (let i = 0; i < 20; i++)
      reads.push(t.app.request(`${table('peru-2014-b')}?asOf=2014-0${(i % 7) + 3}-01`));
    const statuses = (await Promise.all(reads)).map((r) => r.status);
    assert.deepEqual(new Set(statuses), new Set([200]));
    assert.equal(writeDone, false, 'season B was read while season A’s write was still waiting');
    // Season A itself is read too, from what it held before the write.
    assert.equal((await t.app.request(table(SEASON))).status, 200);
    release();
    assert.equal((await write).status, 201);
    await t.close();
  });
});
