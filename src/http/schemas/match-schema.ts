import { z } from '@hono/zod-openapi';
import { MatchStatusSchema as MatchStatusDefinition } from '../../core/definition/index.ts';
import { ScoreSchema, TeamRefSchema } from './common-schema.ts';

/** The statuses of the season format, one list for files and API alike. */
export const MatchStatusSchema = z.enum(MatchStatusDefinition.options);

export const ResultSchema = z
  .object({
    fullTime: ScoreSchema.openapi({ description: 'after 90 minutes' }),
    halfTime: ScoreSchema.optional(),
    extraTime: ScoreSchema.optional().openapi({ description: 'cumulative, after extra time' }),
    penalties: ScoreSchema.optional(),
  })
  .openapi('Result');

export const MatchSummarySchema = z
  .object({
    id: z.string(),
    competition: z.string(),
    stage: z.string(),
    group: z.string().optional(),
    round: z.string().optional(),
    tie: z.string().optional(),
    leg: z.number().int().optional(),
    date: z.string().optional().openapi({ description: 'absent when the date is not known' }),
    time: z.string().optional(),
    home: TeamRefSchema,
    away: TeamRefSchema,
    venue: z.object({ id: z.string(), name: z.string() }).optional(),
    neutral: z.boolean().optional(),
    status: MatchStatusSchema,
    result: ResultSchema.optional().openapi({
      description: 'absent when no result is known (never 0-0 by default)',
    }),
    awardedTo: z.string().optional(),
  })
  .openapi('MatchSummary');

const MinuteSchema = z
  .object({ minute: z.number().int(), added: z.number().int().optional() })
  .openapi('Minute');
const PersonRefSchema = {
  player: z.string().optional().openapi({ description: 'person id, when known' }),
  name: z.string(),
};

export const MatchEventSchema = z
  .object({
    type: z.enum(['goal', 'penalty', 'own_goal', 'yellow', 'second_yellow', 'red', 'substitution']),
    side: z.enum(['home', 'away']),
    ...PersonRefSchema,
    minute: MinuteSchema.optional(),
    replaced: z.string().optional().openapi({ description: 'for a substitution: the player who came off' }),
  })
  .openapi('MatchEvent');

export const KickSchema = z
  .object({
    order: z.number().int(),
    side: z.enum(['home', 'away']),
    ...PersonRefSchema,
    outcome: z.enum(['scored', 'missed', 'saved']),
    score: ScoreSchema,
  })
  .openapi('ShootoutKick');

const LineupSchema = z
  .object({ starting: z.array(z.string()), substitutes: z.array(z.string()), manager: z.string().optional() })
  .openapi('Lineup');

export const MatchDetailSchema = MatchSummarySchema.extend({
  events: z
    .array(MatchEventSchema)
    .openapi({ description: 'in the order of the match; events without a minute last' }),
  eventsKnown: z
    .boolean()
    .openapi({ description: 'false when the goals of a played match were not recorded' }),
  shootout: z.array(KickSchema).optional(),
  lineups: z.object({ home: LineupSchema.optional(), away: LineupSchema.optional() }).optional(),
  referee: z.string().optional(),
  attendance: z.number().int().optional(),
  attendanceApproximate: z
    .boolean()
    .optional()
    .openapi({ description: 'true when the attendance is an estimate ("c. 17,000")' }),
  notes: z.string().optional(),
  sources: z.array(
    z.object({
      id: z.string(),
      title: z.string().optional(),
      url: z.string().optional(),
      publisher: z.string().optional(),
    }),
  ),
  version: z
    .number()
    .int()
    .openapi({ description: 'the match fact’s current version; send it as expectedVersion when correcting' }),
  history: z.array(
    z.object({
      version: z.number().int(),
      action: z.enum(['record', 'correct', 'retract']),
      author: z.string(),
      recordedAt: z.string(),
      reason: z.string().optional(),
      changes: z
        .array(
          z.object({
            field: z.string(),
            before: z.unknown().optional().openapi({ description: 'absent: the field was added' }),
            after: z.unknown().optional().openapi({ description: 'absent: the field was removed' }),
          }),
        )
        .openapi({
          description:
            'the fields of the match this version changed from the one before (the first version: the result it recorded), as the season format writes them',
        }),
    }),
  ),
}).openapi('MatchDetail');

export const MatchListSchema = z.object({ matches: z.array(MatchSummarySchema) }).openapi('MatchList');
