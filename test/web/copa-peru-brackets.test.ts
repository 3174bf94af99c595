// The Copa Perú page shows the bracket of every stage: Defensor Bolívar's exclusion with its
// reason (seed 001, Region I), the national rounds from the round of 16 (rpp-740652, S45) and the
// rounds' own names in Spanish.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { peruApp, type TestApp } from '../http/test-app.ts';

describe('the Copa Perú page, its brackets', () => {
  let t: TestApp;
  before(async () => (t = await peruApp()));
  after(() => t.close());

  const page = async (lang: 'en' | 'es') => {
    const res = await t.app.request(`/seasons/peru-2014/competitions/copa-peru?lang=${lang}`);
    assert.equal(res.status, 200);
    return res.text();
  };

  it('shows Defensor Bolívar’s exclusion with its reason, and every national round', async () => {
    const html = await page('en');
    assert.match(html, /Defensor Bolívar/);
    assert.match(html, /unsportsmanlike conduct late in the first leg/);
    for (const round of [
      'Round of 16',
      'Quarter-finals',
      'Semi-finals',
      'Region I semi-finals',
      'Regional final',
    ])
      assert.ok(html.includes(`<h3>${round}</h3>`), round);
    assert.match(html, /Unión Pichanaki/);
  });

  it('names the rounds in Spanish on the Spanish page', async () => {
    const html = await page('es');
    for (const round of ['Octavos de final', 'Cuartos de final', 'Región I — semifinales', 'Final regional'])
      assert.ok(html.includes(`<h3>${round}</h3>`), round);
    assert.match(html, /Definiciones regionales|Región IV/);
  });
});
