import { z } from '@hono/zod-openapi';
import { TeamRefSchema } from './common-schema.ts';

export const StageBriefSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    format: z.enum(['league', 'groups', 'knockout', 'aggregate']),
    groups: z.array(z.object({ id: z.string(), name: z.string(), teams: z.array(TeamRefSchema) })),
    rounds: z.array(z.object({ id: z.string(), name: z.string() })),
    knownResults: z.number().int(),
    expectedMatches: z.number().int().optional(),
    unknown: z.array(z.string()).openapi({ description: 'what is not known about this stage, in words' }),
  })
  .openapi('StageBrief');

export const CompetitionBriefSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['league', 'cup', 'promotion', 'reserves', 'playoff']),
    level: z.number().int().optional(),
    organiser: z.string().optional(),
    start: z.string().optional(),
    end: z.string().optional(),
    teams: z.array(TeamRefSchema),
    stages: z.array(StageBriefSchema),
  })
  .openapi('Competition');

export const SeasonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    country: z.string().optional(),
    start: z.string().optional(),
    end: z.string().optional(),
    previous: z.string().optional(),
    next: z.string().optional(),
    digest: z.string().openapi({ description: 'changes whenever anything in the season changes' }),
    counts: z.object({
      clubs: z.number().int(),
      teams: z.number().int(),
      venues: z.number().int(),
      matches: z.number().int(),
      results: z.number().int(),
    }),
    competitions: z.array(CompetitionBriefSchema),
  })
  .openapi('Season');

export const SeasonListSchema = z
  .object({ seasons: z.array(z.object({ id: z.string(), name: z.string(), digest: z.string() })) })
  .openapi('SeasonList');

export const CompetitionListSchema = z
  .object({ competitions: z.array(CompetitionBriefSchema) })
  .openapi('CompetitionList');
