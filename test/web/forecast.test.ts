import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { bearer, TOKENS } from '../http/test-app.ts';
import { NO_CHROMIUM, SCREENSHOTS, peruInBrowser } from './browser.ts';

/** Real Garcilaso v Sporting Cristal, Inca round 1: played, result not known (so not in the table). */
const UNKNOWN = 'torneo-del-inca/groups/2014-02-15/real-garcilaso-v-sporting-cristal';
/** Few runs: the test checks what the page shows and when, not the odds. */
const INCA_FORECAST = '/seasons/peru-2014/competitions/torneo-del-inca/forecast?runs=20';

describe('the forecast page in a browser', () => {
  const peru = peruInBrowser();

  it('shows each team’s odds and an SVG heat map with a cell per team and place, redone after a recorded result', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const p = await peru.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await p.goto(`${peru.server.url}${INCA_FORECAST}&lang=en`);
    assert.equal(await p.locator('h1').textContent(), 'Torneo del Inca: forecast');
    await p.waitForSelector('#live-status[data-state="live"]');
    // The runs are played on worker threads; the page shows how far they got, then the forecast.
    await p.waitForSelector('svg.heat-map', { timeout: 60_000 });
    const rows = await p.locator('svg.heat-map g.team-row').count();
    const places = await p.locator('svg.heat-map text.place').count();
    assert.ok(rows >= 2, `a row per team (${rows})`);
    assert.equal(await p.locator('svg.heat-map rect.cell').count(), rows * places, 'a cell per team × place');
    for (let i = 0; i < rows; i++)
      assert.equal(await p.locator('svg.heat-map g.team-row').nth(i).locator('rect.cell').count(), places);
    assert.equal(await p.locator('table.forecast tbody tr').count(), rows);
    assert.equal(await p.getByRole('columnheader', { name: 'Champion', exact: true }).count(), 1);
    await p.screenshot({ path: `${SCREENSHOTS}/forecast-inca-en.png`, fullPage: true });
    const before = await p.locator('[data-forecast-version]').getAttribute('data-forecast-version');

    const res = await fetch(
      `${peru.server.url}/api/seasons/peru-2014/matches/${encodeURIComponent(UNKNOWN)}/result`,
      { method: 'PUT', headers: bearer(TOKENS.incaRecorder), body: JSON.stringify({ score: '2-1' }) },
    );
    assert.ok(res.ok, await res.text());
    // The fact makes the page read itself (the new version's runs under way), then the forecast
    // event brings the forecast of the new version.
    const version = p.locator(`[data-forecast-version]:not([data-forecast-version="${before}"])`);
    await version.waitFor({ timeout: 60_000 });
    assert.equal(
      await p.evaluate<number>("performance.getEntriesByType('navigation').length"),
      1,
      'the page was not reloaded',
    );
    await p.close();
  });

  it('speaks Spanish, and the API gives the same forecast in the simulate --json contract', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const p = await peru.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'es-PE' });
    await p.goto(`${peru.server.url}${INCA_FORECAST}&lang=es`);
    await p.waitForSelector('svg.heat-map', { timeout: 60_000 });
    assert.equal(await p.locator('h1').textContent(), 'Torneo del Inca: pronóstico');
    assert.equal(await p.getByRole('columnheader', { name: 'Campeón', exact: true }).count(), 1);
    await p.screenshot({ path: `${SCREENSHOTS}/forecast-inca-es.png`, fullPage: true });
    const shown = await p.locator('[data-forecast-version]').getAttribute('data-forecast-version');
    await p.close();

    const api = (await (
      await fetch(`${peru.server.url}/api/seasons/peru-2014/competitions/torneo-del-inca/forecast?runs=20`)
    ).json()) as {
      runs: number;
      seed: number;
      version: string;
      teams: { team: string; positions: number[]; champion: number }[];
    };
    assert.equal(api.runs, 20);
    assert.equal(api.seed, 1);
    assert.equal(api.version, shown, 'the page and the API share one simulation of this version');
    const champions = api.teams.reduce((a, r) => a + r.champion, 0);
    assert.ok(Math.abs(champions - 1) < 1e-9, `one champion a run (${champions})`);
    const refused = await fetch(
      `${peru.server.url}/api/seasons/peru-2014/competitions/torneo-del-inca/forecast?runs=0`,
    );
    assert.equal(refused.status, 400);
  });
});
