import { z } from '@hono/zod-openapi';
import { TIEBREAKER_IDS } from '../../core/model/index.ts';
import { CertaintySchema, TeamRefSchema } from './common-schema.ts';

const Teams = z.array(TeamRefSchema);
const Place = z.number().int().openapi({ description: 'the place of the first of the tied teams' });

export const TieBreakSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('split'),
      criterion: z.enum(TIEBREAKER_IDS),
      place: Place,
      groups: z
        .array(Teams)
        .openapi({ description: 'the tied teams as the criterion split them, best first' }),
    }),
    z.object({
      kind: z.enum(['level', 'playoff_pending']),
      place: Place,
      teams: Teams,
    }),
    z.object({ kind: z.literal('lots_drawn'), teams: Teams, seed: z.number().int() }),
    z.object({ kind: z.enum(['lots_recorded', 'playoff_decided']), teams: Teams }),
  ])
  .openapi('TieBreak', {
    description:
      'a tie-break as data: a criterion that split tied teams (split), teams level on every criterion (level) or until a play-off (playoff_pending), or a decision taken outside the table (lots drawn with a seed, lots recorded, a play-off played)',
  });

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

export const CompletenessSchema = z
  .object({
    withResult: z
      .number()
      .int()
      .openapi({ description: 'matches played or awarded whose result the table counts' }),
    resultUnknown: z
      .number()
      .int()
      .openapi({ description: 'matches known to be played whose result nobody recorded (not counted)' }),
    toPlay: z
      .number()
      .int()
      .openapi({ description: 'matches recorded as still to be played (scheduled, postponed)' }),
    expected: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'matches the format implies (a round robin), when known' }),
    notRecorded: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'matches the format implies that are not recorded in any state' }),
    stageOver: z
      .boolean()
      .openapi({ description: 'the stage is over as of the day asked for (or of the latest fact recorded)' }),
    complete: z.boolean().openapi({ description: 'every match the format implies has a result' }),
  })
  .openapi('TableCompleteness');

export const SourceRefSchema = z
  .object({
    id: z.string(),
    title: z.string().optional(),
    publisher: z.string().optional(),
    url: z.string().optional(),
  })
  .openapi('SourceRef');

export const RecordedOutcomeSchema = z
  .object({
    winner: TeamRefSchema.optional(),
    runnerUp: TeamRefSchema.optional(),
    qualified: z.array(TeamRefSchema).optional(),
    positions: z
      .array(
        z.object({ position: z.number().int(), team: TeamRefSchema, points: z.number().int().optional() }),
      )
      .optional(),
    date: z
      .string()
      .optional()
      .openapi({ description: 'when it was published or became known; absent: date unknown' }),
    note: z.string().optional(),
    snapshot: z
      .boolean()
      .openapi({ description: 'a table printed on a day with no result named: that day’s snapshot' }),
    sources: z.array(SourceRefSchema),
  })
  .openapi('RecordedOutcome');

export const TableSchema = z
  .object({
    competition: z.string(),
    stage: z.string(),
    group: z.string().optional(),
    name: z.string(),
    side: z.enum(['all', 'home', 'away']),
    asOf: z.string().optional(),
    rows: z.array(TableRowSchema),
    tieBreaks: z.array(TieBreakSchema),
    notes: z.array(z.string()).openapi({
      description:
        'the same tie-breaks in words, in the language asked for (lang, else Accept-Language, else English)',
    }),
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
    completeness: CompletenessSchema,
    partial: z.boolean().openapi({
      description:
        'the table is computed from incomplete results: a result nobody recorded, or a stage that is over with matches missing',
    }),
    warnings: z.array(z.string()).openapi({
      description:
        'what a partial table is missing, in words and in the language asked for ("4 of 56 matches have a recorded result"); empty when nothing is missing',
    }),
    recorded: z.array(RecordedOutcomeSchema).openapi({
      description:
        'what sources recorded for this table (a group winner, who went through, places): the surfaces show it, with its sources, before the derived numbers when the table is not final',
    }),
    recordedNotes: z.array(z.string()).openapi({
      description:
        'the same in words, each leading with its sources ("Recorded (source: …): winner Alianza Lima.")',
    }),
    outcomeOnly: z.boolean().openapi({
      description:
        'the stage is over and no result of it is recorded: known only by its recorded outcome, the rows are all zero',
    }),
    certainty: CertaintySchema,
  })
  .openapi('Table');

export const TablesSchema = z.object({ tables: z.array(TableSchema) }).openapi('Tables');

export const QualifierSchema = z
  .object({ team: TeamRefSchema.optional(), certainty: CertaintySchema, source: z.string().optional() })
  .openapi('Qualifier');
