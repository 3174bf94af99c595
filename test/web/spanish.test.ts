import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { TOKENS } from '../http/test-app.ts';
import { NO_CHROMIUM, SCREENSHOTS, peruInBrowser } from './browser.ts';
import { englishIn } from './english-words.ts';

const S = '/seasons/peru-2014';
const match = (id: string) => `${S}/matches/${encodeURIComponent(id)}`;
const COMPETITIONS = ['torneo-del-inca', 'descentralizado', 'copa-peru', 'reservas'];
/** Juan Aurich v Inti Gas, Inca round 1: played, result not known. */
const AURICH_INTI = 'torneo-del-inca/groups/2014-02-15/juan-aurich-v-inti-gas';
const FORECAST = `${S}/competitions/torneo-del-inca/forecast?runs=20`;

/** Every kind of reading page of the Peru season, and the error pages a visitor can meet. */
const PAGES: readonly { name: string; path: string; status?: number }[] = [
  { name: 'season', path: S },
  { name: 'season-as-of-2014-02-13', path: `${S}?asOf=2014-02-13` },
  ...COMPETITIONS.map((c) => ({ name: `competition-${c}`, path: `${S}/competitions/${c}` })),
  { name: 'competition-inca-as-of-2014-03-01', path: `${S}/competitions/torneo-del-inca?asOf=2014-03-01` },
  { name: 'competition-descentralizado-home', path: `${S}/competitions/descentralizado?side=home` },
  ...COMPETITIONS.map((c) => ({ name: `article-${c}`, path: `${S}/competitions/${c}/article` })),
  { name: 'team', path: `${S}/teams/alianza-lima` },
  { name: 'team-reserves', path: `${S}/teams/melgar-reserves` },
  { name: 'team-copa-peru', path: `${S}/teams/sport-loreto` },
  {
    name: 'match-inca-final',
    path: match('torneo-del-inca/final/2014-05-21/alianza-lima-v-universidad-san-martin'),
  },
  { name: 'match-result-unknown', path: match(AURICH_INTI) },
  {
    name: 'match-relegation-play-off',
    path: match('descentralizado/aggregate/relegation-play-off/sport-huancayo-v-los-caimanes'),
  },
  {
    name: 'match-descentralizado-final',
    path: match('descentralizado/final/2014-12-21/sporting-cristal-v-juan-aurich'),
  },
  {
    name: 'match-copa-peru',
    path: match('copa-peru/national/semi-finals/sport-loreto-v-defensor-la-bocana'),
  },
  { name: 'api-docs', path: '/docs' },
  { name: 'not-found-page', path: `${S}/pagina-inexistente`, status: 404 },
  { name: 'not-found-team', path: `${S}/teams/equipo-inexistente`, status: 404 },
  { name: 'not-found-match', path: match('partido/inexistente'), status: 404 },
  { name: 'not-found-competition', path: `${S}/competitions/copa-inexistente`, status: 404 },
  { name: 'not-found-season', path: '/seasons/peru-1914', status: 404 },
];

/**
 * Every text the page shows or reads out (text nodes, the document's title, and the title,
 * aria-label, alt and placeholder attributes, and the data- attributes the page's script or
 * stylesheet shows: a cell's label on a phone, the live status), with the English words each
 * holds. Text inside an element marked as written in another language (`lang="en"`: the language
 * switch, the API reference) is not the page's own language, so it is skipped.
 */
const ENGLISH_ON_PAGE = `(() => {
  const spanish = (el) => !el || (el.closest('[lang]')?.getAttribute('lang') ?? 'es').startsWith('es');
  const texts = [];
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName) || !spanish(el)) continue;
    const t = n.textContent.trim();
    if (t) texts.push(t);
  }
  const shown = ['title', 'aria-label', 'alt', 'placeholder', 'data-label', 'data-live-updated', 'data-offline', 'data-template'];
  for (const el of document.querySelectorAll(shown.map((a) => '[' + a + ']').join(', ')))
    if (spanish(el))
      for (const a of shown) {
        const t = el.getAttribute(a);
        if (t) texts.push(t);
      }
  return texts;
})()`;

/** What a page says in English: "<page>: «text» (words)", one line per text. */
async function englishOn(p: Page, name: string): Promise<string[]> {
  const texts = [...new Set(await p.evaluate<string[]>(ENGLISH_ON_PAGE))];
  return texts.flatMap((t) => {
    const words = englishIn(t);
    return words.length ? [`${name}: «${t.slice(0, 160)}» (${[...new Set(words)].join(', ')})`] : [];
  });
}

/**
 * The article as wikitext or Markdown, without what is markup rather than prose: URLs, the
 * football box's own field names (`|home=`), templates' names, link targets, HTML tags.
 */
const prose = (text: string): string =>
  text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\[\^[^\]]+\]:?/g, ' ')
    .replace(/\{\{\s*[^|}]+/g, ' ')
    .replace(/\|\s*[\w -]+=\s*(yes|no)?/g, '|')
    .replace(/\[\[[^\]|]*\|/g, '[[')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/^\s*\{\|.*$/gm, ' ');

describe('the Peru season in Spanish, every page kind, on a desktop and a phone', () => {
  const peru = peruInBrowser();

  const open = async (ctx: BrowserContext, path: string, status?: number): Promise<Page> => {
    const p = await ctx.newPage();
    const res = await p.goto(`${peru.server.url}${path}${path.includes('?') ? '&' : '?'}lang=es`);
    assert.equal(res?.status(), status ?? 200, `${path} answers ${status ?? 200}`);
    assert.equal(await p.getAttribute('html', 'lang'), 'es', `${path} is a Spanish page`);
    return p;
  };

  for (const width of [1280, 390]) {
    it(`shows no English word on any page at ${width} px, nor on the recording form and its errors`, async (t) => {
      if (!peru.browser) return t.skip(NO_CHROMIUM);
      const ctx = await peru.browser.newContext({ viewport: { width, height: 900 }, locale: 'es-PE' });
      const found: string[] = [];
      // The forecast's runs are played on worker threads while the other pages are read.
      const forecast = await open(ctx, FORECAST);
      for (const { name, path, status } of PAGES) {
        const p = await open(ctx, path, status);
        found.push(...(await englishOn(p, name)));
        if (width === 390 && name !== 'api-docs')
          await p.screenshot({ path: `${SCREENSHOTS}/es-${name}-390.png`, fullPage: true });
        await p.close();
      }

      // The forecast, while its runs are played and once they are.
      found.push(...(await englishOn(forecast, 'forecast')));
      await forecast.waitForSelector('svg.heat-map', { timeout: 240_000 });
      found.push(...(await englishOn(forecast, 'forecast-made')));
      await forecast.close();

      // Signing in: the form, a refused token, then the recording form and its refusals.
      const signIn = await open(ctx, `${S}/sign-in?next=${encodeURIComponent(`${S}/record`)}`);
      found.push(...(await englishOn(signIn, 'sign-in')));
      await signIn.getByLabel('Token de acceso').fill('not-a-token');
      await signIn.getByRole('button', { name: 'Iniciar sesión' }).click();
      await signIn.waitForLoadState();
      found.push(...(await englishOn(signIn, 'sign-in-refused')));
      await signIn.getByLabel('Token de acceso').fill(TOKENS.incaRecorder);
      await signIn.getByRole('button', { name: 'Iniciar sesión' }).click();
      await signIn.waitForURL(/\/record/);
      found.push(...(await englishOn(signIn, 'record')));
      await signIn.getByLabel('Partido').selectOption(AURICH_INTI);
      await signIn.getByRole('button', { name: 'Mostrar' }).click();
      await signIn.getByLabel(/Goles del local/).fill('2');
      await signIn.getByLabel(/Goles del visitante/).fill('1');
      await signIn
        .getByLabel('Goles de Juan Aurich, fila 1: Goleador', { exact: true })
        .fill('Germán Pacheco');
      await signIn.getByLabel('Goles de Juan Aurich, fila 1: Minuto', { exact: true }).fill('23');
      await signIn.getByRole('button', { name: 'Registrar', exact: true }).click();
      await signIn.getByRole('alert').waitFor();
      found.push(...(await englishOn(signIn, 'record-refused')));
      if (width === 390)
        await signIn.screenshot({ path: `${SCREENSHOTS}/es-record-refused-390.png`, fullPage: true });
      // The same match's page, now with the link to record it.
      const signedIn = await open(ctx, match(AURICH_INTI));
      found.push(...(await englishOn(signedIn, 'match-signed-in')));
      await ctx.close();

      for (const line of found) t.diagnostic(line);
      assert.deepEqual(found, [], `English on Spanish pages at ${width} px:\n${found.join('\n')}`);
    });
  }

  it('writes the article in Spanish as wikitext and as Markdown', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    const found: string[] = [];
    for (const c of COMPETITIONS)
      for (const format of ['wikitext', 'markdown']) {
        const res = await fetch(
          `${peru.server.url}/api${S}/competitions/${c}/article?lang=es&format=${format}`,
        );
        assert.equal(res.status, 200);
        for (const line of prose(await res.text()).split('\n')) {
          const words = englishIn(line);
          if (words.length)
            found.push(`${c} ${format}: «${line.trim().slice(0, 160)}» (${words.join(', ')})`);
        }
      }
    for (const line of found) t.diagnostic(line);
    assert.deepEqual(found, [], `English in the Spanish article:\n${found.join('\n')}`);
  });
});
