import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bearer, peruApp, TOKENS } from './test-app.ts';

const UNKNOWN = 'torneo-del-inca/groups/2014-02-15/real-garcilaso-v-sporting-cristal';
const MATCH_PAGE = `/seasons/peru-2014/matches/${encodeURIComponent(UNKNOWN)}`;

describe('responses kept per season version', () => {
  it('renders a page once per version and language, and a recorded result shows at once', async () => {
    const t = await peruApp();
    let renders = 0; // the match page reads the match's history each time it is rendered
    const history = t.catalog.history.bind(t.catalog);
    t.catalog.history = (...args) => {
      renders++;
      return history(...args);
    };
    const get = async (path: string, headers: Record<string, string> = {}) => {
      const res = await t.app.request(path, { headers });
      return { etag: res.headers.get('ETag'), text: await res.text(), status: res.status };
    };

    const first = await get(MATCH_PAGE, { 'Accept-Language': 'es' });
    const again = await get(MATCH_PAGE, { 'Accept-Language': 'es', Cookie: 'analytics=1' });
    assert.equal(renders, 1, 'the same version, URL and language: sent again, not rendered again');
    assert.equal(again.text, first.text);
    assert.equal(again.etag, first.etag, 'cookies that are not Torneo’s do not change the representation');
    const english = await get(MATCH_PAGE, { 'Accept-Language': 'en' });
    assert.equal(renders, 2, 'another language is another representation');
    assert.notEqual(english.etag, first.etag);
    assert.match(english.text, /<html lang="en">/);

    const write = await t.app.request(
      `/api/seasons/peru-2014/matches/${encodeURIComponent(UNKNOWN)}/result`,
      { method: 'PUT', headers: bearer(TOKENS.incaRecorder), body: JSON.stringify({ score: '3-0' }) },
    );
    assert.equal(write.status, 201);
    renders = 0;
    const after = await get(MATCH_PAGE, { 'Accept-Language': 'es' });
    assert.equal(renders, 1, 'a new version is rendered anew');
    assert.notEqual(after.etag, first.etag);
    assert.match(after.text, /3–0/);
    const notModified = await t.app.request(MATCH_PAGE, {
      headers: { 'Accept-Language': 'es', 'If-None-Match': after.etag! },
    });
    assert.equal(notModified.status, 304);
    await t.close();
  });
});
