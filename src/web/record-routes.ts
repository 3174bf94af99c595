import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppDeps, AppEnv } from '../http/app-env.ts';
import { mayRecord, recordableCompetitions } from '../http/auth/permissions.ts';
import { toHttpError } from '../http/error-response.ts';
import { recordMatchResult } from '../http/routes/record-fact.ts';
import { findMatch, matchSummary } from '../views/match-view.ts';
import { recordPage, type RecordPageData } from './pages/record-page.ts';
import { paths, type PageContext } from './page-context.ts';
import { seasonPageContext, type WebDeps } from './web-routes.ts';

/** The matches an official may record: unknown results first, then the rest by date. */
function recordable(p: PageContext) {
  const s = p.season!;
  const grants = p.principal?.grants ?? [];
  return s.matches
    .filter((m) => m.competition !== undefined && mayRecord(grants, m.competition, 'match'))
    .map((m) => matchSummary(s, m))
    .sort(
      (a, b) =>
        Number(a.result !== undefined) - Number(b.result !== undefined) ||
        (a.date ?? '').localeCompare(b.date ?? ''),
    );
}

async function pageData(
  p: PageContext,
  deps: WebDeps,
  matchId: string | undefined,
  extra: Partial<RecordPageData>,
): Promise<RecordPageData> {
  const m = matchId ? findMatch(p.season!, matchId) : undefined;
  const version = m ? ((await deps.catalog.current(p.season!.id, 'match', m.id))?.version ?? 0) : 0;
  const allowed =
    m?.competition !== undefined && mayRecord(p.principal?.grants ?? [], m.competition, 'match');
  return {
    matches: recordable(p),
    competitions: recordableCompetitions(p.principal?.grants ?? []),
    ...(m && allowed ? { selected: { ...matchSummary(p.season!, m), version } } : {}),
    ...extra,
  };
}

const field = (form: Record<string, unknown>, name: string) =>
  typeof form[name] === 'string' ? (form[name] as string).trim() : '';

/** The form's fields as a result write, in the season format's words (`2-1`). */
function resultBody(form: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = { score: `${field(form, 'home')}-${field(form, 'away')}` };
  for (const k of ['extraTime', 'penalties', 'reason'] as const) if (field(form, k)) body[k] = field(form, k);
  return body;
}

export function registerRecordPages(app: OpenAPIHono<AppEnv>, deps: WebDeps): void {
  app.get('/seasons/:season/record', async (c) => {
    const p = await seasonPageContext(c, deps);
    if (!p.principal)
      return c.redirect(`${paths.signIn(p.season!.id)}?next=${encodeURIComponent(c.req.path)}`, 303);
    const done = c.req.query('done');
    return c.html(
      recordPage(
        p,
        await pageData(
          p,
          deps,
          c.req.query('match'),
          done ? { done: { match: done, version: Number(c.req.query('v') ?? 0) } } : {},
        ),
      ),
    );
  });

  app.post('/seasons/:season/record', async (c: Context<AppEnv>) => {
    const p = await seasonPageContext(c, deps);
    const form = await c.req.parseBody();
    const match = field(form, 'match');
    const body = resultBody(form);
    const expected = Number(field(form, 'expectedVersion'));
    try {
      const result = await recordMatchResult(deps as AppDeps & WebDeps, c, p.season!.id, match, body, {
        ...(Number.isInteger(expected) ? { expectedVersion: expected } : {}),
        ...(typeof body.reason === 'string' ? { reason: body.reason } : {}),
      });
      return c.redirect(
        `${paths.record(p.season!.id, match)}&done=${encodeURIComponent(match)}&v=${result.fact.version}`,
        303,
      );
    } catch (e) {
      const error = toHttpError(e);
      if (error.status >= 500 || error.status === 401 || error.status === 429) throw e;
      const detail = [error.message, ...error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)].join(
        ' — ',
      );
      const fresh = await seasonPageContext(c, deps);
      const entered = {
        home: field(form, 'home'),
        away: field(form, 'away'),
        extraTime: field(form, 'extraTime'),
        penalties: field(form, 'penalties'),
        reason: field(form, 'reason'),
      };
      return c.html(
        recordPage(fresh, await pageData(fresh, deps, match, { error: detail, entered })),
        error.status as 400,
      );
    }
  });
}
