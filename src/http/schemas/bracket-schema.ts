import { z } from '@hono/zod-openapi';
import { CertaintySchema as Certainty } from './common-schema.ts';
import { QualifierSchema, TableSchema } from './table-schema.ts';

export const SlotOriginSchema = z
  .union([
    z.object({
      kind: z.literal('position'),
      competition: z.string(),
      stage: z.string(),
      group: z.string().optional(),
      position: z.number().int().openapi({ description: '1 = first; −1 = last' }),
    }),
    z.object({ kind: z.enum(['winner', 'loser']), tie: z.string(), name: z.string().optional() }),
    z.object({
      kind: z.literal('best-remaining'),
      competition: z.string(),
      stage: z.string(),
      group: z.string().optional(),
    }),
    z.object({
      kind: z.literal('recorded-qualifier'),
      competition: z.string(),
      stage: z.string(),
      group: z.string().optional(),
      index: z.number().int(),
    }),
  ])
  .openapi('SlotOrigin', { description: 'where a place in a tie comes from' });

export const ConditionStateSchema = z
  .object({
    team: z.string(),
    competition: z.string(),
    stage: z.string(),
    group: z.string().optional(),
    positionAtMost: z.number().int(),
    position: z.number().int().optional(),
    met: z.union([z.boolean(), z.literal('unknown')]),
  })
  .openapi('EntrantCondition', {
    description: '"provided it finishes in the top N of that table", looked up',
  });

export const TieSideSchema = z
  .object({
    id: z.string().nullable().openapi({ description: 'the team; null while not known' }),
    name: z.string().nullable(),
    code: z.string().optional(),
    certainty: Certainty,
    from: SlotOriginSchema.optional(),
    slot: z.string().optional().openapi({ description: 'the place as the definition writes it' }),
    condition: ConditionStateSchema.optional(),
    inheritedFrom: z.string().optional().openapi({ description: 'the team whose place this one took' }),
  })
  .openapi('TieSide');

export const LegSchema = z
  .object({
    id: z.string(),
    leg: z.number().int(),
    date: z.string().nullable(),
    home: z.string(),
    away: z.string(),
    score: z.string().nullable().openapi({ description: 'after 90 minutes, home first: "2-1"' }),
    extraTime: z.string().nullable().openapi({ description: 'the cumulative score after extra time' }),
    penalties: z.string().nullable(),
    status: z.string(),
    awardedTo: z.string().optional(),
    venue: z.string().optional(),
    neutral: z.boolean().optional(),
  })
  .openapi('Leg');

export const TieSchema = z
  .object({
    id: z.string(),
    name: z.string().optional(),
    a: TieSideSchema.openapi({ description: 'at home in the first leg (or the single match)' }),
    b: TieSideSchema,
    legs: z.array(LegSchema),
    aggregate: z
      .string()
      .nullable()
      .openapi({ description: 'goals over the tie (points for a tie on points), A first' }),
    winner: z.string().nullable(),
    decidedBy: z
      .enum([
        'aggregate',
        'away_goals',
        'extra_time',
        'penalties',
        'third_match',
        'replay',
        'walkover',
        'exclusion',
        'lots',
        'recorded',
      ])
      .nullable(),
    status: z.enum(['decided', 'pending', 'awaiting']).openapi({
      description: 'pending: both teams known, not settled yet; awaiting: a team is not known yet',
    }),
    how: z
      .string()
      .optional()
      .openapi({ description: 'the engine’s own word: single_match, points, away_goals_extra_time, …' }),
    awayGoals: z.string().optional(),
    penalties: z.string().optional(),
    awaiting: z.string().optional(),
    reason: z.string().optional(),
    source: z.string().optional(),
    inconsistency: z.string().optional(),
  })
  .openapi('Tie');

export const RoundSchema = z
  .object({ id: z.string(), name: z.string(), ties: z.array(TieSchema) })
  .openapi('Round');

export const BracketSchema = z
  .object({ rounds: z.array(RoundSchema), winner: QualifierSchema, runnerUp: QualifierSchema })
  .openapi('Bracket');

export const StageBracketSchema = z
  .object({
    id: z.string().openapi({ description: 'the stage, or stage/group for a group played as a knockout' }),
    name: z.string(),
    stage: z.string(),
    group: z.string().optional(),
    kind: z.enum(['knockout', 'group', 'playoffs']),
    rounds: z.array(RoundSchema),
  })
  .openapi('StageBracket');

export const CompetitionBracketSchema = z
  .object({ competition: z.string(), asOf: z.string().optional(), stages: z.array(StageBracketSchema) })
  .openapi('CompetitionBracket', {
    description: 'every knockout of a competition: knockout stages, groups played as a knockout, play-offs',
  });

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
    knockouts: z
      .array(StageBracketSchema)
      .optional()
      .openapi({ description: 'groups of a groups stage played as a knockout, and its play-offs' }),
  })
  .openapi('StageState');
