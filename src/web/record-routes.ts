import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { MatchFactDoc } from '../core/definition/index.ts';
import type { AppDeps, AppEnv } from '../http/app-env.ts';
import { mayRecord, recordableCompetitions } from '../http/auth/permissions.ts';
import { formatFieldPath, toHttpError } from '../http/error-response.ts';
import type { FieldIssue } from '../http/http-error.ts';
import { recordMatchResult } from '../http/routes/record-fact.ts';
import type { SeasonSnapshot } from '../live/season-snapshot.ts';
import { findMatch, matchSummary } from '../views/match-view.ts';
import { recordPage, type FormError, type RecordPageData } from './pages/record-page.ts';
import { paths, type PageContext } from './page-context.ts';
import { enteredFrom, enteredFromMatch, resultBody } from './record-form.ts';
import { seasonPageContext, type WebDeps } from './web-routes.ts';

/** Blank rows added by "More rows". */
const MORE_ROWS = 3;

/** The matches an official may record: unknown results first, then the rest by date. */
function recordable(p: PageContext) {
  const s = p.season!;
  const grants = p.principal?.grants ?? [];
  return s.matches
    .filter((m) => m.competition !== undefined && mayRecord(grants, s.id, m.competition, 'match'))
    .map((m) => matchSummary(s, m))
    .sort(
      (a, b) =>
        Number(a.result !== undefined) - Number(b.result !== undefined) ||
        (a.date ?? '').localeCompare(b.date ?? ''),
    );
}

/** The match as the season holds it (the fact, not the engine's match). */
const matchFact = (s: SeasonSnapshot, id: string): MatchFactDoc | undefined =>
  s.doc.matches[s.keys.match.indexOf(id)];

/**
 * Names to offer for scorers and bookings: the match's line-ups, both teams' squads, and whoever
 * scored or was booked for either team in another match of the season.
 */
function playersOf(s: SeasonSnapshot, doc: MatchFactDoc | undefined): string[] {
  if (!doc) return [];
  const teams = new Set([doc.home, doc.away]);
  const name = (id: string) => s.index.people.get(id)?.name ?? id;
  const names: string[] = [...teams].flatMap((t) => s.index.teams.get(t)?.doc?.squad ?? []);
  for (const m of s.doc.matches)
    for (const side of ['home', 'away'] as const) {
      if (!teams.has(m[side])) continue;
      const l = m.lineups?.[side];
      names.push(...(l?.starting ?? []), ...(l?.substitutes ?? []));
      names.push(...(m.goals?.[side] ?? []).filter((g) => g.kind !== 'own-goal').map((g) => g.player));
      names.push(...(m.cards?.[side] ?? []).map((c) => c.player));
    }
  return [...new Set(names.map(name))].sort((a, b) => a.localeCompare(b));
}

async function pageData(
  p: PageContext,
  deps: WebDeps,
  matchId: string | undefined,
  extra: Partial<RecordPageData>,
): Promise<RecordPageData> {
  const s = p.season!;
  const m = matchId ? findMatch(s, matchId) : undefined;
  const current = m ? await deps.catalog.current(s.id, 'match', m.id) : undefined;
  const version = current?.version ?? 0;
  const allowed =
    m?.competition !== undefined && mayRecord(p.principal?.grants ?? [], s.id, m.competition, 'match');
  const doc = m && matchFact(s, m.id);
  return {
    matches: recordable(p),
    competitions: recordableCompetitions(p.principal?.grants ?? [], s.id),
    ...(m && allowed
      ? {
          selected: { ...matchSummary(s, m), version },
          entered: enteredFromMatch(doc, s.index, current?.payload),
          kept: keptNote(doc),
          players: playersOf(s, doc),
        }
      : {}),
    ...extra,
  };
}

/** What the match holds that the form carries unseen, said beside the form. */
function keptNote(doc: MatchFactDoc | undefined): RecordPageData['kept'] {
  if (!doc) return undefined;
  const kicks = (doc.shootout?.home.length ?? 0) + (doc.shootout?.away.length ?? 0);
  const lineups = Boolean(doc.lineups?.home || doc.lineups?.away);
  return kicks || lineups ? { kicks, lineups } : undefined;
}

/**
 * How the form says a refused field in the page's language: the check's own words when it gave
 * them; a value of the wrong shape by what the field asks for (a score, a minute); else by kind.
 */
function said(i: FieldIssue): Pick<FormError, 'code' | 'params'> {
  if (i.words) return { code: `issue.${i.words.key}`, params: i.words.params };
  if (i.code === 'schema' && i.path.at(-1) === 'minute') return { code: 'issue.minute_format', params: {} };
  if (i.code === 'schema' && SCORES.has(String(i.path[0]))) return { code: 'issue.score_format', params: {} };
  return { code: `issue.${i.code ?? 'other'}` };
}

const SCORES = new Set(['score', 'halfTime', 'extraTime', 'penalties']);

const field = (form: Record<string, unknown>, name: string) =>
  typeof form[name] === 'string' ? (form[name] as string).trim() : '';

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

  /**
   * The form, written through the same path as the API's PUT …/result (the same schema and
   * cross-checks, the same roles). "More rows" shows the form again with blank rows added,
   * writing nothing; a refused write shows what was typed, each reason beside its field.
   */
  app.post('/seasons/:season/record', async (c: Context<AppEnv>) => {
    const p = await seasonPageContext(c, deps);
    const form = await c.req.parseBody();
    const match = field(form, 'match');
    const entered = enteredFrom(form);
    const extraRows = Number(field(form, 'extraRows')) || 0;
    if (field(form, 'more'))
      return c.html(
        recordPage(p, await pageData(p, deps, match, { entered, extraRows: extraRows + MORE_ROWS })),
      );
    const { body, fieldOf } = resultBody(entered);
    const expected = Number(field(form, 'expectedVersion'));
    try {
      const result = await recordMatchResult(deps as AppDeps & WebDeps, c, p.season!.id, match, body, {
        ...(Number.isInteger(expected) ? { expectedVersion: expected } : {}),
        ...(entered.reason ? { reason: entered.reason } : {}),
      });
      return c.redirect(
        `${paths.record(p.season!.id, match)}&done=${encodeURIComponent(match)}&v=${result.fact.version}`,
        303,
      );
    } catch (e) {
      const error = toHttpError(e);
      if (error.status >= 500 || error.status === 401 || error.status === 429) throw e;
      const errors: FormError[] = [
        { message: error.message, code: `error.${error.failure}`, summary: error.issues.length > 0 },
        ...error.issues.map((i) => {
          const at = fieldOf(i.path);
          return {
            ...(at ? { field: at } : {}),
            path: formatFieldPath(i.path),
            message: i.message,
            ...said(i),
          };
        }),
      ];
      const fresh = await seasonPageContext(c, deps);
      return c.html(
        recordPage(fresh, await pageData(fresh, deps, match, { errors, entered, extraRows })),
        error.status as 400,
      );
    }
  });
}
