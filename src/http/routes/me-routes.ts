import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { requirePrincipal } from '../auth/authenticate.ts';
import { ErrorSchema } from '../schemas/error-schema.ts';

export const PrincipalSchema = z
  .object({
    name: z.string(),
    grants: z.array(
      z.object({
        season: z.string().openapi({ description: 'the season the grant holds in' }),
        competition: z.string().openapi({ description: "a competition id, or '*' for all" }),
        role: z.enum(['admin', 'recorder']),
        kinds: z
          .array(z.string())
          .optional()
          .openapi({ description: 'the kinds of fact the grant is narrowed to, if any' }),
      }),
    ),
  })
  .openapi('Principal');

export function registerMeRoutes(app: OpenAPIHono<AppEnv>, { tokens }: AppDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/me',
      tags: ['facts'],
      summary: 'Who a token belongs to and what it may record',
      security: [{ bearer: [] }],
      responses: {
        200: {
          description: 'The token’s owner and grants',
          content: { 'application/json': { schema: PrincipalSchema } },
        },
        401: {
          description: 'No token, or a token nobody issued',
          content: { 'application/json': { schema: ErrorSchema } },
        },
      },
    }),
    (c) => {
      const p = requirePrincipal(c, tokens);
      return c.json(
        {
          name: p.name,
          grants: p.grants.map((g) => ({
            season: g.season,
            competition: g.competition,
            role: g.role,
            ...(g.kinds ? { kinds: [...g.kinds] } : {}),
          })),
        },
        200,
      );
    },
  );
}
