import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { engineOf } from '../../live/season-snapshot.ts';
import { bracketView, roundsView } from '../../views/bracket-view.ts';
import { summaryView } from '../../views/summary-view.ts';
import { apiLanguage, LANGUAGES } from '../../i18n/language.ts';
import { partialWarnings } from '../../i18n/partial-text.ts';
import { recordedText } from '../../i18n/recorded-text.ts';
import { tieBreakText } from '../../i18n/tie-break-text.ts';
import { translator, type Translate } from '../../i18n/translate.ts';
import { tableView, type TableView } from '../../views/table-view.ts';
import { teamRef } from '../../views/team-ref.ts';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { HttpError } from '../http-error.ts';
import { BracketSchema, CompetitionBracketSchema, StageStateSchema } from '../schemas/bracket-schema.ts';
import { CompetitionParams, IsoDateQuery, SeasonParam, StageParams } from '../schemas/common-schema.ts';
import { BAD_REQUEST, NOT_FOUND } from '../schemas/error-schema.ts';
import { SummarySchema } from '../schemas/summary-schema.ts';
import { TablesSchema } from '../schemas/table-schema.ts';
import { tablesCsv } from '../../render/tables-csv.ts';
import { csvContent, csvResponse, FormatQuery, wantsCsv } from '../csv-response.ts';
import { writable } from '../writable.ts';
import { competitionOr404, seasonOr404, stageOr404 } from './lookup.ts';

const AsOfQuery = z.object({
  asOf: IsoDateQuery.optional().openapi({ description: 'only matches played on or before this day count' }),
});
const NotesQuery = AsOfQuery.extend({
  lang: z
    .enum(LANGUAGES)
    .optional()
    .openapi({ description: 'the language of the notes (default: Accept-Language, else English)' }),
});
const TableQuery = NotesQuery.extend({
  side: z
    .enum(['all', 'home', 'away'])
    .default('all')
    .openapi({ description: 'all matches, home matches only, or away matches only' }),
});

const ok = <T>(schema: T, description: string) => ({
  200: { description, content: { 'application/json': { schema } } },
  ...BAD_REQUEST,
  ...NOT_FOUND,
});

/** A table for the API: its tie-breaks and what it is missing as data, and in words in the language asked for. */
const withNotes = (view: TableView, t: Translate) => ({
  ...view,
  notes: view.tieBreaks.map((n) => tieBreakText(t, n)),
  warnings: partialWarnings(t, view.completeness),
  recordedNotes: view.recorded.map((o) => recordedText(t, o)),
});

export function registerTableRoutes(app: OpenAPIHono<AppEnv>, { catalog }: AppDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/competitions/{competition}/stages/{stage}',
      tags: ['tables'],
      summary: 'A stage as of a day: its tables and qualifiers, or its bracket',
      request: { params: StageParams, query: NotesQuery },
      responses: ok(StageStateSchema, 'The stage'),
    }),
    async (c) => {
      const { season, competition, stage } = c.req.valid('param');
      const { asOf, lang } = c.req.valid('query');
      const t = translator(apiLanguage(c, lang));
      const s = await seasonOr404(catalog, season);
      const st = stageOr404(competitionOr404(s, competition), stage);
      const engine = engineOf(s, asOf);
      const state = engine.stageState(competition, stage);
      const head = {
        competition,
        stage: { id: st.id, name: st.name, format: st.format },
        ...(asOf ? { asOf } : {}),
      };
      const qualifier = (q: { team?: string; certainty: string; source?: string }) => ({
        ...(q.team ? { team: teamRef(s.index, q.team) } : {}),
        certainty: q.certainty,
        ...(q.source ? { source: q.source } : {}),
      });
      const body =
        state.kind === 'table'
          ? {
              ...head,
              tables: state.tables.map((x) =>
                withNotes(
                  tableView(s, x, 'all', asOf, engine.recordedOutcomes(competition, stage, x.group)),
                  t,
                ),
              ),
              qualifiers: state.qualifiers.map(qualifier),
              ...(state.knockouts.length || state.playoffs.length
                ? { knockouts: bracketView(engine, competition, stage).stages }
                : {}),
            }
          : {
              ...head,
              bracket: {
                rounds: roundsView(s.index, state.rounds),
                winner: qualifier(state.winner),
                runnerUp: qualifier(state.runnerUp),
              },
            };
      return c.json(writable(body) as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/competitions/{competition}/stages/{stage}/tables',
      tags: ['tables'],
      summary:
        'The tables of a stage as of a day, all matches or home or away only, with tie-break and adjustment notes',
      request: { params: StageParams, query: TableQuery.extend(FormatQuery.shape) },
      responses: {
        200: {
          description: 'One table per group (one for a league); as CSV with ?format=csv or Accept: text/csv',
          content: {
            'application/json': { schema: TablesSchema },
            ...csvContent(
              'one line per row of every table: competition, stage, group, position, team, team_id, played, won, drawn, lost, goals_for, goals_against, goal_difference, points, adjustment',
            ),
          },
        },
        ...BAD_REQUEST,
        ...NOT_FOUND,
      },
    }),
    async (c) => {
      const { season, competition, stage } = c.req.valid('param');
      const { asOf, side, lang, format } = c.req.valid('query');
      const t = translator(apiLanguage(c, lang));
      const s = await seasonOr404(catalog, season);
      const st = stageOr404(competitionOr404(s, competition), stage);
      if (st.format === 'knockout')
        throw new HttpError(
          'not_found',
          `'${competition}/${stage}' is a knockout stage: it has a bracket, not tables`,
        );
      const engine = engineOf(s, asOf);
      const groups = st.format === 'groups' ? engine.tableGroupIds(st) : [undefined];
      if (wantsCsv(c, format))
        return csvResponse(
          c,
          tablesCsv(
            groups.map((g) => engine.table(competition, stage, g, side)),
            (id) => s.index.teams.get(id)?.name ?? id,
          ),
          `${season}-${competition}-${stage}${side === 'all' ? '' : `-${side}`}${asOf ? `-${asOf}` : ''}`,
        ) as never;
      return c.json(
        writable({
          tables: groups.map((g) => {
            const table = engine.table(competition, stage, g, side);
            const recorded = engine.recordedOutcomes(competition, stage, table.group);
            return withNotes(tableView(s, table, side, asOf, recorded), t);
          }),
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/competitions/{competition}/bracket',
      tags: ['tables'],
      summary:
        'Every knockout of a competition as brackets: knockout stages, groups played as a knockout, play-offs; each tie with where its teams come from, its legs and how it was settled',
      request: {
        params: CompetitionParams,
        query: AsOfQuery.extend({
          stage: z.string().optional().openapi({ description: 'only this stage' }),
        }),
      },
      responses: ok(CompetitionBracketSchema, 'The brackets'),
    }),
    async (c) => {
      const { season, competition } = c.req.valid('param');
      const { asOf, stage } = c.req.valid('query');
      const s = await seasonOr404(catalog, season);
      const comp = competitionOr404(s, competition);
      if (stage !== undefined) stageOr404(comp, stage);
      return c.json(writable(bracketView(engineOf(s, asOf), competition, stage)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/competitions/{competition}/stages/{stage}/bracket',
      tags: ['tables'],
      summary: 'A knockout stage as a bracket: rounds, ties, legs, who went through and how',
      request: { params: StageParams, query: AsOfQuery },
      responses: ok(BracketSchema, 'The bracket'),
    }),
    async (c) => {
      const { season, competition, stage } = c.req.valid('param');
      const { asOf } = c.req.valid('query');
      const s = await seasonOr404(catalog, season);
      const st = stageOr404(competitionOr404(s, competition), stage);
      if (st.format !== 'knockout')
        throw new HttpError(
          'not_found',
          `'${competition}/${stage}' is not a knockout stage: it has tables, not a bracket`,
        );
      const state = engineOf(s, asOf).stageState(competition, stage);
      if (state.kind !== 'knockout') throw new HttpError('internal', 'a knockout stage without rounds');
      const q = (x: typeof state.winner) => ({
        ...(x.team ? { team: teamRef(s.index, x.team) } : {}),
        certainty: x.certainty,
        ...(x.source ? { source: x.source } : {}),
      });
      return c.json(
        writable({
          rounds: roundsView(s.index, state.rounds),
          winner: q(state.winner),
          runnerUp: q(state.runnerUp),
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/summary',
      tags: ['seasons'],
      summary:
        'The season resolved: champions, runners-up, qualifiers, promotions and every link with what it did',
      request: { params: SeasonParam, query: AsOfQuery },
      responses: ok(SummarySchema, 'The summary'),
    }),
    async (c) => {
      const s = await seasonOr404(catalog, c.req.valid('param').season);
      return c.json(writable(summaryView(s, c.req.valid('query').asOf)), 200);
    },
  );
}
