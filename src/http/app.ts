import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import { DEFAULT_WRITE_LIMIT, type AppDeps, type AppEnv } from './app-env.ts';
import { errorResponse } from './error-response.ts';
import type { HttpError } from './http-error.ts';
import { NotFoundError } from './http-error.ts';
import { clientOrigin } from './client-origin.ts';
import { etagFor } from './middleware/etag.ts';
import { limitBody, noPrototypeKeys, wellEncodedPath } from './middleware/request-limits.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { TokenBuckets } from './middleware/token-bucket.ts';
import { writeGuard } from './middleware/write-guard.ts';
import { OPENAPI_INFO } from './openapi-info.ts';
import { registerArticleRoutes } from './routes/article-routes.ts';
import { registerCompetitionRoutes } from './routes/competition-routes.ts';
import { registerEventRoutes } from './routes/event-routes.ts';
import { registerFactRoutes } from './routes/fact-routes.ts';
import { registerForecastRoutes } from './routes/forecast-routes.ts';
import { SeasonForecasts } from '../live/season-forecasts.ts';
import { registerMatchRoutes } from './routes/match-routes.ts';
import { registerMeRoutes } from './routes/me-routes.ts';
import { registerSeasonRoutes } from './routes/season-routes.ts';
import { registerTableRoutes } from './routes/table-routes.ts';
import { validationHook } from './validation-hook.ts';

export interface CreateAppOptions {
  /** Renders an error as an HTML page for requests outside /api (the web layer passes it). */
  readonly errorPage?: (error: HttpError, c: Context) => string;
}

/**
 * The HTTP API as a Hono app, with nothing started: `app.request()` runs it in tests, the node
 * adapter serves it in `torneo serve`. Web pages, the API's documentation page (/docs) among
 * them, are mounted onto the same app by src/web.
 */
export function createApp(deps: AppDeps, options: CreateAppOptions = {}): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const now = deps.nowMs ?? Date.now;
  const buckets = new TokenBuckets(deps.writeLimit ?? DEFAULT_WRITE_LIMIT, now);

  app.onError((e, c) => errorResponse(e, c, options.errorPage));
  app.notFound((c) =>
    errorResponse(
      new NotFoundError({ kind: 'page', id: c.req.path }, `no such page: ${c.req.path}`),
      c,
      options.errorPage,
    ),
  );

  app.use('*', securityHeaders);
  app.use('*', wellEncodedPath);
  app.use('*', clientOrigin(deps.trustedProxies));
  app.use('*', limitBody(deps.maxBodyBytes));
  app.use(
    '/api/*',
    cors({
      origin: deps.corsOrigins === undefined || deps.corsOrigins === '*' ? '*' : [...deps.corsOrigins],
      allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key'],
      allowMethods: ['GET', 'POST', 'PUT', 'OPTIONS'],
      exposeHeaders: ['ETag', 'Retry-After', 'Location'],
      maxAge: 600,
    }),
  );
  app.use('*', etagFor(deps.catalog));
  const guard = writeGuard(deps.tokens, buckets);
  app.use('/api/*', guard);
  app.use('/seasons/:season/record', guard);
  app.use('/api/*', noPrototypeKeys);

  registerSeasonRoutes(app, deps);
  registerCompetitionRoutes(app, deps);
  registerArticleRoutes(app, deps);
  registerTableRoutes(app, deps);
  registerMatchRoutes(app, deps);
  registerFactRoutes(app, deps);
  const forecasts = deps.forecasts ?? new SeasonForecasts(deps.catalog);
  registerForecastRoutes(app, deps, forecasts);
  registerEventRoutes(app, { ...deps, forecasts });
  registerMeRoutes(app, deps);

  app.doc31('/openapi.json', { ...OPENAPI_INFO, tags: [...OPENAPI_INFO.tags] });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'A token issued to an official; see "Tokens" in the README.',
  });
  return app;
}
