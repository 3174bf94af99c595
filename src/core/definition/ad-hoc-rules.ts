import { z } from 'zod';
import { DateField, ScoreString } from './primitives.ts';
import { TableRulesSchema, TieRulesSchema } from './rules.ts';

/** A play-off that settled a place: who won it, or the match itself. */
const AdHocPlayoffSchema = z.union([
  z.strictObject({
    teams: z.tuple([z.string().min(1), z.string().min(1)]),
    winner: z.string().min(1),
    date: DateField.optional(),
  }),
  z.strictObject({
    home: z.string().min(1),
    away: z.string().min(1),
    score: ScoreString,
    extraTime: ScoreString.optional(),
    penalties: ScoreString.optional(),
    date: DateField.optional(),
  }),
]);

/**
 * The rules file of `torneo table --results` and `torneo bracket --results`: how to rank a table
 * that has no season behind it — points, tie-breakers, head-to-head mode (or a preset),
 * adjustments, and decisions already taken (orders drawn by lots, play-offs for places) — and how
 * its knockout ties are decided. Teams are named as in the results file.
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
    .optional()
    .describe('replace the adjustments a published table in the results file states'),
  lots: z
    .array(z.array(z.string().min(1)).min(2))
    .default([])
    .describe('orders decided by drawing lots, best first'),
  playoffs: z
    .array(AdHocPlayoffSchema)
    .default([])
    .describe('play-offs between teams level in the table: `{teams: [A, B], winner: A}` or the match'),
  tie: TieRulesSchema.optional().describe('how the knockout ties of the file are decided'),
});

export type AdHocRulesDoc = z.output<typeof AdHocRulesSchema>;
export type AdHocPlayoffDoc = z.output<typeof AdHocPlayoffSchema>;
