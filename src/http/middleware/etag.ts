import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { SeasonCatalog } from '../../live/season-catalog.ts';
import { acceptsCsvFirst } from '../csv-response.ts';
import { compressBody, negotiateCoding, type ContentCoding } from './compressed-body.ts';

const SEASON_IN_PATH = /\/seasons\/([^/]+)/;
const stripWeak = (tag: string) => tag.replace(/^W\//, '');
const VARY = 'Cookie, Accept, Accept-Language, Authorization, Accept-Encoding';

/** Responses kept per season version: enough for every page and table people are looking at. */
const MOST_KEPT = 256;
const LARGEST_KEPT = 2 * 1024 * 1024;

/** Documents that do not change while the server runs: built once, kept like a season's responses. */
const FIXED_PATHS = new Set([
  '/openapi.json',
  '/docs',
  '/assets/torneo.css',
  '/assets/torneo.js',
  '/assets/torneo-live.js',
]);

interface KeptResponse {
  readonly tag: string;
  readonly body: Uint8Array;
  readonly headers: readonly [string, string][];
  readonly contentType: string;
  /** The body in each coding asked for so far; undefined: not worth compressing. */
  readonly coded: Map<ContentCoding, Uint8Array | undefined>;
}

/**
 * ETags for reads, and the responses behind them, compressed. A page or resource of a season
 * changes only when the season does, so its tag is the season's digest (its version) with what
 * else selects the representation: the URL, Torneo's own cookies (language, who is signed in),
 * the Authorization header, Accept-Language and whether Accept asks for CSV. A matching If-None-Match is answered 304 before
 * anything is computed; otherwise a response already rendered for this representation is sent
 * again instead of being rendered twice, in the coding the client accepts (brotli or gzip),
 * compressed once per version and coding, never per request. The OpenAPI document, the API's
 * page and the assets are kept the same way for the life of the server. Elsewhere (the list of
 * seasons) the tag is a digest of the body. The event stream is never tagged, nor is a response
 * marked `Cache-Control: no-store` (a page showing a forecast still being made).
 */
export function etagFor(catalog: SeasonCatalog): MiddlewareHandler {
  /** The owner of the fixed documents' responses (one per app: each app has its own). */
  const fixed = {};
  const kept = new WeakMap<object, Map<string, KeptResponse>>();
  return async (c, next) => {
    if (c.req.method !== 'GET' || c.req.path.endsWith('/events')) return next();
    const season = SEASON_IN_PATH.exec(c.req.path)?.[1];
    const snapshot = season ? await catalog.snapshot(decodeURIComponent(season)) : undefined;
    const owner = snapshot ?? (FIXED_PATHS.has(c.req.path) ? fixed : undefined);
    const ifNoneMatch = c.req.header('If-None-Match');
    if (!owner) return tagByBody(c, next, ifNoneMatch);
    let responses = kept.get(owner);
    if (!responses) kept.set(owner, (responses = new Map()));
    const key = representation(c, snapshot ? `${snapshot.id}\n${snapshot.digest}` : '');
    let hit = responses.get(key);
    if (!hit) {
      const tag = `W/"${digest(key)}"`;
      if (matches(tag, ifNoneMatch)) return c.body(null, 304, { ETag: tag, Vary: VARY });
      await next();
      // A response that says it is not final (a forecast still being made) is neither kept nor tagged.
      if (c.res.status !== 200 || /no-store/.test(c.res.headers.get('Cache-Control') ?? '')) return;
      const body = new Uint8Array(await c.res.arrayBuffer());
      const headers = [...c.res.headers].filter(([name]) => name !== 'content-length' && name !== 'etag');
      headers.push(['etag', tag], ['vary', VARY]);
      hit = { tag, body, headers, contentType: c.res.headers.get('Content-Type') ?? '', coded: new Map() };
      if (body.byteLength <= LARGEST_KEPT) {
        if (responses.size >= MOST_KEPT) responses.delete(responses.keys().next().value!);
        responses.set(key, hit);
      }
      // Replaced, not merged: the rendered response's headers (its length) must not carry over.
      c.res = undefined;
      c.res = send(c, hit);
      return;
    }
    if (matches(hit.tag, ifNoneMatch)) return c.body(null, 304, { ETag: hit.tag, Vary: VARY });
    return send(c, hit);
  };
}

/** A kept response, in the coding the client accepts. */
function send(c: Context, kept: KeptResponse): Response {
  const coding = negotiateCoding(c.req.header('Accept-Encoding'), kept.contentType);
  let body = kept.body;
  const headers = new Headers(kept.headers as [string, string][]);
  if (coding) {
    if (!kept.coded.has(coding)) kept.coded.set(coding, compressBody(kept.body, coding));
    const coded = kept.coded.get(coding);
    if (coded) {
      body = coded;
      headers.set('Content-Encoding', coding);
    }
  }
  headers.set('Content-Length', String(body.byteLength));
  return new Response(body, { status: 200, headers });
}

/** Outside a season and the fixed documents: rendered each time, tagged by what it says. */
async function tagByBody(c: Context, next: () => Promise<void>, ifNoneMatch: string | undefined) {
  await next();
  if (c.res.status !== 200 || !c.res.body) return;
  const tag = `"${digest(await c.res.clone().text())}"`;
  if (matches(tag, ifNoneMatch)) {
    c.res = new Response(null, { status: 304, headers: { ETag: tag } });
    return;
  }
  c.res.headers.set('ETag', tag);
}

/** Everything a response depends on besides the season's version (`version`: empty outside a season). */
function representation(c: Context, version: string): string {
  const ours = (c.req.header('Cookie') ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('torneo_'))
    .sort()
    .join('; ');
  return [
    version,
    c.req.url,
    ours,
    c.req.header('Authorization') ?? '',
    c.req.header('Accept-Language') ?? '',
    // Tables and fixtures come as CSV to a client that asks for it first.
    acceptsCsvFirst(c.req.header('Accept')) ? 'text/csv' : '',
  ].join('\n');
}

const digest = (text: string): string => createHash('sha1').update(text).digest('base64url').slice(0, 22);

const matches = (tag: string, ifNoneMatch: string | undefined): boolean =>
  ifNoneMatch !== undefined &&
  (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => stripWeak(t.trim()) === stripWeak(tag)));
