import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { notFound } from '../http-error.ts';
import {
  FactKindSchema,
  FactHistorySchema,
  FactWriteSchema,
  ResultWriteSchema,
  StoredFactSchema,
} from '../schemas/fact-schema.ts';
import { SeasonParam, MatchParams } from '../schemas/common-schema.ts';
import { NOT_FOUND, WRITE_ERRORS } from '../schemas/error-schema.ts';
import { recordMatchResult, recordWrite } from './record-fact.ts';
import { seasonOr404 } from './lookup.ts';

const IdempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'the same key sent again records the fact once' }),
});

const recorded = {
  201: {
    description: 'Recorded: the new version of the fact',
    content: { 'application/json': { schema: StoredFactSchema } },
  },
  200: {
    description: 'Already recorded under this Idempotency-Key: the version first written',
    content: { 'application/json': { schema: StoredFactSchema } },
  },
};

const FactKeyParams = SeasonParam.extend({
  kind: FactKindSchema.openapi({ param: { name: 'kind', in: 'path' } }),
  key: z.string().openapi({
    param: { name: 'key', in: 'path' },
    description: 'the fact key, URL-encoded (a match id for a match)',
  }),
});

export function registerFactRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/seasons/{season}/facts',
      tags: ['facts'],
      summary:
        'Record a fact, or correct one (with a reason): a match, an adjustment, an exclusion, lots, an outcome…',
      security: [{ bearer: [] }],
      request: {
        params: SeasonParam,
        headers: IdempotencyHeader,
        body: { required: true, content: { 'application/json': { schema: FactWriteSchema } } },
      },
      responses: { ...recorded, ...WRITE_ERRORS },
    }),
    async (c) => {
      const { season } = c.req.valid('param');
      const result = await recordWrite(
        deps,
        c,
        season,
        c.req.valid('json'),
        (await c.req.json()) as Record<string, unknown>,
      );
      return c.json(result.fact, result.replayed ? 200 : 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/seasons/{season}/matches/{match}/result',
      tags: ['facts'],
      summary: 'Record what happened in a known fixture, or correct it (a new version of the match fact)',
      security: [{ bearer: [] }],
      request: {
        params: MatchParams,
        headers: IdempotencyHeader,
        body: { required: true, content: { 'application/json': { schema: ResultWriteSchema } } },
      },
      responses: { ...recorded, ...WRITE_ERRORS },
    }),
    async (c) => {
      const { season, match } = c.req.valid('param');
      const body = c.req.valid('json');
      const raw = (await c.req.json()) as Record<string, unknown>;
      const result = await recordMatchResult(deps, c, season, match, raw, {
        expectedVersion: body.expectedVersion,
        reason: body.reason,
      });
      return c.json(result.fact, result.replayed ? 200 : 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/facts/{kind}/{key}',
      tags: ['facts'],
      summary: 'Every version of one fact, oldest first: who recorded or corrected it, when and why',
      request: { params: FactKeyParams },
      responses: {
        200: { description: 'The versions', content: { 'application/json': { schema: FactHistorySchema } } },
        ...NOT_FOUND,
      },
    }),
    async (c) => {
      const { season, kind, key } = c.req.valid('param');
      await seasonOr404(deps.catalog, season);
      const facts = await deps.catalog.history(season, kind, key);
      if (!facts.length) throw notFound(`${kind} '${key}'`);
      return c.json({ facts: facts.map((f) => ({ ...f })) }, 200);
    },
  );
}
