import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { SeasonCatalog } from '../../live/season-catalog.ts';

const SEASON_IN_PATH = /\/seasons\/([^/]+)/;
const stripWeak = (tag: string) => tag.replace(/^W\//, '');

/**
 * ETags for reads. A page or resource of a season changes only when the season
 * changes, so the tag is the season's digest with what else selects the
 * representation (URL, language cookie, who is signed in); a matching If-None-Match is answered
 * 304 before anything is computed. Outside a season (the list, the OpenAPI document) the tag
 * is a digest of the body. The event stream is never tagged.
 */
export function etagFor(catalog: SeasonCatalog): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' || c.req.path.endsWith('/events')) return next();
    const season = SEASON_IN_PATH.exec(c.req.path)?.[1];
    const snapshot = season ? await catalog.snapshot(decodeURIComponent(season)) : undefined;
    const ifNoneMatch = c.req.header('If-None-Match');
    if (snapshot) {
      const tag = `W/"${digest([snapshot.id, snapshot.digest, c.req.url, c.req.header('Cookie') ?? '', c.req.header('Accept-Language') ?? ''].join('\n'))}"`;
      if (matches(tag, ifNoneMatch)) return c.body(null, 304, { ETag: tag, Vary: 'Cookie, Accept-Language' });
      await next();
      if (c.res.status === 200) {
        c.res.headers.set('ETag', tag);
        c.res.headers.set('Vary', 'Cookie, Accept-Language');
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

const digest = (text: string): string => createHash('sha1').update(text).digest('base64url').slice(0, 22);

const matches = (tag: string, ifNoneMatch: string | undefined): boolean =>
  ifNoneMatch !== undefined &&
  (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => stripWeak(t.trim()) === stripWeak(tag)));
