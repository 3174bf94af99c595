import { z } from '@hono/zod-openapi';
import { ScoreSchema, TeamRefSchema } from './common-schema.ts';
import { MatchSummarySchema } from './match-schema.ts';
import { QualifierSchema, TableSchema } from './table-schema.ts';

export const TieSchema = z
  .object({
    id: z.string(),
    a: TeamRefSchema.optional().openapi({ description: 'at home in the first leg; absent while unknown' }),
    b: TeamRefSchema.optional(),
    matches: z.array(MatchSummarySchema),
    status: z.enum(['decided', 'pending', 'inconsistent']),
    winner: z.string().optional(),
    decidedBy: z.string().optional(),
    aggregate: ScoreSchema.optional(),
    penalties: ScoreSchema.optional(),
    awaiting: z.string().optional(),
    reason: z.string().optional(),
  })
  .openapi('Tie');

export const RoundSchema = z
  .object({ id: z.string(), name: z.string(), ties: z.array(TieSchema) })
  .openapi('Round');

export const BracketSchema = z
  .object({ rounds: z.array(RoundSchema), winner: QualifierSchema, runnerUp: QualifierSchema })
  .openapi('Bracket');

export const StageStateSchema = z
  .object({
    competition: z.string(),
    stage: z.object({
      id: z.string(),
      name: z.string(),
      format: z.enum(['league', 'groups', 'knockout', 'aggregate']),
    }),
    asOf: z.string().optional(),
    tables: z
      .array(TableSchema)
      .optional()
      .openapi({ description: 'for a league, groups or aggregate stage' }),
    qualifiers: z.array(QualifierSchema).optional(),
    bracket: BracketSchema.optional().openapi({ description: 'for a knockout stage' }),
  })
  .openapi('StageState');
