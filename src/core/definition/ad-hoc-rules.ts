import { z } from 'zod';
import { DateField } from './primitives.ts';
import { TableRulesSchema } from './rules.ts';

/**
 * The rules file of `torneo table --results`: how to rank a table that has no season behind it —
 * points, tie-breakers, head-to-head mode (or a preset), adjustments, and decisions already taken
 * (orders drawn by lots). Teams are named as in the results file.
 */
export const AdHocRulesSchema = TableRulesSchema.extend({
  adjustments: z
    .array(
      z.strictObject({
        team: z.string().min(1),
        points: z.number().int(),
        reason: z.string().min(1),
        date: DateField.optional(),
      }),
    )
    .default([]),
  lots: z
    .array(z.array(z.string().min(1)).min(2))
    .default([])
    .describe('orders decided by drawing lots, best first'),
});

export type AdHocRulesDoc = z.output<typeof AdHocRulesSchema>;
