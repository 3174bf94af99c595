import { z } from '@hono/zod-openapi';
import { CertaintySchema, TeamRefSchema } from './common-schema.ts';

const SplitSchema = z
  .object({
    played: z.number().int(),
    won: z.number().int(),
    drawn: z.number().int(),
    lost: z.number().int(),
    goalsFor: z.number().int(),
    goalsAgainst: z.number().int(),
    points: z.number().int(),
  })
  .openapi('Split');

export const TableRowSchema = z
  .object({
    position: z.number().int(),
    sharedPosition: z.boolean(),
    team: TeamRefSchema,
    played: z.number().int(),
    won: z.number().int(),
    drawn: z.number().int(),
    lost: z.number().int(),
    goalsFor: z.number().int(),
    goalsAgainst: z.number().int(),
    goalDifference: z.number().int(),
    points: z.number().int().openapi({ description: 'adjustments included' }),
    adjustment: z.number().int(),
    adjustmentNotes: z.array(z.string()),
    decidedBy: z
      .string()
      .nullable()
      .openapi({ description: 'the criterion that put this team above the next, when points did not' }),
    form: z.array(z.enum(['W', 'D', 'L'])),
    home: SplitSchema,
    away: SplitSchema,
  })
  .openapi('TableRow');

export const TableSchema = z
  .object({
    competition: z.string(),
    stage: z.string(),
    group: z.string().optional(),
    name: z.string(),
    side: z.enum(['all', 'home', 'away']),
    asOf: z.string().optional(),
    rows: z.array(TableRowSchema),
    notes: z.array(z.string()).openapi({ description: 'every tie-break the table needed, in words' }),
    adjustments: z.array(
      z.object({
        team: TeamRefSchema,
        points: z.number().int(),
        reason: z.string(),
        effective: z.string().optional(),
        source: z.string().optional(),
      }),
    ),
    matchesPlayed: z.number().int(),
    matchesExpected: z.number().int().optional(),
    resultsUnknown: z
      .number()
      .int()
      .openapi({ description: 'matches known to be played whose result nobody recorded' }),
    certainty: CertaintySchema,
  })
  .openapi('Table');

export const TablesSchema = z.object({ tables: z.array(TableSchema) }).openapi('Tables');

export const QualifierSchema = z
  .object({ team: TeamRefSchema.optional(), certainty: CertaintySchema, source: z.string().optional() })
  .openapi('Qualifier');
