import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { bearer, TOKENS } from '../http/test-app.ts';
import { NO_CHROMIUM, SCREENSHOTS, peruInBrowser } from './browser.ts';

const FINAL = 'torneo-del-inca/final/2014-05-21/alianza-lima-v-universidad-san-martin';
/** Inca group A, round 1: played, result not known. */
const SAN_SIMON = 'torneo-del-inca/groups/2014-02-16/san-simon-v-union-comercio';
const matchPath = (id: string) => `/seasons/peru-2014/matches/${encodeURIComponent(id)}`;
const INCA = '/seasons/peru-2014/competitions/torneo-del-inca';

/** Every kind of page, each with the elements that must stay in view on a phone. */
const PAGES = [
  { name: 'season', path: '/seasons/peru-2014', key: ['main h1'] },
  { name: 'competition-groups', path: INCA, key: ['table.standings td.pts'] },
  {
    name: 'competition-league',
    path: '/seasons/peru-2014/competitions/descentralizado',
    key: ['table.standings td.pts'],
  },
  { name: 'team', path: '/seasons/peru-2014/teams/alianza-lima', key: ['td.result'] },
  { name: 'match', path: matchPath(FINAL), key: ['.scoreline', 'table.facts'] },
  { name: 'article', path: `${INCA}/article`, key: [] },
  { name: 'sign-in', path: '/seasons/peru-2014/sign-in', key: [] },
  { name: 'api-docs', path: '/docs', key: [] },
];

/**
 * What axe calls "list" and "scrollable-region-focusable", checked in the page: every list holds
 * only list items; every box that scrolls sideways can be reached from the keyboard and has a name.
 */
const A11Y_PROBLEMS = `(() => {
  const problems = [];
  for (const list of document.querySelectorAll('ul, ol'))
    for (const child of list.children)
      if (child.tagName !== 'LI' || (child.getAttribute('role') ?? 'listitem') !== 'listitem')
        problems.push('list ' + (list.className || list.tagName) + ' holds ' + child.tagName + '[role=' + child.getAttribute('role') + ']');
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    if (!['auto', 'scroll'].includes(style.overflowX) || el.scrollWidth <= el.clientWidth) continue;
    if (el.tabIndex < 0) problems.push('scrolling ' + el.tagName + '.' + el.className + ' not focusable');
    if (el.tagName === 'DIV' && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
      problems.push('scrolling ' + el.tagName + '.' + el.className + ' has no name');
  }
  return problems;
})()`;

describe('the pages on a 390 px phone', () => {
  const peru = peruInBrowser();

  const open = async (path: string, width: number, lang = 'en'): Promise<Page> => {
    const p = await peru.browser!.newPage({ viewport: { width, height: 844 } });
    await p.goto(`${peru.server.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
    return p;
  };

  it('keeps every page kind within 390 px, with points, results and the match in view, lists and scrolling boxes accessible', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    for (const { name, path, key } of PAGES) {
      const p = await open(path, 390);
      assert.ok(
        (await p.evaluate<number>('document.documentElement.scrollWidth')) <= 390,
        `${name}: the page is no wider than the screen`,
      );
      for (const selector of key) {
        const boxes = p.locator(selector);
        const n = await boxes.count();
        assert.ok(n > 0, `${name}: ${selector} is on the page`);
        for (let i = 0; i < Math.min(n, 12); i++) {
          const box = await boxes.nth(i).boundingBox();
          assert.ok(
            box && box.x >= 0 && box.x + box.width <= 390 + 0.5,
            `${name}: ${selector} #${i} is in view without scrolling sideways (${box?.x}+${box?.width})`,
          );
        }
      }
      assert.deepEqual(await p.evaluate<string[]>(A11Y_PROBLEMS), [], name);
      await p.screenshot({ path: `${SCREENSHOTS}/phone-${name}-390.png` });
      await p.close();
      const wide = await open(path, 1280);
      assert.deepEqual(await wide.evaluate<string[]>(A11Y_PROBLEMS), [], `${name} (desktop)`);
      await wide.screenshot({ path: `${SCREENSHOTS}/phone-${name}-1280.png` });
      await wide.close();
    }
  });

  it('writes the final’s result one way on the match page, the bracket, the article and the team page', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const text = async (path: string, selector: string, lang = 'en') => {
      const p = await open(path, 1280, lang);
      const s = ((await p.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ');
      await p.close();
      return s;
    };
    const ONE_WAY = /2–2 \(3–3 a\.e\.t\., 5–3 pens\)/;
    assert.match(await text(matchPath(FINAL), '.scoreline'), ONE_WAY);
    assert.match(await text(INCA, 'ol.bracket'), ONE_WAY);
    assert.doesNotMatch(await text(INCA, 'ol.bracket'), /\(5\)/, 'no side\u2019s lone "3 (5)"');
    assert.match(await text(`${INCA}/article`, '.article'), ONE_WAY);
    assert.match(await text('/seasons/peru-2014/teams/alianza-lima', '#team-live table'), ONE_WAY);
    assert.match(await text(matchPath(FINAL), '.scoreline', 'es'), /2–2 \(3–3 t\. s\., 5–3 pen\.\)/);
  });

  it('marks each result on a team page won, drawn or lost, for screen readers too', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const p = await open('/seasons/peru-2014/teams/alianza-lima', 390);
    const final = p.locator('#team-live tbody tr', { hasText: 'Universidad San Martín' }).last();
    assert.equal(await final.locator('.outcome').textContent(), 'D', 'level after extra time: drawn');
    assert.match((await final.locator('td.result').textContent()) ?? '', /drawn:/);
    const marks = await p.locator('#team-live .outcome').allTextContents();
    assert.ok(marks.includes('W') && marks.includes('L'), `wins and defeats marked: ${marks.join('')}`);
    await p.close();
  });

  it('lists what each version of a match changed in its history', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const put = (body: object) =>
      fetch(`${peru.server.url}/api/seasons/peru-2014/matches/${encodeURIComponent(SAN_SIMON)}/result`, {
        method: 'PUT',
        headers: bearer(TOKENS.incaRecorder),
        body: JSON.stringify(body),
      });
    assert.equal((await put({ score: '1-0' })).status, 201);
    assert.equal((await put({ score: '1-1', halfTime: '0-0', reason: 'late equaliser missed' })).status, 201);
    const p = await open(matchPath(SAN_SIMON), 390);
    // The match as loaded (played, score not known), then the two writes.
    const versions = p.locator('ol.history > li');
    const n = await versions.count();
    assert.ok(n >= 2);
    assert.match(((await versions.nth(n - 2).textContent()) ?? '').replace(/\s+/g, ' '), /score: 1-0/);
    const second = ((await versions.nth(n - 1).textContent()) ?? '').replace(/\s+/g, ' ');
    assert.match(second, /late equaliser missed/);
    assert.match(second, /score: 1-0 → 1-1/);
    assert.match(second, /halfTime: 0-0/);
    assert.ok((await p.evaluate<number>('document.documentElement.scrollWidth')) <= 390);
    await p.screenshot({ path: `${SCREENSHOTS}/phone-match-history-390.png`, fullPage: true });
    await p.close();
  });
});
