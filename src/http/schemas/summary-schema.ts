import { z } from '@hono/zod-openapi';
import { CertaintySchema, TeamRefSchema } from './common-schema.ts';
import { QualifierSchema } from './table-schema.ts';

export const LinkSchema = z
  .object({
    id: z.string(),
    description: z.string().optional(),
    kind: z.enum(['qualification', 'promotion', 'relegation', 'adjustment']),
    status: z.enum(['applied', 'recorded', 'pending', 'condition-failed', 'unknown']),
    teams: z.array(TeamRefSchema),
    certainty: CertaintySchema,
    condition: z
      .object({
        met: z.union([z.boolean(), z.literal('unknown')]),
        detail: z.string(),
        checks: z
          .array(
            z.object({
              team: TeamRefSchema.describe('the team whose place counts (a reserve team’s first team)'),
              met: z.union([z.boolean(), z.literal('unknown')]),
              position: z
                .number()
                .int()
                .optional()
                .describe('its final place, or its current one while unknown'),
              recorded: z
                .object({ sources: z.array(z.string()) })
                .optional()
                .describe('a source recorded whether it made it'),
            }),
          )
          .describe('the condition for each team the link took'),
      })
      .optional(),
    effect: z.string(),
    note: z.string().optional(),
  })
  .openapi('Link');

export const SummarySchema = z
  .object({
    season: z.string(),
    asOf: z.string().optional(),
    competitions: z.array(
      z.object({ id: z.string(), name: z.string(), champion: QualifierSchema, runnerUp: QualifierSchema }),
    ),
    links: z.array(LinkSchema),
  })
  .openapi('Summary');
