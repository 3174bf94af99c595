import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { bearer, TOKENS } from '../http/test-app.ts';
import { NO_CHROMIUM, SCREENSHOTS, peruInBrowser } from './browser.ts';

/** Inca group A, round 1: played, result not known (so recording one changes every page below). */
const SAN_SIMON = 'torneo-del-inca/groups/2014-02-16/san-simon-v-union-comercio';
const LEON = 'torneo-del-inca/groups/2014-02-16/leon-de-huanuco-v-alianza-lima';
const INCA = '/seasons/peru-2014/competitions/torneo-del-inca';
const matchPath = (id: string) => `/seasons/peru-2014/matches/${encodeURIComponent(id)}`;

/** Ten pages of one season: more than the six connections a browser keeps open to one host. */
const TEN = (match: string, team: string) => [
  ...Array.from({ length: 4 }, () => matchPath(match)),
  ...Array.from({ length: 3 }, () => INCA),
  ...Array.from({ length: 3 }, () => `/seasons/peru-2014/teams/${team}`),
];

describe('live updates in many tabs of one browser', () => {
  const peru = peruInBrowser();

  const record = async (match: string, score: string, reason?: string) => {
    const res = await fetch(
      `${peru.server.url}/api/seasons/peru-2014/matches/${encodeURIComponent(match)}/result`,
      {
        method: 'PUT',
        headers: bearer(TOKENS.incaRecorder),
        body: JSON.stringify({ score, ...(reason ? { reason } : {}) }),
      },
    );
    assert.equal(res.status, 201, await res.text());
  };

  /** Opens each path in a tab of its own, in order, each page loading while the earlier ones stay open. */
  const openTabs = async (context: BrowserContext, paths: readonly string[]): Promise<Page[]> => {
    const tabs: Page[] = [];
    for (const path of paths) {
      const tab = await context.newPage();
      await tab.goto(`${peru.server.url}${path}?lang=en`, { timeout: 15_000 });
      tabs.push(tab);
    }
    for (const tab of tabs) await tab.waitForSelector('#live-status[data-state="live"]', { timeout: 15_000 });
    return tabs;
  };

  /** Every tab shows the match's new score (match pages) or says that a region changed (the others). */
  const allUpdated = async (tabs: readonly Page[], match: string, scoreline: RegExp) => {
    for (const tab of tabs) {
      await tab.locator('#live-note', { hasText: /\S/ }).waitFor({ timeout: 15_000 });
      if (tab.url().includes(encodeURIComponent(match)))
        assert.match((await tab.locator('.scoreline').textContent()) ?? '', scoreline);
      assert.equal(
        await tab.evaluate<number>("performance.getEntriesByType('navigation').length"),
        1,
        'the page was not reloaded',
      );
    }
  };

  it('opens ten tabs of a season, all live through one shared worker, and a result reaches all of them', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const context = await peru.browser.newContext({ viewport: { width: 1024, height: 700 } });
    const tabs = await openTabs(context, TEN(SAN_SIMON, 'san-simon'));
    for (const tab of tabs) assert.equal(await tab.getAttribute('body', 'data-live-via'), 'shared-worker');

    // An eleventh tab, and a navigation in the first, still load: the connections are not used up.
    const eleventh = await context.newPage();
    const res = await eleventh.goto(`${peru.server.url}/seasons/peru-2014?lang=en`, { timeout: 15_000 });
    assert.equal(res?.status(), 200);
    await tabs[0]!.reload({ timeout: 15_000 });
    await tabs[0]!.waitForSelector('#live-status[data-state="live"]', { timeout: 15_000 });
    await eleventh.close();

    await record(SAN_SIMON, '2-1');
    await allUpdated(tabs, SAN_SIMON, /\s2–1\s/);
    await tabs[4]!.screenshot({ path: `${SCREENSHOTS}/live-ten-tabs-competition.png` });
    await context.close();
  });

  it('shares one stream among ten tabs where the peru.browser has no shared workers, and hands it on when its holder closes', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const context = await peru.browser.newContext({ viewport: { width: 1024, height: 700 } });
    // Chrome for Android, for one, has no SharedWorker.
    await context.addInitScript('delete window.SharedWorker');
    const tabs = await openTabs(context, TEN(LEON, 'leon-de-huanuco'));
    for (const tab of tabs) assert.equal(await tab.getAttribute('body', 'data-live-via'), 'leader');

    await record(LEON, '0-3');
    await allUpdated(tabs, LEON, /\s0–3\s/);

    // The first tab held the stream; when it closes, another takes over and nothing is missed.
    await tabs[0]!.close();
    const rest = tabs.slice(1);
    await Promise.all(
      rest.map((tab) => tab.evaluate("document.getElementById('live-note').textContent = ''")),
    );
    await record(LEON, '1-3', 'the home goal was missed');
    await allUpdated(rest, LEON, /\s1–3\s/);
    await context.close();
  });
});
