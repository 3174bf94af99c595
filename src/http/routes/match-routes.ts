import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { findMatch, matchDetail, matchSummary } from '../../views/match-view.ts';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { fixturesCsv } from '../../render/fixtures-csv.ts';
import { csvContent, csvResponse, FormatQuery, wantsCsv } from '../csv-response.ts';
import { writable } from '../writable.ts';
import { notFound } from '../http-error.ts';
import { CompetitionParams, MatchParams } from '../schemas/common-schema.ts';
import { BAD_REQUEST, NOT_FOUND } from '../schemas/error-schema.ts';
import { MatchDetailSchema, MatchListSchema } from '../schemas/match-schema.ts';
import { competitionOr404, seasonOr404 } from './lookup.ts';

const FixtureQuery = z.object({
  stage: z.string().optional().openapi({ description: 'only this stage' }),
  group: z.string().optional().openapi({ description: 'only this group (or knockout round)' }),
  team: z.string().optional().openapi({ description: 'only matches of this team' }),
  known: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'true: only matches with a known result; false: only those without' }),
});

export function registerMatchRoutes(app: OpenAPIHono<AppEnv>, { catalog }: AppDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/competitions/{competition}/fixtures',
      tags: ['matches'],
      summary: 'Fixtures and results of a competition, in date order',
      request: { params: CompetitionParams, query: FixtureQuery.extend(FormatQuery.shape) },
      responses: {
        200: {
          description: 'Matches; as CSV with ?format=csv or Accept: text/csv',
          content: {
            'application/json': { schema: MatchListSchema },
            ...csvContent(
              'one line per match: competition, stage, group, round, tie, leg, date, time, home, home_id, away, away_id, venue, venue_id, neutral, status, home_goals, away_goals, home_goals_aet, away_goals_aet, home_penalties, away_penalties, awarded_to (goals empty when no result is known)',
            ),
          },
        },
        ...BAD_REQUEST,
        ...NOT_FOUND,
      },
    }),
    async (c) => {
      const { season, competition } = c.req.valid('param');
      const q = c.req.valid('query');
      const s = await seasonOr404(catalog, season);
      competitionOr404(s, competition);
      const matches = s.matches
        .filter((m) => m.competition === competition)
        .filter((m) => !q.stage || m.stage === q.stage)
        .filter((m) => !q.group || m.group === q.group || m.tie === q.group || m.round === q.group)
        .filter((m) => !q.team || m.home === q.team || m.away === q.team)
        .filter((m) => q.known === undefined || (m.result !== undefined) === (q.known === 'true'));
      if (wantsCsv(c, q.format))
        return csvResponse(
          c,
          fixturesCsv(matches, {
            team: (id) => s.index.teams.get(id)?.name ?? id,
            venue: (id) => s.index.venues.get(id)?.name ?? id,
          }),
          `${season}-${competition}-fixtures`,
        ) as never;
      return c.json(writable({ matches: matches.map((m) => matchSummary(s, m)) }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/matches/{match}',
      tags: ['matches'],
      summary: 'One match: result, timeline of events, line-ups, the shoot-out kick by kick',
      request: { params: MatchParams },
      responses: {
        200: { description: 'The match', content: { 'application/json': { schema: MatchDetailSchema } } },
        ...NOT_FOUND,
      },
    }),
    async (c) => {
      const { season, match } = c.req.valid('param');
      const s = await seasonOr404(catalog, season);
      const m = findMatch(s, match);
      if (!m) throw notFound(`match '${match}'`);
      return c.json(writable(matchDetail(s, m, await catalog.history(season, 'match', m.id))), 200);
    },
  );
}
