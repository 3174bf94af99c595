import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { competitionBrief, seasonView } from '../../views/season-view.ts';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { writable } from '../writable.ts';
import { SeasonParam } from '../schemas/common-schema.ts';
import { NOT_FOUND } from '../schemas/error-schema.ts';
import { CompetitionListSchema, SeasonListSchema, SeasonSchema } from '../schemas/season-schema.ts';
import { seasonOr404 } from './lookup.ts';

const json = <T>(schema: T, description: string) => ({
  200: { description, content: { 'application/json': { schema } } },
});

export function registerSeasonRoutes(app: OpenAPIHono<AppEnv>, { catalog }: AppDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons',
      tags: ['seasons'],
      summary: 'The seasons this server serves',
      responses: json(SeasonListSchema, 'Seasons'),
    }),
    async (c) => {
      const seasons = (await catalog.briefs()).map(({ id, name, digest }) => ({ id, name, digest }));
      return c.json({ seasons }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}',
      tags: ['seasons'],
      summary: 'A season: what it holds, its competitions and stages, its version',
      request: { params: SeasonParam },
      responses: { ...json(SeasonSchema, 'The season'), ...NOT_FOUND },
    }),
    async (c) => c.json(writable(seasonView(await seasonOr404(catalog, c.req.valid('param').season))), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/competitions',
      tags: ['competitions'],
      summary: 'The competitions of a season',
      request: { params: SeasonParam },
      responses: { ...json(CompetitionListSchema, 'Competitions'), ...NOT_FOUND },
    }),
    async (c) => {
      const s = await seasonOr404(catalog, c.req.valid('param').season);
      return c.json(writable({ competitions: s.doc.competitions.map((x) => competitionBrief(s, x)) }), 200);
    },
  );
}
