import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { isoDate } from '../../core/model/index.ts';
import { predictFixtures, playedAsOf, toPlayAsOf } from '../../core/predict/index.ts';
import type { SeasonForecasts } from '../../live/season-forecasts.ts';
import { fixtureForecastJson } from '../../views/forecast-view.ts';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { CompetitionParams, IsoDateQuery } from '../schemas/common-schema.ts';
import { BAD_REQUEST, NOT_FOUND } from '../schemas/error-schema.ts';
import { CompetitionForecastSchema, PredictionsSchema } from '../schemas/forecast-schema.ts';
import { writable } from '../writable.ts';
import { competitionOr404, seasonOr404 } from './lookup.ts';

/** The most runs one request may ask for: the error of a probability falls as 1/√runs, the wait grows as runs. */
export const MAX_FORECAST_RUNS = 10_000;
export const DEFAULT_FORECAST_RUNS = 500;

export const ForecastQuery = z.object({
  runs: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_FORECAST_RUNS)
    .default(DEFAULT_FORECAST_RUNS)
    .openapi({ description: `how many times the rest of the season is played (1 to ${MAX_FORECAST_RUNS})` }),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 53 - 1)
    .default(1)
    .openapi({ description: 'the seed the runs draw from: the same seed, the same answer' }),
  asOf: IsoDateQuery.optional().openapi({
    description: 'as on the evening of this day: later results are played again as still to come',
  }),
});

const ok = <T>(schema: T, description: string) => ({
  200: { description, content: { 'application/json': { schema } } },
  ...BAD_REQUEST,
  ...NOT_FOUND,
});

/** Predictions of a competition's next matches, and the odds of everything left in it. */
export function registerForecastRoutes(
  app: OpenAPIHono<AppEnv>,
  { catalog }: AppDeps,
  forecasts: SeasonForecasts,
): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/competitions/{competition}/predictions',
      tags: ['forecasts'],
      summary:
        'Home/draw/away probabilities and expected goals of the competition’s matches still to play (Dixon–Coles, fitted on every match played in the season)',
      request: {
        params: CompetitionParams,
        query: z.object({
          asOf: IsoDateQuery.optional().openapi({ description: 'fit on the matches played by this day' }),
        }),
      },
      responses: ok(PredictionsSchema, 'The forecasts, in date order'),
    }),
    async (c) => {
      const { season, competition } = c.req.valid('param');
      const s = await seasonOr404(catalog, season);
      const comp = competitionOr404(s, competition);
      const q = c.req.valid('query').asOf;
      const asOf = q ? isoDate(q) : undefined;
      const played = s.matches.filter((m) => playedAsOf(m, asOf));
      const upcoming = s.matches.filter((m) => m.competition === comp.id && toPlayAsOf(m, asOf));
      const { forecasts } = predictFixtures(played, upcoming, asOf ? { asOf } : {});
      return c.json({ matches: forecasts.map(fixtureForecastJson) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/seasons/{season}/competitions/{competition}/forecast',
      tags: ['forecasts'],
      summary:
        'Everything left in the season played many times under its own rules: each team’s odds of every place, the title, relegation, promotion and every link',
      description:
        'Made once per season version, competition, runs, seed and asOf, and kept: asking again is free until a fact changes the season. Progress is sent on the season’s event stream (event: forecast).',
      request: { params: CompetitionParams, query: ForecastQuery },
      responses: ok(CompetitionForecastSchema, 'The forecast'),
    }),
    async (c) => {
      const { season, competition } = c.req.valid('param');
      const s = await seasonOr404(catalog, season);
      const comp = competitionOr404(s, competition);
      const { runs, seed, asOf } = c.req.valid('query');
      const forecast = await forecasts.get(s, comp.id, { runs, seed, ...(asOf ? { asOf } : {}) });
      return c.json(writable(forecast), 200);
    },
  );
}
