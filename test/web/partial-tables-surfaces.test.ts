// One answer on every surface: what a table counts and misses, and what a source recorded for it,
// read through the CLI (torneo table --json), the API (…/stages/{stage}/tables) and the
// competition page — for the Peru example (incomplete, finished) and for a synthetic Copa Perú
// played out from a seed (complete: no warning anywhere).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/http/app.ts';
import { TokenRegistry } from '../../src/http/auth/token-registry.ts';
import { FactBus } from '../../src/live/fact-bus.ts';
import { SeasonCatalog } from '../../src/live/season-catalog.ts';
import { syncSeasonFiles } from '../../src/serve/sync-season-files.ts';
import { openStore, type SeasonStore } from '../../src/storage/index.ts';
import { errorPage } from '../../src/web/pages/error-page.ts';
import { mountWeb } from '../../src/web/web-routes.ts';
import { runCli } from '../cli/run-cli.ts';

interface Said {
  readonly group: string | null;
  readonly certainty: string;
  readonly partial: boolean;
  readonly outcomeOnly: boolean;
  readonly completeness: Record<string, unknown>;
  readonly warnings: readonly string[];
  readonly recordedNotes: readonly string[];
}

const said = (t: Record<string, unknown>): Said => ({
  group: (t.group as string | undefined) ?? null,
  certainty: t.certainty as string,
  partial: t.partial as boolean,
  outcomeOnly: t.outcomeOnly as boolean,
  completeness: t.completeness as Record<string, unknown>,
  warnings: t.warnings as string[],
  recordedNotes: t.recordedNotes as string[],
});

/** A season folder served by an app with no server around it, as `torneo serve` would. */
async function served(folder: string, season: string) {
  const store = openStore(':memory:');
  await store.migrate();
  await syncSeasonFiles(store, folder, {
    author: 'test-loader',
    recordedAt: new Date('2030-01-01T00:00:00Z'),
  });
  const catalog = new SeasonCatalog(store, new FactBus());
  const tokens = new TokenRegistry({ version: 2, tokens: [] });
  let clock = Date.parse('2030-01-02T00:00:00Z');
  const nowMs = () => (clock += 1000);
  const app = createApp({ catalog, tokens, nowMs }, { errorPage });
  mountWeb(app, { catalog, tokens, defaultSeason: season, nowMs });
  return { app, store };
}

/** The tables of a stage as the CLI and the API say them, and the competition page's HTML. */
async function surfaces(
  app: ReturnType<typeof createApp>,
  folder: string,
  season: string,
  comp: string,
  stage: string,
) {
  const cli = JSON.parse((await runCli(['table', folder, `${comp}/${stage}`, '--json'])).stdout) as {
    tables?: Record<string, unknown>[];
  } & Record<string, unknown>;
  const cliTables = (cli.tables ?? [cli]).map(said);
  const res = await app.request(`/api/seasons/${season}/competitions/${comp}/stages/${stage}/tables?lang=en`);
  assert.equal(res.status, 200);
  const api = ((await res.json()) as { tables: Record<string, unknown>[] }).tables.map(said);
  const html = await (await app.request(`/seasons/${season}/competitions/${comp}?lang=en`)).text();
  return { cli: cliTables, api, html };
}

const count = (text: string, part: string) => text.split(part).length - 1;

// `torneo table --json` prints a stage of one table without its group: compare tables in order.
const withoutGroup = (tables: readonly Said[]) => tables.map(({ group: _group, ...t }) => t);

describe('partial tables: the same answer through the CLI, the API and the page', () => {
  const peru = 'examples/peru-2014';
  let app: ReturnType<typeof createApp>;
  let store: SeasonStore;
  before(async () => ({ app, store } = await served(peru, 'peru-2014')));
  after(() => store.close());

  for (const [comp, stage] of [
    ['torneo-del-inca', 'groups'],
    ['descentralizado', 'apertura'],
    ['descentralizado', 'aggregate'],
    ['reservas', 'groups'],
    ['copa-peru', 'departmental'],
    ['copa-peru', 'regional'],
  ] as const)
    it(`Peru 2014, ${comp}/${stage}: counts, warnings and recorded outcomes agree`, async () => {
      const { cli, api, html } = await surfaces(app, peru, 'peru-2014', comp, stage);
      assert.deepEqual(withoutGroup(api), withoutGroup(cli));
      for (const t of cli) {
        assert.notEqual(t.certainty, 'provisional', 'the 2014 season is over');
        if (t.outcomeOnly) continue;
        for (const w of t.warnings) assert.ok(html.includes(w), `the page says: ${w}`);
      }
      const recorded = cli.filter((t) => t.certainty !== 'derived' && t.recordedNotes.length).length;
      assert.ok(count(html, '<div class="recorded-outcome" role="note">') >= recorded);
    });
});

describe('a synthetic Copa Perú played out from a seed: complete, so no surface warns', () => {
  const dir = mkdtempSync(join(tmpdir(), 'torneo-partial-synthetic-'));
  const folder = join(dir, 'season');
  const season = 'synthetic-copa-peru-7';
  let app: ReturnType<typeof createApp>;
  let store: SeasonStore;
  before(async () => {
    const args = [
      '--seed',
      '7',
      '--regions',
      '2',
      '--provinces',
      '1',
      '--districts',
      '2',
      '--clubs',
      '4',
      '--play',
    ];
    const r = await runCli(['season', 'synthetic', '--to', folder, ...args]);
    assert.equal(r.code, 0, r.stderr);
    ({ app, store } = await served(folder, season));
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every table is final on every surface, with every match counted and nothing recorded in its place', async () => {
    let tables = 0;
    for (const stage of ['district', 'provincial', 'departmental', 'regional']) {
      const { cli, api, html } = await surfaces(app, folder, season, 'copa-peru', stage);
      assert.deepEqual(withoutGroup(api), withoutGroup(cli));
      for (const t of cli) {
        tables++;
        assert.equal(t.certainty, 'derived', `${stage}/${t.group}`);
        assert.equal(t.partial, false);
        assert.deepEqual(t.warnings, []);
        assert.equal(t.completeness.withResult, t.completeness.expected);
      }
      assert.equal(count(html, 'partial-notice'), 0);
      assert.doesNotMatch(html, /Incomplete table|incomplete: results missing|provisional/);
    }
    assert.ok(tables > 4, `${tables} tables`);
  });
});
