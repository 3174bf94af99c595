import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { FactEvent } from '../../live/fact-event.ts';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { EventFanout, sseFrame } from '../event-fanout.ts';
import { SeasonParam } from '../schemas/common-schema.ts';
import { BAD_REQUEST, NOT_FOUND } from '../schemas/error-schema.ts';
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

/** Facts a resuming stream replays one by one; beyond this it sends one event (the page reads itself again anyway). */
const MOST_REPLAYED = 200;

const EventsQuery = z.object({
  since: z.coerce.number().int().nonnegative().optional().openapi({
    description:
      'the id of the last fact the client holds (a page says which): every fact recorded after it is sent first. A Last-Event-ID header (sent by a reconnecting EventSource) takes its place',
  }),
});

/**
 * `GET /api/seasons/{season}/events`: Server-Sent Events. `hello` on connect (with the season's
 * digest), then `fact` for every change of the season, whichever server it was recorded on, each
 * with the fact's id as its event id; a client that comes back with `Last-Event-ID` (or
 * `?since=`) first gets every fact it missed, from the log. The clients of a season share one
 * fan-out (event-fanout.ts): each fact framed once, a heartbeat comment every `heartbeatSeconds`
 * (15), a client too far behind dropped.
 */
export function registerEventRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const fanout = new EventFanout({
    bus: deps.catalog.bus,
    ...(deps.forecasts ? { forecasts: deps.forecasts } : {}),
    ...(deps.heartbeatSeconds ? { heartbeatMs: deps.heartbeatSeconds * 1000 } : {}),
    ...(deps.slowClientBytes ? { slowClientBytes: deps.slowClientBytes } : {}),
  });
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/events',
      tags: ['live'],
      summary: 'The season’s changes as they happen, on any server of this season (Server-Sent Events)',
      request: {
        params: SeasonParam,
        query: EventsQuery,
        headers: z.object({
          'last-event-id': z
            .string()
            .regex(/^\d+$/)
            .optional()
            .openapi({ description: 'the id of the last event received: resume after it' }),
        }),
      },
      responses: {
        200: {
          description:
            'event: hello (data: {"season", "digest", "lastFact"}), then event: fact (id: the fact id; data: FactEvent) for each change, missed ones first; event: forecast (data: {"season", "competition", "version", "runs", "seed", "asOf", "status": "running"|"done"|"failed", "done"}) while a forecast of the season is made again',
          content: { 'text/event-stream': { schema: z.string() } },
        },
        ...BAD_REQUEST,
        ...NOT_FOUND,
      },
    }),
    async (c) => {
      const { season } = c.req.valid('param');
      const lastEventId = c.req.valid('header')['last-event-id'];
      const s = await seasonOr404(deps.catalog, season);
      // Without a place to resume from, from the version the client is about to be told of.
      const since =
        lastEventId !== undefined ? Number(lastEventId) : (c.req.valid('query').since ?? s.lastFactId);
      const body = fanout.open(
        season,
        since,
        async (client) => {
          client.send(sseFrame('hello', { season, digest: s.digest, lastFact: s.lastFactId }, since));
          // Read now, with the client already listening: a fact folded in after this comes live,
          // one before it is in this version. Nothing to read from the log when the client holds it.
          const now = (await deps.catalog.snapshot(season)) ?? s;
          if (since >= now.lastFactId) return;
          for (const e of await missed(deps, season, since, now.lastFactId))
            client.send(sseFrame('fact', e, e.fact), e.fact);
        },
        c.req.raw.signal,
      );
      return new Response(body, {
        headers: {
          'Content-Type': 'text/event-stream; charset=utf-8',
          'Cache-Control': 'no-cache',
          // Streamed as it comes: the adapter does not wait for a first chunk to size the body.
          'Transfer-Encoding': 'chunked',
          // nginx: pass each event on as it comes instead of buffering the response.
          'X-Accel-Buffering': 'no',
        },
      });
    },
  );
}

/** The facts recorded after `since`, as events; one event, up to `latest`, when there are too many to replay. */
async function missed(deps: AppDeps, season: string, since: number, latest: number): Promise<FactEvent[]> {
  const changes = await deps.catalog.factsSince(season, since, MOST_REPLAYED + 1);
  const facts = changes?.facts ?? [];
  if (facts.length > MOST_REPLAYED) return [{ season, fact: Math.max(latest, facts.at(-1)!.id) }];
  return facts.map((f) => {
    const competition = f.payload?.competition;
    return {
      season,
      kind: f.kind,
      key: f.key,
      fact: f.id,
      ...(typeof competition === 'string' ? { competition } : {}),
    };
  });
}
