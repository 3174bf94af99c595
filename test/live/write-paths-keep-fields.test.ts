import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { openStore, type JsonObject } from '../../src/storage/index.ts';
import { runCli } from '../cli/run-cli.ts';
import { bearer, peruApp, PERU, TOKENS, type TestApp } from '../http/test-app.ts';

/**
 * Nothing entered is ever lost: whichever way a match is written (CLI record and correct, the
 * API, the recording form, loading the season's files), a write that changes one field leaves
 * every other field of the fact as it was. The match is the Inca final, which has everything a
 * match can hold: half-time, extra time, a shoot-out kick by kick, line-ups, cards, attendance.
 */
const FINAL = 'torneo-del-inca/final/2014-05-21/alianza-lima-v-universidad-san-martin';
const SEASON = 'peru-2014';
const RUNS = { numRuns: 12 };

/** One change to one field of the final, and the value that field holds once it is written. */
interface Change {
  readonly field: string;
  /** As the CLI's flags say it. */
  readonly flags: readonly string[];
  /** As the season format (a YAML file, the API) writes the field. */
  readonly value: unknown;
}

const halfTime = fc
  .tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }))
  .map(([h, a]): Change => ({ field: 'halfTime', flags: ['--half-time', `${h}-${a}`], value: `${h}-${a}` }));
const attendance = fc
  .integer({ min: 0, max: 80000 })
  .map((n): Change => ({ field: 'attendance', flags: ['--attendance', String(n)], value: n }));
const referee = fc
  .constantFrom('Víctor Hugo Carrillo', 'Diego Haro', 'Michael Espinoza')
  .map((name): Change => ({ field: 'referee', flags: ['--referee', name], value: name }));
const redCard = fc.integer({ min: 17, max: 120 }).map((minute): Change => ({
  field: 'cards',
  flags: ['--away-card', `luis-perea ${minute}' red`],
  value: { away: [`luis-perea ${minute}' red`] },
}));

/** Every field of `before` but `field` is in `after`, the same; and nothing was added. */
function assertOnly(before: JsonObject, after: JsonObject, field: string, how: string): void {
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (k === field) continue;
    assert.deepEqual(after[k], before[k], `${how}: changing ${field} changed ${k}`);
  }
}

describe('a write that changes one field of a match leaves every other field as it was', () => {
  const dir = mkdtempSync(join(tmpdir(), 'torneo-keep-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('through torneo correct and record', async () => {
    const db = join(dir, 'cli.db');
    assert.equal((await runCli(['load', PERU, '--db', db])).code, 0);
    const store = openStore(db);
    try {
      const current = async () =>
        (await store.currentFact({ seasonId: SEASON, kind: 'match', key: FINAL }))!.payload!;
      await fc.assert(
        fc.asyncProperty(fc.oneof(halfTime, attendance, referee, redCard), async (change) => {
          const before = await current();
          const r = await runCli([
            'correct',
            SEASON,
            FINAL,
            String(before.score),
            ...change.flags,
            '--reason',
            'checked against the match report',
            '--db',
            db,
          ]);
          assert.equal(r.code, 0, r.stderr);
          const after = await current();
          assert.deepEqual(after[change.field], change.value);
          assertOnly(before, after, change.field, 'torneo correct');
        }),
        RUNS,
      );

      // --clear is how a correction takes a field away; everything else stays.
      const before = await current();
      const r = await runCli([
        'correct',
        SEASON,
        FINAL,
        String(before.score),
        '--clear',
        'half-time',
        '--reason',
        'no source gives it',
        '--db',
        db,
      ]);
      assert.equal(r.code, 0, r.stderr);
      const after = await current();
      assert.equal(after.halfTime, undefined, '--clear half-time removes it');
      assertOnly(before, after, 'halfTime', 'torneo correct --clear');
    } finally {
      await store.close();
    }
  });

  describe('through the API and the recording form', () => {
    let t: TestApp;
    before(async () => (t = await peruApp()));
    after(() => t.close());

    const factUrl = `/api/seasons/${SEASON}/facts/match/${encodeURIComponent(FINAL)}`;
    const current = async () =>
      ((await (await t.app.request(factUrl)).json()) as { facts: { payload: JsonObject }[] }).facts.at(-1)!
        .payload;

    it('PUT …/result with the match as read and one field changed', async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(halfTime, attendance, referee, redCard), async (change) => {
          const before = await current();
          const res = await t.app.request(
            `/api/seasons/${SEASON}/matches/${encodeURIComponent(FINAL)}/result`,
            {
              method: 'PUT',
              headers: bearer(TOKENS.incaRecorder),
              body: JSON.stringify({
                ...Object.fromEntries(Object.entries(before).filter(([k]) => !FIXTURE_FIELDS.includes(k))),
                [change.field]: change.value,
                reason: 'checked against the match report',
              }),
            },
          );
          assert.ok(res.status === 201 || res.status === 200, await res.text());
          const after = await current();
          assert.deepEqual(after[change.field], change.value);
          assertOnly(before, after, change.field, 'PUT …/result');
        }),
        RUNS,
      );
    });

    it('the recording form sent back with one field changed', async () => {
      const cookie = `torneo_token=${TOKENS.incaRecorder}`;
      const send = async (change: (form: URLSearchParams) => void) => {
        const shown = await (
          await t.app.request(`/seasons/${SEASON}/record?lang=en&match=${encodeURIComponent(FINAL)}`, {
            headers: { Cookie: cookie },
          })
        ).text();
        const form = formFields(shown, 'record-form');
        change(form);
        form.set('reason', 'checked against the match report');
        const res = await t.app.request(`http://localhost/seasons/${SEASON}/record?lang=en`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            Origin: 'http://localhost',
            Cookie: cookie,
          },
          body: form.toString(),
        });
        assert.equal(res.status, 303, await res.text());
      };
      // The form writes scorers by the names it shows, with minutes as typed: the first round trip
      // restates goals and cards in those words (the pages test checks they are the same goals);
      // from then on, each field the form shows changes alone.
      await send(() => {});
      const formChange = fc.oneof(
        halfTime.map((c) => ({ ...c, set: (f: URLSearchParams) => f.set('halfTime', String(c.value)) })),
        fc.integer({ min: 17, max: 120 }).map((minute) => ({
          field: 'cards',
          value: String(minute),
          set: (f: URLSearchParams) => f.set('cards.away.0.minute', String(minute)),
        })),
      );
      await fc.assert(
        fc.asyncProperty(formChange, async (change) => {
          const before = await current();
          await send(change.set);
          const after = await current();
          if (change.field === 'cards')
            assert.equal((after.cards as { away: { minute: string }[] }).away[0]!.minute, change.value);
          else assert.deepEqual(after[change.field], change.value);
          assertOnly(before, after, change.field, 'the recording form');
        }),
        RUNS,
      );
    });
  });

  it('through torneo load of an edited file', async () => {
    const folder = join(dir, 'season');
    cpSync(PERU, folder, { recursive: true });
    const db = join(dir, 'load.db');
    const file = join(folder, 'facts/matches-torneo-del-inca.yaml');
    const load = async () => {
      const r = await runCli(['load', folder, '--db', db]);
      assert.equal(r.code, 0, r.stderr);
    };
    await load();
    const store = openStore(db);
    try {
      const current = async () =>
        (await store.currentFact({ seasonId: SEASON, kind: 'match', key: FINAL }))!.payload!;
      await fc.assert(
        fc.asyncProperty(fc.oneof(halfTime, attendance, referee), async (change) => {
          const doc = parseDocument(readFileSync(file, 'utf8'));
          const at = (doc.toJS() as { matches: { date?: string; home: string }[] }).matches.findIndex(
            (m) => String(m.date).startsWith('2014-05-21') && m.home === 'alianza-lima',
          );
          const before = await current();
          doc.setIn(['matches', at, change.field], change.value);
          writeFileSync(file, doc.toString());
          await load();
          const after = await current();
          assert.deepEqual(after[change.field], change.value);
          assertOnly(before, after, change.field, 'torneo load');
        }),
        { numRuns: 4 },
      );
    } finally {
      await store.close();
    }
  });
});

/** What a fixture is (who, when, where); a result write leaves these to the stored match. */
const FIXTURE_FIELDS = [
  'competition',
  'stage',
  'group',
  'round',
  'tie',
  'leg',
  'date',
  'time',
  'home',
  'away',
  'venue',
  'neutral',
];

/** The form's fields as a browser would send them back untouched. */
function formFields(html: string, id: string): URLSearchParams {
  const form = new RegExp(`<form[^>]*id="${id}"[\\s\\S]*?</form>`).exec(html)?.[0] ?? '';
  const out = new URLSearchParams();
  const unescape = (v: string) =>
    v
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const name = /name="([^"]*)"/.exec(m[1]!)?.[1];
    if (name) out.append(name, unescape(/value="([^"]*)"/.exec(m[1]!)?.[1] ?? ''));
  }
  for (const m of form.matchAll(/<select[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g))
    out.append(
      m[1]!,
      /<option value="([^"]*)"\s+selected/.exec(m[2]!)?.[1] ??
        /<option value="([^"]*)"/.exec(m[2]!)?.[1] ??
        '',
    );
  return out;
}
