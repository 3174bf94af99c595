import { z } from 'zod';
import { TIEBREAKER_IDS } from '../model/rules.ts';

export const PointsSchema = z.strictObject({
  win: z.number().int(),
  draw: z.number().int(),
  loss: z.number().int(),
  shootoutWin: z.number().int().optional(),
  shootoutLoss: z.number().int().optional(),
});

export const TiebreakerIdSchema = z.enum(TIEBREAKER_IDS);

/**
 * How a table is ranked. A preset names a known regulation (`adfp-2014`, `uefa-group`, …);
 * fields given next to it override the preset's.
 */
export const TableRulesSchema = z.strictObject({
  preset: z.string().optional(),
  points: PointsSchema.optional(),
  tiebreakers: z.array(TiebreakerIdSchema).optional(),
  assumedTiebreakers: z
    .array(TiebreakerIdSchema)
    .optional()
    .describe(
      'criteria applied after `tiebreakers` (or the preset’s) that no source states: the ranking uses them, the modus says they are assumed',
    ),
  headToHead: z.enum(['reapply', 'once']).optional(),
  playoffPositions: z
    .array(z.number().int().positive())
    .optional()
    .describe(
      'places p whose ties go to a play-off: a tie is played off when its teams would share places p and p + 1 (e.g. [1]: a tie for first; [14]: a tie across the line between 14th and 15th). Same as playoffBetween [[p, p + 1]]',
    ),
  playoffBetween: z
    .array(
      z.tuple([z.number().int().positive(), z.number().int().positive()]).refine(([a, b]) => b === a + 1, {
        message: 'two adjacent places, like [14, 15] (the line between 14th and 15th)',
      }),
    )
    .optional()
    .describe(
      'lines settled by a play-off, as the regulations say them: [[1, 2]] "a tie for first place", [[14, 15]] "a tie on points across the relegation line (between 14th and 15th)"; teams level on points that would fall on both sides of the line play off',
    ),
});

/** How a knockout tie is decided. A preset names a known regulation; fields override it. */
export const TieRulesSchema = z.strictObject({
  preset: z.string().optional(),
  legs: z.union([z.literal(1), z.literal(2)]).optional(),
  aggregate: z
    .enum(['goals', 'points'])
    .optional()
    .describe('"points": level on points after two legs → a third match'),
  awayGoals: z.boolean().optional(),
  awayGoalsInExtraTime: z.boolean().optional(),
  extraTime: z.boolean().optional(),
  penalties: z.boolean().optional(),
  replay: z.boolean().optional(),
  thirdMatch: z
    .strictObject({
      neutral: z.boolean().default(true),
      extraTime: z.boolean().default(true),
      penalties: z.boolean().default(true),
    })
    .optional(),
});

export type TableRulesDoc = z.output<typeof TableRulesSchema>;
export type TieRulesDoc = z.output<typeof TieRulesSchema>;
