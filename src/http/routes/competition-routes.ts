import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { competitionBrief } from '../../views/season-view.ts';
import { scorersView, statisticsView } from '../../views/statistics-view.ts';
import { suspensionsView } from '../../views/suspensions-view.ts';
import { teamView } from '../../views/team-view.ts';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { notFound } from '../http-error.ts';
import { CompetitionParams, IsoDateQuery, TeamParams } from '../schemas/common-schema.ts';
import { BAD_REQUEST, NOT_FOUND } from '../schemas/error-schema.ts';
import { CompetitionBriefSchema } from '../schemas/season-schema.ts';
import { ScorersSchema, StatisticsSchema, TeamSchema } from '../schemas/stats-schema.ts';
import { SuspensionsSchema } from '../schemas/suspensions-schema.ts';
import { writable } from '../writable.ts';
import { competitionOr404, seasonOr404 } from './lookup.ts';

const AsOfQuery = z.object({
  asOf: IsoDateQuery.optional().openapi({ description: 'only matches played on or before this day count' }),
});
const ok = <T>(schema: T, description: string) => ({
  200: { description, content: { 'application/json': { schema } } },
  ...BAD_REQUEST,
  ...NOT_FOUND,
});

export function registerCompetitionRoutes(app: OpenAPIHono<AppEnv>, { catalog }: AppDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/competitions/{competition}',
      tags: ['competitions'],
      summary: 'A competition: its teams and stages (groups, rounds), and what is not known about each',
      request: { params: CompetitionParams },
      responses: ok(CompetitionBriefSchema, 'The competition'),
    }),
    async (c) => {
      const { season, competition } = c.req.valid('param');
      const s = await seasonOr404(catalog, season);
      return c.json(writable(competitionBrief(s, competitionOr404(s, competition))), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/competitions/{competition}/scorers',
      tags: ['competitions'],
      summary:
        'Top scorers as of a day: derived when every scorer is known, else labelled partial or as a source reported',
      request: { params: CompetitionParams, query: AsOfQuery },
      responses: ok(ScorersSchema, 'The scorers'),
    }),
    async (c) => {
      const { season, competition } = c.req.valid('param');
      const s = await seasonOr404(catalog, season);
      competitionOr404(s, competition);
      return c.json(writable(scorersView(s, competition, c.req.valid('query').asOf)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/competitions/{competition}/statistics',
      tags: ['competitions'],
      summary:
        'Matches, goals, results by kind, biggest wins and highest-scoring matches, each known only when its facts are',
      request: { params: CompetitionParams, query: AsOfQuery },
      responses: ok(StatisticsSchema, 'The statistics'),
    }),
    async (c) => {
      const { season, competition } = c.req.valid('param');
      const s = await seasonOr404(catalog, season);
      competitionOr404(s, competition);
      return c.json(writable(statisticsView(s, competition, c.req.valid('query').asOf)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/competitions/{competition}/suspensions',
      tags: ['competitions'],
      summary:
        "Bans from accumulated cards under the competition's suspensions rules: who, why, the match that brought each, the matches that serve it; banned players named in a line-up",
      request: {
        params: CompetitionParams,
        query: z.object({ team: z.string().optional().openapi({ description: 'only this team' }) }),
      },
      responses: ok(
        SuspensionsSchema,
        'The bans (none, and no rules, for a competition without suspensions rules)',
      ),
    }),
    async (c) => {
      const { season, competition } = c.req.valid('param');
      const { team } = c.req.valid('query');
      const s = await seasonOr404(catalog, season);
      competitionOr404(s, competition);
      if (team !== undefined && !s.index.teams.has(team)) throw notFound(`team '${team}'`);
      return c.json(writable(suspensionsView(s, competition, team)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/teams/{team}',
      tags: ['competitions'],
      summary: 'A team: its club, matches, and its position after each day it played in each table',
      request: { params: TeamParams },
      responses: ok(TeamSchema, 'The team'),
    }),
    async (c) => {
      const { season, team } = c.req.valid('param');
      const v = teamView(await seasonOr404(catalog, season), team);
      if (!v) throw notFound(`team '${team}'`);
      return c.json(writable(v), 200);
    },
  );
}
