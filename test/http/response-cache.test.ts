import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
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

  it('sends a kept response compressed in the coding the client takes, compressed once', async () => {
    const t = await peruApp();
    const table = '/api/seasons/peru-2014/competitions/torneo-del-inca/stages/groups/tables';
    const plain = await t.app.request(table);
    const text = await plain.text();
    assert.equal(plain.headers.get('Content-Encoding'), null, 'nothing asked for, nothing compressed');
    assert.match(plain.headers.get('Vary') ?? '', /Accept-Encoding/);
    const decoded = async (coding: string, decode: (b: Buffer) => Buffer) => {
      const res = await t.app.request(table, { headers: { 'Accept-Encoding': coding } });
      const body = Buffer.from(await res.arrayBuffer());
      assert.equal(Number(res.headers.get('Content-Length')), body.byteLength);
      assert.ok(body.byteLength < Buffer.byteLength(text), `${coding} is smaller than the plain body`);
      return { encoding: res.headers.get('Content-Encoding'), text: decode(body).toString('utf8') };
    };
    assert.deepEqual(await decoded('gzip, deflate', gunzipSync), { encoding: 'gzip', text });
    assert.deepEqual(await decoded('gzip, deflate, br', brotliDecompressSync), { encoding: 'br', text });
    assert.deepEqual(await decoded('br;q=0, gzip', gunzipSync), { encoding: 'gzip', text });
    await t.close();
  });

  it('builds the OpenAPI document and the API page once, tags them and answers 304', async () => {
    const t = await peruApp();
    for (const path of ['/openapi.json', '/docs']) {
      const first = await t.app.request(path, { headers: { 'Accept-Encoding': 'br' } });
      const again = await t.app.request(path, { headers: { 'Accept-Encoding': 'br' } });
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('Content-Encoding'), 'br');
      const [a, b] = [Buffer.from(await first.arrayBuffer()), Buffer.from(await again.arrayBuffer())];
      assert.ok(a.equals(b), `${path}: the same bytes again`);
      const tag = again.headers.get('ETag');
      assert.ok(tag, `${path} has an ETag`);
      const notModified = await t.app.request(path, { headers: { 'If-None-Match': tag } });
      assert.equal(notModified.status, 304, path);
    }
    const doc = JSON.parse(
      brotliDecompressSync(
        Buffer.from(
          await (
            await t.app.request('/openapi.json', { headers: { 'Accept-Encoding': 'br' } })
          ).arrayBuffer(),
        ),
      ).toString('utf8'),
    ) as { openapi: string };
    assert.match(doc.openapi, /^3\.1/);
    await t.close();
  });
});
