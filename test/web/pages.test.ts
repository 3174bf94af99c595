import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { peruApp, TOKENS, type TestApp } from '../http/test-app.ts';

const FINAL = encodeURIComponent('torneo-del-inca/final/2014-05-21/alianza-lima-v-universidad-san-martin');
const PAGES = [
  '/seasons/peru-2014',
  '/seasons/peru-2014/competitions/torneo-del-inca',
  '/seasons/peru-2014/competitions/copa-peru',
  '/seasons/peru-2014/competitions/descentralizado',
  '/seasons/peru-2014/competitions/reservas',
  '/seasons/peru-2014/competitions/torneo-del-inca/article',
  '/seasons/peru-2014/teams/alianza-lima',
  `/seasons/peru-2014/matches/${FINAL}`,
  '/seasons/peru-2014/sign-in',
];

describe('the pages, as HTML', () => {
  let t: TestApp;
  before(async () => (t = await peruApp()));
  after(() => t.close());

  const page = async (url: string, headers: Record<string, string> = {}) => {
    const res = await t.app.request(url, { headers });
    return { res, text: await res.text() };
  };

  for (const lang of ['es', 'en'] as const) {
    it(`renders every page in ${lang === 'es' ? 'Spanish' : 'English'}, with no placeholder left unfilled`, async () => {
      for (const url of PAGES) {
        const { res, text } = await page(`${url}?lang=${lang}`);
        assert.equal(res.status, 200, url);
        assert.match(text, new RegExp(`<html lang="${lang}">`), url);
        assert.doesNotMatch(
          text.replace(/<script[\s\S]*?<\/script>|<svg[\s\S]*?<\/svg>/g, ''),
          /\{[a-z]+\}/,
          `${url}: a label placeholder was not filled`,
        );
      }
    });
  }

  it('gives every data table a caption and headers with a scope', async () => {
    for (const url of PAGES.slice(0, 5)) {
      const { text } = await page(url);
      const tables = text.match(/<table class="data[\s\S]*?<\/table>/g) ?? [];
      for (const table of tables) {
        assert.match(table, /<caption/, `${url}: a table without a caption`);
        assert.doesNotMatch(table, /<th(?=[\s>])(?![^>]*scope=)[^>]*>/, `${url}: a <th> without scope`);
      }
    }
  });

  it('puts a notice before a table computed from incomplete results, and never calls a finished season provisional', async () => {
    const { text } = await page('/seasons/peru-2014/competitions/torneo-del-inca?lang=en');
    const notice = text.indexOf('<div class="partial-notice" role="note">');
    assert.ok(
      notice > 0 && notice < text.indexOf('<table class="data standings"'),
      'the notice comes before the table',
    );
    assert.match(
      text.slice(notice),
      /^<div class="partial-notice" role="note">\s*<p><strong>Incomplete table: the stage is over, but only 4 of 56 matches have a recorded result\.<\/strong><\/p>/,
    );
    assert.match(text, /46 of the 56 matches are not recorded at all/);
    // The recorded winner leads, with its sources, before the notice and the derived table.
    const recorded = text.indexOf('<div class="recorded-outcome" role="note">');
    assert.ok(recorded > 0 && recorded < notice, 'the recorded outcome comes first');
    assert.match(
      text.slice(recorded, notice),
      /Recorded \(sources: <a href="https:\/\/a\.osmarks\.net[^"]*" rel="nofollow noopener">2014 Torneo del Inca<\/a>/,
    );
    assert.match(text.slice(recorded, notice), /: winner Alianza Lima\./);
    const copa = (await page('/seasons/peru-2014/competitions/copa-peru?lang=es')).text;
    const departmental = copa.slice(
      copa.indexOf('id="live-departmental"'),
      copa.indexOf('id="live-regional"'),
    );
    assert.doesNotMatch(
      departmental,
      /<table class="data standings"/,
      'no table of zeros for a stage known only by its outcome',
    );
    assert.equal(departmental.match(/Solo se conoce su desenlace/g)?.length, 25);
    const district = copa.slice(copa.indexOf('id="live-district"'), copa.indexOf('id="live-provincial"'));
    assert.match(
      district,
      /Etapa Distrital: no hay nada registrado \(ni grupos, ni equipos, ni resultados\)\./,
    );
    assert.match(
      departmental,
      /Registrado \(fuente: 2014 Copa Perú \(Wikipedia en inglés, copia de partida\)\): clasificados: Bagua Grande y Defensor Libertad\./,
    );
    assert.match(text, /<caption>\s*Group A — incomplete: results missing\s*<\/caption>/);
    const es = (await page('/seasons/peru-2014/competitions/torneo-del-inca?lang=es')).text;
    assert.match(
      es,
      /Tabla incompleta: la fase terminó, pero solo 4 de 56 partidos tienen resultado registrado\./,
    );
    for (const comp of ['torneo-del-inca', 'descentralizado', 'reservas', 'copa-peru'])
      for (const lang of ['en', 'es']) {
        const captions =
          (await page(`/seasons/peru-2014/competitions/${comp}?lang=${lang}`)).text.match(
            /<caption>[\s\S]*?<\/caption>/g,
          ) ?? [];
        for (const c of captions) assert.doesNotMatch(c, /provisional/, `${comp} (${lang}): ${c}`);
      }
  });

  it('shows a played match whose result nobody recorded as a dash with the reason, never as 0–0', async () => {
    const { text } = await page('/seasons/peru-2014/competitions/torneo-del-inca?lang=es');
    assert.match(
      text,
      /<span class="unknown" title="Jugado, pero el resultado no se conoce" aria-hidden="true">—<\/span\s*><span class="sr">Jugado, pero el resultado no se conoce<\/span>/,
    );
    assert.match(text, /\d+ partidos? se jug(aron|ó) pero no se conocen? sus? resultados?/);
    assert.doesNotMatch(
      text,
      /Real Garcilaso<\/a><\/th>\s*<td[^>]*><a[^>]*>0–0/,
      'an unknown result is never written 0–0',
    );
  });

  it('names stages, groups and reserve teams in the page language, from the data and the dictionary', async () => {
    const es = (await page('/seasons/peru-2014/competitions/reservas?lang=es')).text;
    assert.match(es, /Primera etapa \(Torneo del Inca\)/);
    assert.match(es, /Grupo A/);
    assert.match(es, /Melgar \(reservas\)/);
    assert.doesNotMatch(es, /\(reserves\)|First stage|Group A/);
    const en = (await page('/seasons/peru-2014/competitions/reservas?lang=en')).text;
    assert.match(en, /Melgar \(reserves\)/);
    assert.match(en, /Group A/);
  });

  it('explains tie-breaks in the page language', async () => {
    assert.match(
      (await page('/seasons/peru-2014/competitions/torneo-del-inca?lang=es')).text,
      /Alianza Lima &gt; Unión Comercio por diferencia de goles/,
    );
    assert.match(
      (await page('/seasons/peru-2014/competitions/torneo-del-inca?lang=en')).text,
      /Alianza Lima &gt; Unión Comercio on goal difference/,
    );
  });

  it('writes form in the page language (G/E/P in Spanish), said in words to a screen reader', async () => {
    const es = (await page('/seasons/peru-2014/competitions/torneo-del-inca?lang=es')).text;
    const cristal =
      /<th scope="row">[\s\S]*?Sporting Cristal[\s\S]*?<td class="form hide-narrow">([\s\S]*?)<\/td>/.exec(
        es,
      )![1]!;
    assert.match(
      cristal,
      /<span class="sr">Últimos resultados, del más antiguo al más reciente: ganado, ganado<\/span/,
    );
    assert.match(cristal, /title="ganado" aria-hidden="true">G<\/span>/);
    assert.doesNotMatch(es, /aria-hidden="true">[WDL]<\/span>/, 'no English letters on a Spanish page');
    const en = (await page('/seasons/peru-2014/competitions/torneo-del-inca?lang=en')).text;
    assert.match(en, /title="won" aria-hidden="true">W<\/span>/);
  });

  it('shows an estimated crowd as approximate, the way each language writes it', async () => {
    assert.match(
      (await page(`/seasons/peru-2014/matches/${FINAL}?lang=es`)).text,
      /<th scope="row">Asistencia<\/th>\s*<td>aprox\. 17\u202f000<\/td>/,
    );
    assert.match(
      (await page(`/seasons/peru-2014/matches/${FINAL}?lang=en`)).text,
      /<th scope="row">Attendance<\/th>\s*<td>c\. 17,000<\/td>/,
    );
  });

  it('writes negative points with a minus sign, and says which teams go through', async () => {
    const { text } = await page('/seasons/peru-2014/competitions/torneo-del-inca?lang=en');
    assert.match(text, /<td class="pts">−3<\/td>/, 'Cienciano, docked four points');
    assert.match(text, /class="legend"[\s\S]*?Goes through, as a source recorded it/);
  });

  it('takes the language from Accept-Language when nothing was chosen', async () => {
    const { text } = await page('/seasons/peru-2014', { 'Accept-Language': 'en-GB,en;q=0.9' });
    assert.match(text, /<html lang="en">/);
  });

  it('answers a repeated page view with 304 while the season has not changed', async () => {
    const first = await t.app.request('/seasons/peru-2014/competitions/torneo-del-inca?lang=en');
    const tag = first.headers.get('ETag')!;
    assert.ok(tag);
    assert.equal(
      (
        await t.app.request('/seasons/peru-2014/competitions/torneo-del-inca?lang=en', {
          headers: { 'If-None-Match': tag },
        })
      ).status,
      304,
    );
    assert.notEqual(
      (
        await t.app.request('/seasons/peru-2014/competitions/torneo-del-inca?lang=es', {
          headers: { 'If-None-Match': tag },
        })
      ).status,
      304,
      'another language is another representation',
    );
  });

  it('sends a visitor who is not signed in from the recording form to sign in', async () => {
    const res = await t.app.request('/seasons/peru-2014/record');
    assert.equal(res.status, 303);
    assert.match(res.headers.get('Location') ?? '', /\/sign-in\?next=/);
  });

  it('refuses a token nobody issued at sign-in, and signs in with a real one (HttpOnly cookie)', async () => {
    const form = (token: string) => ({
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
      body: `token=${encodeURIComponent(token)}`,
    });
    assert.equal(
      (await t.app.request('http://localhost/seasons/peru-2014/sign-in', form('nope'))).status,
      401,
    );
    const ok = await t.app.request('http://localhost/seasons/peru-2014/sign-in', form(TOKENS.incaRecorder));
    assert.equal(ok.status, 303);
    assert.match(ok.headers.get('Set-Cookie') ?? '', /torneo_token=.*HttpOnly.*SameSite=Strict/i);
  });

  it('keeps what an official typed when a correction is refused, and says why', async () => {
    const res = await t.app.request('http://localhost/seasons/peru-2014/record?lang=en', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: 'http://localhost',
        Cookie: `torneo_token=${TOKENS.incaRecorder}`,
      },
      body: `match=${encodeURIComponent('torneo-del-inca/final/2014-05-21/alianza-lima-v-universidad-san-martin')}&expectedVersion=1&home=3&away=2`,
    });
    assert.equal(res.status, 400);
    const text = await res.text();
    assert.match(text, /a correction must say why/);
    assert.match(text, /id="home"\s+name="home"[^>]*value="3"/);
  });

  it('records goals and cards from the form, as the API would write them', async () => {
    const match = 'torneo-del-inca/groups/2014-02-16/san-simon-v-union-comercio';
    const form = new URLSearchParams({
      match,
      expectedVersion: '1',
      home: '1',
      away: '1',
      'goals.home.0.player': 'Ramírez',
      'goals.home.0.minute': '45+2',
      'goals.home.0.kind': 'penalty',
      'goals.home.1.player': '',
      'goals.home.1.minute': '',
      'goals.home.1.kind': 'goal',
      'goals.away.0.player': 'Ramírez',
      'goals.away.0.minute': '60',
      'goals.away.0.kind': 'own-goal',
      'cards.away.0.player': 'Quinteros',
      'cards.away.0.minute': '',
      'cards.away.0.card': 'red',
    });
    const res = await t.app.request('http://localhost/seasons/peru-2014/record?lang=en', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: 'http://localhost',
        Cookie: `torneo_token=${TOKENS.incaRecorder}`,
      },
      body: form.toString(),
    });
    assert.equal(res.status, 303, await res.text());
    const fact = (await (
      await t.app.request(`/api/seasons/peru-2014/facts/match/${encodeURIComponent(match)}`)
    ).json()) as { facts: { payload: Record<string, unknown> }[] };
    const written = fact.facts.at(-1)!.payload;
    assert.deepEqual(
      [written.score, written.goals, written.cards],
      [
        '1-1',
        {
          home: [{ player: 'Ramírez', minute: '45+2', kind: 'penalty' }],
          away: [{ player: 'Ramírez', minute: '60', kind: 'own-goal' }],
        },
        { home: [], away: [{ player: 'Quinteros', card: 'red' }] },
      ],
      'blank rows are left out; a card without a minute has none',
    );
  });

  it('sends the Inca final back unchanged with only a reason and keeps its half-time, shoot-out and line-ups', async () => {
    const match = 'torneo-del-inca/final/2014-05-21/alianza-lima-v-universidad-san-martin';
    const cookie = `torneo_token=${TOKENS.incaRecorder}`;
    const factUrl = `/api/seasons/peru-2014/facts/match/${encodeURIComponent(match)}`;
    const current = async () =>
      (
        (await (await t.app.request(factUrl)).json()) as { facts: { payload: Record<string, unknown> }[] }
      ).facts.at(-1)!.payload;
    const before = await current();
    const shown = await page(`/seasons/peru-2014/record?lang=en&match=${FINAL}`, { Cookie: cookie });
    assert.match(shown.text, /the shoot-out kick by kick \(9 kicks\)/);
    const form = formFields(shown.text, 'record-form');
    assert.equal(form.get('halfTime'), '0-2', 'half-time is shown');
    form.set('reason', 'checked against the match report');
    const res = await t.app.request('http://localhost/seasons/peru-2014/record?lang=en', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: 'http://localhost',
        Cookie: cookie,
      },
      body: form.toString(),
    });
    assert.equal(res.status, 303, await res.text());
    const after = await current();
    for (const k of Object.keys(before).filter((k) => k !== 'goals' && k !== 'cards'))
      assert.deepEqual(after[k], before[k], `${k} is kept`);
    const minutes = (p: Record<string, unknown>) => JSON.stringify(p.goals).match(/\d+(\+\d+)?/g);
    assert.deepEqual(minutes(after), minutes(before), 'the goals are the same goals');
  });

  it('refuses a recording form posted from another site', async () => {
    const res = await t.app.request('http://localhost/seasons/peru-2014/record', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: 'https://evil.example',
        Cookie: `torneo_token=${TOKENS.incaRecorder}`,
      },
      body: 'match=x&home=1&away=0',
    });
    assert.equal(res.status, 403);
  });

  it('shows what it does not have as an HTML page with a 404', async () => {
    const { res, text } = await page('/seasons/peru-2014/teams/boca-juniors?lang=en');
    assert.equal(res.status, 404);
    assert.match(text, /<h1>Not found<\/h1>/);
  });
});

/** The fields a browser would send for the form with this id: inputs by value, selects by the selected option. */
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
