import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { TOKENS } from '../http/test-app.ts';
import { NO_CHROMIUM, SCREENSHOTS, peruInBrowser } from './browser.ts';

const FINAL = 'torneo-del-inca/final/2014-05-21/alianza-lima-v-universidad-san-martin';
const UNKNOWN = 'torneo-del-inca/groups/2014-02-15/real-garcilaso-v-sporting-cristal';
/** Juan Aurich v Inti Gas, Inca round 1: played, result not known. */
const AURICH_INTI = 'torneo-del-inca/groups/2014-02-15/juan-aurich-v-inti-gas';
const INCA = '/seasons/peru-2014/competitions/torneo-del-inca';

describe('the season in a browser', () => {
  const peru = peruInBrowser();

  const page = async (path: string, width = 1280): Promise<Page> => {
    const p = await peru.browser!.newPage({ viewport: { width, height: 900 }, locale: 'es-PE' });
    await p.goto(`${peru.server.url}${path}`);
    return p;
  };
  // A full-page picture of a long page (the API documentation) can take a while on a busy machine.
  const shot = (p: Page, name: string) =>
    p.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true, timeout: 120_000 });

  it('opens the season: infobox, competitions with champions, links applied', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const p = await page('/');
    assert.equal(await p.locator('h1').textContent(), 'Temporada 2014 del fútbol peruano');
    assert.equal(await p.getAttribute('html', 'lang'), 'es');
    assert.match(
      (await p.locator('.infobox').textContent()) ?? '',
      /Campeón — Torneo del Inca\s*Alianza Lima/,
    );
    assert.ok((await p.locator('table caption', { hasText: 'Vínculos aplicados' }).count()) === 1);
    const links = p.locator('.table-wrap', { has: p.locator('table.links') });
    assert.ok(
      await links.evaluate((box) => box.scrollWidth <= box.clientWidth),
      'the links table fits its box beside the infobox: its last column is not cut off',
    );
    const effect = await p.locator('table.links th', { hasText: 'Efecto' }).boundingBox();
    const box = await links.boundingBox();
    assert.ok(effect && box && effect.x + effect.width <= box.x + box.width + 1, 'Efecto is in view');
    await shot(p, 'season-es');
    await p.close();
  });

  it('shows a group table as a real table, with tie-break notes and unknown results said as such', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const p = await page(INCA);
    const table = p.locator('table.standings').first();
    assert.match(
      (await table.locator('caption').textContent()) ?? '',
      /Group A — incomplete: results missing|Grupo A — incompleta: faltan resultados/,
    );
    assert.equal(await table.locator('thead th[scope="col"]').count(), 11);
    assert.equal(await table.locator('tbody th[scope="row"]').count(), 8);
    assert.ok(
      (await p.locator('text=/no se conocen? sus? resultados?/').count()) > 0,
      'unknown results are said, not counted',
    );
    assert.ok(
      (await p.locator('.matrix .unknown').count()) > 0,
      'the results matrix shows unknown results as a dash',
    );
    await shot(p, 'competition-inca-es');
    await p.close();
  });

  it('shows the final with its shoot-out kick by kick', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const p = await page(`/seasons/peru-2014/matches/${encodeURIComponent(FINAL)}`);
    const rows = p.locator('table.shootout tbody tr');
    assert.equal(await rows.count(), 9);
    assert.match((await rows.nth(5).textContent()) ?? '', /Carlos Fernández\s*atajado\s*3–2/);
    assert.match((await p.locator('.scoreline').textContent()) ?? '', /2–2 \(3–3 t\. s\., 5–3 pen\.\)/);
    await shot(p, 'final-shootout-es');
    await p.close();
  });

  it('switches language with the switch, and every label follows', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const p = await page(`/seasons/peru-2014/matches/${encodeURIComponent(FINAL)}`);
    await p.getByRole('link', { name: 'English' }).click();
    await p.waitForURL(/lang=en/);
    assert.equal(await p.getAttribute('html', 'lang'), 'en');
    assert.equal(await p.locator('h2#shootout').textContent(), 'Penalty shoot-out');
    assert.match((await p.locator('table.shootout').textContent()) ?? '', /saved/);
    await shot(p, 'final-shootout-en');
    await p.goto(`${peru.server.url}${INCA}`);
    assert.equal(await p.getAttribute('html', 'lang'), 'en', 'the choice is remembered');
    await p.getByRole('link', { name: 'Español' }).click();
    await p.waitForURL(/lang=es/);
    assert.equal(await p.getAttribute('html', 'lang'), 'es');
    await p.close();
  });

  it('is usable from the keyboard: the first Tab reaches "skip to content"', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const p = await page(INCA);
    await p.keyboard.press('Tab');
    assert.equal(await p.evaluate('document.activeElement?.className'), 'skip');
    await p.keyboard.press('Enter');
    assert.equal(await p.evaluate('location.hash'), '#main');
    await p.close();
  });

  it('fits a phone: nothing wider than the screen, tables scroll inside their box', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const p = await page(INCA, 390);
    assert.ok((await p.evaluate<number>('document.documentElement.scrollWidth')) <= 390);
    await shot(p, 'competition-inca-phone');
    const season = await page('/seasons/peru-2014', 390);
    assert.ok((await season.evaluate<number>('document.documentElement.scrollWidth')) <= 390);
    await shot(season, 'season-phone');
    await Promise.all([p.close(), season.close()]);
  });

  it('documents the API on a page that loads nothing from another host (no internet needed)', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const p = await peru.browser!.newPage({ viewport: { width: 1280, height: 900 } });
    const elsewhere: string[] = [];
    p.on('request', (r) => {
      if (!r.url().startsWith(peru.server.url) && !r.url().startsWith('data:')) elsewhere.push(r.url());
    });
    await p.goto(`${peru.server.url}/docs`, { waitUntil: 'networkidle' });
    assert.deepEqual(elsewhere, [], 'every request stays on this server');
    assert.equal(await p.locator('h1').first().textContent(), 'Torneo API 0.1.0');
    assert.ok((await p.locator('section.op').count()) >= 17, 'every operation');
    const put = p.locator('#op-put-api-seasons-season-matches-match-result');
    await put.locator('details.example summary').click();
    assert.match(
      (await put.locator('details.example pre').textContent()) ?? '',
      /curl -X PUT '.*\/api\/seasons\/peru-2014\/matches\/torneo-del-inca%2Ffinal/,
    );
    await shot(p, 'api-docs');
    await p.close();
  });

  it('lets an official sign in, record a result, and a second open page update its table live', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const watcher = await (
      await peru.browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
    await watcher.goto(`${peru.server.url}${INCA}?lang=en`);
    await watcher.waitForSelector('#live-status[data-state="live"]');
    const row = watcher.locator('table.standings').first().locator('tr', { hasText: 'Real Garcilaso' });
    assert.match((await row.textContent()) ?? '', /Real Garcilaso\s*0\s*0\s*0\s*0/);

    const official = await (
      await peru.browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
    await official.goto(`${peru.server.url}/seasons/peru-2014/record?lang=en`);
    await official.waitForURL(/sign-in/);
    await official.getByLabel('Access token').fill(TOKENS.incaRecorder);
    await official.getByRole('button', { name: 'Sign in' }).click();
    await official.waitForURL(/\/record/);
    await official.getByLabel('Match').selectOption(UNKNOWN);
    await official.getByRole('button', { name: 'Show' }).click();
    await official.getByLabel(/Home goals/).fill('2');
    await official.getByLabel(/Away goals/).fill('1');
    await shot(official, 'record-form-en');
    await official.getByRole('button', { name: 'Record', exact: true }).click();
    await official.waitForSelector('.flash');
    assert.match((await official.locator('.flash').textContent()) ?? '', /Recorded: .*version 2/);

    // Played 1, won 1, drawn 0, lost 0, 2 for, 1 against: the row changed in place.
    await watcher.waitForFunction(
      String.raw`/Real Garcilaso\s*1\s*1\s*0\s*0\s*2\s*1/.test(document.querySelector('table.standings tbody')?.textContent ?? '')`,
      undefined,
      { timeout: 10_000 },
    );
    assert.equal(
      await watcher.evaluate<number>("performance.getEntriesByType('navigation').length"),
      1,
      'the page was not reloaded',
    );
    assert.match((await watcher.locator('#live-note').textContent()) ?? '', /a new fact was recorded/);
    await shot(watcher, 'competition-inca-live-update');
    await Promise.all([watcher.context().close(), official.context().close()]);
  });

  it('lets an official record goals and cards on the form, checked as the API checks them', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const p = await (
      await peru.browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'es-PE' })
    ).newPage();
    await p.goto(
      `${peru.server.url}/seasons/peru-2014/sign-in?lang=es&next=${encodeURIComponent('/seasons/peru-2014/record')}`,
    );
    await p.getByLabel('Token de acceso').fill(TOKENS.incaRecorder);
    await p.getByRole('button', { name: 'Iniciar sesión' }).click();
    await p.waitForURL(/\/record/);
    await p.getByLabel('Partido').selectOption(AURICH_INTI);
    await p.getByRole('button', { name: 'Mostrar' }).click();
    await p.getByLabel(/Goles del local/).fill('2');
    await p.getByLabel(/Goles del visitante/).fill('1');
    const row = (list: string, n: number, field: string) =>
      p.getByLabel(`${list}, fila ${n}: ${field}`, { exact: true });
    await row('Goles de Juan Aurich', 1, 'Goleador').fill('Germán Pacheco');
    await row('Goles de Juan Aurich', 1, 'Minuto').fill('23');
    await row('Goles de Inti Gas', 1, 'Goleador').fill('Carlos Orejuela');
    await row('Goles de Inti Gas', 1, 'Minuto').fill('90+2');
    await row('Tarjetas de Juan Aurich', 1, 'Jugador').fill('Germán Pacheco');
    await row('Tarjetas de Juan Aurich', 1, 'Minuto').fill('80');
    await row('Tarjetas de Juan Aurich', 1, 'Tarjeta').selectOption('yellow');
    await p.getByRole('button', { name: 'Registrar', exact: true }).click();

    // Two home goals in the score, one scorer: refused as the API refuses it, nothing lost.
    const alert = p.getByRole('alert');
    await alert.waitFor();
    assert.match(
      (await alert.textContent()) ?? '',
      /Goles de Juan Aurich: la lista tiene 1 gol, pero el marcador le da 2/,
    );
    assert.equal(await p.locator('#goals-home').getAttribute('aria-describedby'), 'goals-home-error');
    assert.equal(await row('Goles de Inti Gas', 1, 'Minuto').inputValue(), '90+2', 'what was typed is kept');
    await shot(p, 'record-goals-refused');

    await row('Goles de Juan Aurich', 2, 'Goleador').fill('Germán Pacheco');
    await row('Goles de Juan Aurich', 2, 'Minuto').fill('78');
    await row('Goles de Juan Aurich', 2, 'Tipo').selectOption('penalty');
    await p.getByRole('button', { name: 'Registrar', exact: true }).click();
    await p.waitForSelector('.flash');
    await shot(p, 'record-goals-done');

    await p.goto(`${peru.server.url}/seasons/peru-2014/matches/${encodeURIComponent(AURICH_INTI)}`);
    const timeline = (await p.locator('ol.timeline').textContent()) ?? '';
    assert.match(timeline, /23'\s*Gol\s*—\s*Germán Pacheco/);
    assert.match(timeline, /78'\s*Gol \(penal\)\s*—\s*Germán Pacheco/);
    assert.match(timeline, /80'\s*Tarjeta amarilla\s*—\s*Germán Pacheco/);
    assert.match(timeline, /90\+2'\s*Gol\s*—\s*Carlos Orejuela/);
    await p.context().close();
  });

  it('sends the Inca final back from the form unchanged and keeps its half-time and shoot-out', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const p = await (
      await peru.browser!.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' })
    ).newPage();
    await p.goto(
      `${peru.server.url}/seasons/peru-2014/sign-in?lang=en&next=${encodeURIComponent(`/seasons/peru-2014/record?match=${encodeURIComponent(FINAL)}`)}`,
    );
    await p.getByLabel('Access token').fill(TOKENS.incaRecorder);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.waitForURL(/\/record/);
    assert.equal(await p.locator('#halfTime').inputValue(), '0-2');
    assert.match((await p.locator('#kept-note').textContent()) ?? '', /9 kicks/);
    await shot(p, 'record-final-390');
    await p.locator('#reason').fill('checked against the match report');
    await p.getByRole('button', { name: 'Record', exact: true }).click();
    await p.waitForSelector('.flash');
    await p.goto(`${peru.server.url}/seasons/peru-2014/matches/${encodeURIComponent(FINAL)}?lang=en`);
    const body = (await p.locator('main').textContent()) ?? '';
    assert.match(body, /0–2/, 'the half-time score is still shown');
    assert.match(body, /Junior Ponce/, 'the shoot-out kick by kick is still shown');
    await p.context().close();
  });

  it('keeps to its content security policy: no page needs an inline script or style', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const p = await peru.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const violations: string[] = [];
    p.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    for (const path of [
      '/seasons/peru-2014',
      INCA,
      `/seasons/peru-2014/matches/${encodeURIComponent(FINAL)}`,
      '/seasons/peru-2014/sign-in',
      '/docs',
    ]) {
      const res = await p.goto(`${peru.server.url}${path}`);
      assert.match(res?.headers()['content-security-policy'] ?? '', /script-src 'self'/, path);
      // The stylesheet applied (a style blocked by the policy would leave the default font).
      assert.notEqual(
        await p.evaluate<string>('getComputedStyle(document.body).fontFamily'),
        'Times New Roman',
        path,
      );
    }
    assert.deepEqual(violations, []);
    await p.close();
  });
});
