import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import type { AppEnv } from '../http/app-env.ts';
import { checkToken, clientOf, optionalPrincipal, TOKEN_COOKIE } from '../http/auth/authenticate.ts';
import { HttpError } from '../http/http-error.ts';
import type { TokenRegistry } from '../http/auth/token-registry.ts';
import type { SeasonCatalog } from '../live/season-catalog.ts';
import { SeasonForecasts } from '../live/season-forecasts.ts';
import { LIVE_SCRIPT } from './assets/live-script.ts';
import { LIVE_WORKER_SCRIPT } from './assets/live-worker-script.ts';
import { PRINT_STYLESHEET } from './assets/print-stylesheet.ts';
import { STYLESHEET } from './assets/stylesheet.ts';
import { paths, pageContext } from './page-context.ts';
import { registerRecordPages } from './record-routes.ts';
import { registerSeasonPages } from './season-routes.ts';
import { indexPage } from './pages/index-page.ts';
import { apiDocsPage, type OpenApiDocument } from './pages/api-docs-page.ts';
import { signInPage } from './pages/sign-in-page.ts';
import { seasonOr404 } from '../http/routes/lookup.ts';
import { sameSitePath } from './safe-next.ts';

export interface WebDeps {
  readonly catalog: SeasonCatalog;
  readonly tokens: TokenRegistry;
  /** Where `/` leads when the server serves one season; absent, `/` lists the seasons served. */
  readonly defaultSeason?: string;
  readonly nowMs?: () => number;
  /** The season simulations the API and the event stream share (one is made when absent). */
  readonly forecasts?: SeasonForecasts;
}

/** The pages' context for a season: language, the signed-in official, the season itself. */
export async function seasonPageContext(c: Context, deps: WebDeps) {
  const season = await seasonOr404(deps.catalog, c.req.param('season') ?? '');
  const token = getCookie(c, TOKEN_COOKIE);
  const verdict = token && !c.req.header('Authorization') ? checkToken(c, deps.tokens, token) : undefined;
  // A cookie whose token was revoked is dropped, so that every page does not count as a guess.
  if (verdict && !verdict.ok && verdict.reason === 'invalid') deleteCookie(c, TOKEN_COOKIE, { path: '/' });
  const principal = verdict
    ? verdict.ok
      ? verdict.principal
      : undefined
    : optionalPrincipal(c, deps.tokens);
  return pageContext(c, {
    season,
    ...(principal ? { principal } : {}),
    signInPossible: deps.tokens.size > 0,
  });
}

const ASSET_HEADERS = { 'Cache-Control': 'public, max-age=300' };

/** Mounts the server-rendered pages on the app that serves the API (one error handler for both). */
export function mountWeb(app: OpenAPIHono<AppEnv>, given: WebDeps): void {
  const deps = { ...given, forecasts: given.forecasts ?? new SeasonForecasts(given.catalog) };
  app.use('/seasons/*', csrf());
  app.get('/', async (c) => {
    if (deps.defaultSeason) return c.redirect(paths.season(deps.defaultSeason));
    return c.html(indexPage(pageContext(c, { signInPossible: false }), await deps.catalog.briefs()));
  });
  app.get('/assets/torneo.css', (c) =>
    c.body(STYLESHEET + PRINT_STYLESHEET, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      ...ASSET_HEADERS,
    }),
  );
  app.get('/assets/torneo.js', (c) =>
    c.body(LIVE_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8', ...ASSET_HEADERS }),
  );
  app.get('/assets/torneo-live.js', (c) =>
    c.body(LIVE_WORKER_SCRIPT, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      ...ASSET_HEADERS,
    }),
  );

  // The API documented from the OpenAPI document the app serves, read once: a page of this server,
  // with no script or style from elsewhere.
  let openApi: Promise<OpenApiDocument> | undefined;
  app.get('/docs', async (c) => {
    openApi ??= Promise.resolve(app.request('/openapi.json')).then(
      (r) => r.json() as Promise<OpenApiDocument>,
    );
    return c.html(apiDocsPage(pageContext(c, { signInPossible: false }), await openApi));
  });

  registerSeasonPages(app, deps);
  registerRecordPages(app, deps);

  app.get('/seasons/:season/sign-in', async (c) =>
    c.html(signInPage(await seasonPageContext(c, deps), { next: c.req.query('next') ?? '' })),
  );
  app.post('/seasons/:season/sign-in', async (c) => {
    const p = await seasonPageContext(c, deps);
    const form = await c.req.parseBody();
    const token = typeof form.token === 'string' ? form.token.trim() : '';
    const verdict = token ? checkToken(c, deps.tokens, token) : undefined;
    if (verdict && !verdict.ok && verdict.reason === 'throttled')
      throw new HttpError(
        'rate_limited',
        'too many invalid tokens from this address; wait before trying again',
        [],
        verdict.retryAfterSeconds,
      );
    if (!verdict?.ok) return c.html(signInPage(p, { invalid: true, next: sameSitePath(form.next, '') }), 401);
    setCookie(c, TOKEN_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'Strict',
      // Behind a TLS proxy the server itself speaks plain HTTP: the proxy says what the browser used.
      secure: clientOf(c).https,
      maxAge: 60 * 60 * 12,
    });
    return c.redirect(sameSitePath(form.next, paths.record(p.season!.id)), 303);
  });
  app.post('/seasons/:season/sign-out', (c) => {
    deleteCookie(c, TOKEN_COOKIE, { path: '/' });
    return c.redirect(paths.season(c.req.param('season')), 303);
  });
}
