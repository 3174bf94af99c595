import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import type { FactEvent } from '../../live/fact-event.ts';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { SeasonParam } from '../schemas/common-schema.ts';
import { NOT_FOUND } from '../schemas/error-schema.ts';
import { seasonOr404 } from './lookup.ts';

export const FactEventSchema = z
  .object({
    season: z.string(),
    kind: z.string().optional(),
    key: z.string().optional(),
    competition: z.string().optional(),
    fact: z.number().int().optional(),
  })
  .openapi('FactEvent');

/**
 * `GET /api/seasons/{season}/events`: Server-Sent Events. `hello` on connect (with the season's
 * digest), then `fact` for every change of the season, whichever server it was recorded on;
 * a comment every `heartbeatSeconds` keeps proxies from closing an idle stream.
 */
export function registerEventRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/events',
      tags: ['live'],
      summary: 'The season’s changes as they happen, on any server of this season (Server-Sent Events)',
      request: { params: SeasonParam },
      responses: {
        200: {
          description:
            'event: hello (data: {"season", "digest"}), then event: fact (data: FactEvent) for each change',
          content: { 'text/event-stream': { schema: z.string() } },
        },
        ...NOT_FOUND,
      },
    }),
    async (c) => {
      const { season } = c.req.valid('param');
      const s = await seasonOr404(deps.catalog, season);
      return streamSSE(c, async (stream) => {
        await stream.writeSSE({ event: 'hello', data: JSON.stringify({ season, digest: s.digest }) });
        await relay(stream, deps, season);
      });
    },
  );
}

/** Writes each event of the season as it comes, until the client goes away. */
async function relay(stream: SSEStreamingApi, deps: AppDeps, season: string): Promise<void> {
  const queue: FactEvent[] = [];
  let wake: (() => void) | undefined;
  const unsubscribe = deps.catalog.bus.subscribe(season, (e) => {
    queue.push(e);
    wake?.();
  });
  stream.onAbort(() => wake?.());
  const heartbeatMs = (deps.heartbeatSeconds ?? 20) * 1000;
  try {
    while (!stream.aborted) {
      const next = queue.shift();
      if (next) {
        await stream.writeSSE({ event: 'fact', data: JSON.stringify(next) });
        continue;
      }
      const idle = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(true), heartbeatMs);
        wake = () => {
          clearTimeout(timer);
          resolve(false);
        };
      });
      wake = undefined;
      if (idle && !stream.aborted) await stream.write(': keep-alive\n\n');
    }
  } finally {
    unsubscribe();
  }
}
