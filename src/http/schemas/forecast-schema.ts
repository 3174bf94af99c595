import { z } from '@hono/zod-openapi';

const Probability = z.number().min(0).max(1);

export const FixtureForecastSchema = z
  .object({
    date: z.string().nullable(),
    home: z.string(),
    away: z.string(),
    neutral: z.boolean().optional(),
    probabilities: z.object({ home: Probability, draw: Probability, away: Probability }),
    expectedGoals: z.object({ home: z.number(), away: z.number() }),
    mostLikelyScore: z.string().openapi({ example: '1-0' }),
  })
  .openapi('FixtureForecast');

export const PredictionsSchema = z
  .object({ matches: z.array(FixtureForecastSchema) })
  .openapi('Predictions', { description: 'as `torneo predict --json` prints it' });

export const TeamForecastSchema = z
  .object({
    team: z.string(),
    competition: z.string().nullable(),
    stage: z.string().nullable(),
    positions: z.array(Probability).openapi({ description: 'P(1st), P(2nd), … in the deciding table' }),
    champion: Probability,
    relegated: Probability,
    promoted: Probability,
    links: z
      .record(z.string(), Probability)
      .openapi({ description: 'P(the link takes the team), by link id' }),
    expectedPoints: z.number(),
  })
  .openapi('TeamForecast');

export const CompetitionForecastSchema = z
  .object({
    runs: z.number().int(),
    seed: z.number().int(),
    asOf: z.string().nullable(),
    competition: z.string(),
    version: z.string().openapi({ description: 'the season version the runs were played from' }),
    teams: z.array(TeamForecastSchema),
  })
  .openapi('CompetitionForecast', {
    description: 'as `torneo simulate --json` prints it, for one competition',
  });
