import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { SeasonCatalog } from '../../live/season-catalog.ts';
import type { SeasonSnapshot } from '../../live/season-snapshot.ts';

const SEASON_IN_PATH = /\/seasons\/([^/]+)/;
const stripWeak = (tag: string) => tag.replace(/^W\//, '');
const VARY = 'Cookie, Accept-Language, Authorization';

/** Responses kept per season version: enough for every page and table people are looking at. */
const MOST_KEPT = 256;
const LARGEST_KEPT = 2 * 1024 * 1024;

interface KeptResponse {
  readonly body: ArrayBuffer;
  readonly headers: readonly [string, string][];
}

/** Each season version's rendered responses, by ETag; they go when the version does. */
const kept = new WeakMap<SeasonSnapshot, Map<string, KeptResponse>>();

/**
 * ETags for reads, and the responses behind them. A page or resource of a season changes only
 * when the season does, so its tag is the season's digest (its version) with what else selects
 * the representation: the URL, Torneo's own cookies (language, who is signed in), the
 * Authorization header and Accept-Language. A matching If-None-Match is answered 304 before
 * anything is computed; otherwise a response already rendered for this tag is sent again
 * instead of being rendered twice. Outside a season (the list, the OpenAPI document) the tag is
 * a digest of the body. The event stream is never tagged.
 */
export function etagFor(catalog: SeasonCatalog): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' || c.req.path.endsWith('/events')) return next();
    const season = SEASON_IN_PATH.exec(c.req.path)?.[1];
    const snapshot = season ? await catalog.snapshot(decodeURIComponent(season)) : undefined;
    const ifNoneMatch = c.req.header('If-None-Match');
    if (snapshot) {
      const tag = `W/"${digest(representation(c, snapshot))}"`;
      if (matches(tag, ifNoneMatch)) return c.body(null, 304, { ETag: tag, Vary: VARY });
      let responses = kept.get(snapshot);
      if (!responses) kept.set(snapshot, (responses = new Map()));
      const hit = responses.get(tag);
      if (hit) return new Response(hit.body, { status: 200, headers: [...hit.headers] });
      await next();
      if (c.res.status !== 200) return;
      c.res.headers.set('ETag', tag);
      c.res.headers.set('Vary', VARY);
      const body = await c.res.clone().arrayBuffer();
      if (body.byteLength <= LARGEST_KEPT) {
        if (responses.size >= MOST_KEPT) responses.delete(responses.keys().next().value!);
        responses.set(tag, { body, headers: [...c.res.headers] });
      }
      return;
    }
    await next();
    if (c.res.status !== 200 || !c.res.body) return;
    const tag = `"${digest(await c.res.clone().text())}"`;
    if (matches(tag, ifNoneMatch)) {
      c.res = new Response(null, { status: 304, headers: { ETag: tag } });
      return;
    }
    c.res.headers.set('ETag', tag);
  };
}

/** Everything a season's response depends on besides the season's version. */
function representation(c: Context, s: SeasonSnapshot): string {
  const ours = (c.req.header('Cookie') ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('torneo_'))
    .sort()
    .join('; ');
  return [
    s.id,
    s.digest,
    c.req.url,
    ours,
    c.req.header('Authorization') ?? '',
    c.req.header('Accept-Language') ?? '',
  ].join('\n');
}

const digest = (text: string): string => createHash('sha1').update(text).digest('base64url').slice(0, 22);

const matches = (tag: string, ifNoneMatch: string | undefined): boolean =>
  ifNoneMatch !== undefined &&
  (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => stripWeak(t.trim()) === stripWeak(tag)));
