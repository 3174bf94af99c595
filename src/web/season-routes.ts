import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.ts';
import { mayRecord } from '../http/auth/permissions.ts';
import { notFoundOf } from '../http/http-error.ts';
import { competitionOr404 } from '../http/routes/lookup.ts';
import { isoDate } from '../core/model/index.ts';
import { engineOf } from '../live/season-snapshot.ts';
import { bracketText } from '../i18n/bracket-text.ts';
import { bracketView, roundsView } from '../views/bracket-view.ts';
import { findMatch, matchDetail, matchSummary } from '../views/match-view.ts';
import { competitionBrief, seasonView } from '../views/season-view.ts';
import { scorersView } from '../views/statistics-view.ts';
import { summaryView } from '../views/summary-view.ts';
import { tableView, type TableSide } from '../views/table-view.ts';
import { teamRef } from '../views/team-ref.ts';
import { teamView } from '../views/team-view.ts';
import { renderArticle } from '../render/article/index.ts';
import { articlePage } from './pages/article-page.ts';
import { competitionPage, type StageSection } from './pages/competition-page.ts';
import { forecastPage } from './pages/forecast-page.ts';
import { ForecastQuery } from '../http/routes/forecast-routes.ts';
import type { SeasonForecasts } from '../live/season-forecasts.ts';
import { matchPage } from './pages/match-page.ts';
import { seasonPage } from './pages/season-page.ts';
import { teamPage } from './pages/team-page.ts';
import { snapshotIn } from './season-in-language.ts';
import { seasonPageContext, type WebDeps } from './web-routes.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A day asked for with ?asOf=, when it is one (anything else shows the season as it is). */
const dayOf = (q: string | undefined): string | undefined => (q && DAY.test(q) ? q : undefined);
const sideOf = (s: string | undefined): TableSide => (s === 'home' || s === 'away' ? s : 'all');

/** The reading pages: season, competition, team, match. */
export function registerSeasonPages(
  app: OpenAPIHono<AppEnv>,
  deps: WebDeps & { readonly forecasts: SeasonForecasts },
): void {
  app.get('/seasons/:season', async (c) => {
    const p = await seasonPageContext(c, deps);
    const s = snapshotIn(p.season!, p.lang);
    const asOf = dayOf(c.req.query('asOf'));
    return c.html(seasonPage(p, seasonView(s, asOf), summaryView(s, asOf), s.index));
  });

  app.get('/seasons/:season/competitions/:competition', async (c) => {
    const p = await seasonPageContext(c, deps);
    const s = snapshotIn(p.season!, p.lang);
    const comp = competitionOr404(s, c.req.param('competition'));
    const asOf = dayOf(c.req.query('asOf'));
    const side = sideOf(c.req.query('side'));
    const engine = engineOf(s, asOf);
    // As of a day: the results known then, and the fixtures of table stages still to come (a
    // knockout fixture would name who went through before it was known).
    const known = new Set(engine.matches.map((m) => m.id));
    const matchesOf = (stage: string, table: boolean) =>
      s.matches
        .filter(
          (m) =>
            m.competition === comp.id &&
            m.stage === stage &&
            (!asOf || known.has(m.id) || (table && !m.result && m.date !== undefined && m.date > asOf)),
        )
        .map((m) => matchSummary(s, m));
    const stages: StageSection[] = comp.stages.map((st) => {
      const state = engine.stageState(comp.id, st.id);
      if (state.kind === 'knockout')
        return {
          kind: 'knockout',
          stage: st,
          rounds: roundsView(s.index, state.rounds, st.format === 'knockout' ? st.rounds : []),
          matches: matchesOf(st.id, false),
        };
      const groups = st.format === 'groups' ? engine.tableGroupIds(st) : [undefined];
      return {
        kind: 'table',
        stage: st,
        tables: groups.map((g) => {
          const table = engine.table(comp.id, st.id, g, side);
          return tableView(s, table, side, asOf, engine.recordedOutcomes(comp.id, st.id, table.group));
        }),
        qualifiers: state.qualifiers.map((q) => ({
          ...(q.team ? { team: teamRef(s.index, q.team) } : {}),
          certainty: q.certainty,
        })),
        knockouts:
          state.knockouts.length || state.playoffs.length ? bracketView(engine, comp.id, st.id).stages : [],
        matches: matchesOf(st.id, true),
      };
    });
    return c.html(
      competitionPage(p, {
        competition: competitionBrief(s, comp, asOf),
        stages,
        scorers: scorersView(s, comp.id, asOf),
        side,
        ...(asOf ? { asOf } : {}),
        words: bracketText(s.index, p.lang),
      }),
    );
  });

  app.get('/seasons/:season/competitions/:competition/forecast', async (c) => {
    const p = await seasonPageContext(c, deps);
    const s = snapshotIn(p.season!, p.lang);
    const comp = competitionOr404(s, c.req.param('competition'));
    // The API's bounds; a value out of them falls back to the default rather than failing the page.
    const parsed = ForecastQuery.safeParse({
      runs: c.req.query('runs') || undefined,
      seed: c.req.query('seed') || undefined,
      asOf: c.req.query('asOf') || undefined,
    });
    const q = parsed.success ? parsed.data : ForecastQuery.parse({});
    const request = { runs: q.runs, seed: q.seed, ...(q.asOf ? { asOf: q.asOf } : {}) };
    const forecast = deps.forecasts.peek(s, comp.id, request);
    // The page reads names and link descriptions from the season in its language.
    const page = forecastPage(
      { ...p, season: s },
      { competition: { id: comp.id, name: comp.name }, ...request, forecast },
    );
    // While the runs are played the page says how far they got: not the page of this version for good.
    return 'teams' in forecast ? c.html(page) : c.html(page, 200, { 'Cache-Control': 'no-store' });
  });

  app.get('/seasons/:season/competitions/:competition/article', async (c) => {
    const p = await seasonPageContext(c, deps);
    const comp = competitionOr404(p.season!, c.req.param('competition'));
    const asOf = dayOf(c.req.query('asOf'));
    return c.html(
      articlePage(
        p,
        comp.id,
        comp.name,
        renderArticle(p.season!.index, comp.id, 'html', p.lang, asOf ? { asOf: isoDate(asOf) } : {}),
      ),
    );
  });

  app.get('/seasons/:season/teams/:team', async (c) => {
    const p = await seasonPageContext(c, deps);
    const v = teamView(snapshotIn(p.season!, p.lang), c.req.param('team'));
    if (!v) throw notFoundOf('team', c.req.param('team'));
    return c.html(teamPage(p, v));
  });

  app.get('/seasons/:season/matches/:match', async (c) => {
    const p = await seasonPageContext(c, deps);
    const s = snapshotIn(p.season!, p.lang);
    const m = findMatch(s, c.req.param('match'));
    if (!m) throw notFoundOf('match', c.req.param('match'));
    const history = await deps.catalog.history(p.season!.id, 'match', m.id);
    const may =
      p.principal !== undefined &&
      m.competition !== undefined &&
      mayRecord(p.principal.grants, p.season!.id, m.competition, 'match');
    return c.html(matchPage(p, matchDetail(s, m, history), may));
  });
}
