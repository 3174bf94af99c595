// The synthetic Copa Perú (torneo season synthetic) served: its competition page shows every
// stage, Region IV and the national stage as brackets, and the champion the engine derived.
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

const SEASON = 'synthetic-copa-peru-7';

describe('the synthetic Copa Perú served', () => {
  const dir = mkdtempSync(join(tmpdir(), 'torneo-synthetic-web-'));
  let store: SeasonStore;
  let app: ReturnType<typeof createApp>;
  let champion: string;

  before(async () => {
    const folder = join(dir, 'season');
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
    const summary = JSON.parse((await runCli(['summary', folder, '--json'])).stdout) as {
      competitions: { champion: { name: string } }[];
    };
    champion = summary.competitions[0]!.champion.name;
    store = openStore(':memory:');
    await store.migrate();
    await syncSeasonFiles(store, folder, {
      author: 'test-loader',
      recordedAt: new Date('2030-01-01T00:00:00Z'),
    });
    const catalog = new SeasonCatalog(store, new FactBus());
    const tokens = new TokenRegistry({ version: 2, tokens: [] });
    let clock = Date.parse('2030-01-02T00:00:00Z');
    const nowMs = () => (clock += 1000);
    app = createApp({ catalog, tokens, nowMs }, { errorPage });
    mountWeb(app, { catalog, tokens, defaultSeason: SEASON, nowMs });
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const page = async (lang: 'en' | 'es') => {
    const res = await app.request(`/seasons/${SEASON}/competitions/copa-peru?lang=${lang}`);
    assert.equal(res.status, 200);
    return res.text();
  };

  it('shows the five stages, Region IV and the national stage as brackets, and the derived champion', async () => {
    const html = await page('en');
    for (const stage of ['district', 'provincial', 'departmental', 'regional', 'national'])
      assert.ok(html.includes(`id="stage-${stage}"`), stage);
    assert.match(html, /<h3 id="bracket-regional-region-iv">Region IV<\/h3>/);
    for (const round of ['Semi-finals', 'Regional final', 'Final'])
      assert.ok(html.includes(`<h3>${round}</h3>`), round);
    assert.match(html, /aria-label="Region III"/);
    assert.ok(html.includes(champion), champion);
  });

  it('names the stages and rounds in Spanish on the Spanish page', async () => {
    const html = await page('es');
    for (const name of [
      'Etapa Distrital',
      'Etapa Regional',
      'Etapa Nacional',
      'Región IV',
      'Semifinales',
      'Final regional',
    ])
      assert.ok(html.includes(name), name);
  });
});
