import { z } from 'zod';
import { LocalText, withForms } from './local-text.ts';
import { DateField, ScoreString, Slug, SourceIds } from './primitives.ts';
import { CardSchema, GoalSchema, LineupSchema, PerSide, ShootoutSchema } from './events.ts';

export const MatchStatusSchema = z.enum([
  'scheduled',
  'played',
  'awarded',
  'postponed',
  'abandoned',
  'void',
  'annulled',
  'cancelled',
]);

export const PostponementSchema = withForms(
  z.strictObject({
    from: DateField.describe('the date it was scheduled for'),
    to: DateField.optional().describe('the new date, when known'),
    reason: LocalText.optional(),
    sources: SourceIds,
  }),
  ['reason'],
);

/** The match fact's fields, before its texts are resolved (the API's result write picks from it). */
export const MatchFactObject = z.strictObject({
  id: Slug.optional().describe('defaults to competition/stage/date-or-round/home-away'),
  competition: Slug,
  stage: Slug,
  group: Slug.optional(),
  round: LocalText.optional().describe('the round in words: Fecha 14, or { es: Desempate, en: Play-off }'),
  tie: Slug.optional(),
  leg: z.number().int().positive().optional(),
  playoff: z
    .boolean()
    .optional()
    .describe(
      'a play-off between teams level in this table (e.g. for first place): it decides their order and does not count in the table',
    ),
  date: DateField.optional(),
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/, 'a kick-off time like 20:00')
    .optional(),
  home: Slug,
  away: Slug,
  venue: Slug.optional(),
  neutral: z.boolean().optional(),
  status: MatchStatusSchema.optional().describe(
    'defaults to played when a score is given, scheduled otherwise',
  ),
  score: ScoreString.optional().describe('after 90 minutes'),
  halfTime: ScoreString.optional(),
  extraTime: ScoreString.optional().describe('the cumulative score after extra time'),
  penalties: ScoreString.optional().describe('the shoot-out; derived from the kicks when they are given'),
  awardedTo: Slug.optional(),
  winner: Slug.optional().describe(
    'the reported winner of a knockout match whose deciding detail is unknown',
  ),
  goals: PerSide(GoalSchema).optional().describe('listed under the side the goal counts for (own goals too)'),
  cards: PerSide(CardSchema).optional(),
  lineups: z.strictObject({ home: LineupSchema.optional(), away: LineupSchema.optional() }).optional(),
  shootout: ShootoutSchema.optional(),
  referee: z.string().optional(),
  attendance: z.number().int().nonnegative().optional(),
  attendanceApproximate: z.boolean().optional(),
  postponements: z.array(PostponementSchema).optional(),
  notes: LocalText.optional(),
  sources: SourceIds,
});

/** One match as a fact: the fixture and, once played, what happened. */
export const MatchFactSchema = withForms(MatchFactObject, ['notes', 'round']);

export const AdjustmentFactSchema = withForms(
  z.strictObject({
    competition: Slug,
    stage: Slug.optional(),
    group: Slug.optional(),
    team: Slug,
    points: z.number().int(),
    reason: LocalText,
    date: DateField.optional().describe(
      "from when it counts; absent: date unknown, so a view as of a day counts it from its stage's end",
    ),
    link: Slug.optional().describe(
      'the link this adjustment carries out, when it is recorded rather than derived',
    ),
    sources: SourceIds,
  }),
  ['reason'],
);

/** What a source published about a table or stage whose matches are not (all) known. */
export const RecordedOutcomeSchema = withForms(
  z.strictObject({
    competition: Slug,
    stage: Slug,
    group: Slug.optional(),
    winner: Slug.optional(),
    runnerUp: Slug.optional(),
    qualified: z
      .array(Slug)
      .optional()
      .describe('the teams that went through, in order when the order is known'),
    positions: z
      .array(
        z.strictObject({
          position: z.number().int().positive(),
          team: Slug,
          points: z.number().int().optional(),
        }),
      )
      .optional(),
    date: DateField.optional().describe(
      "when the outcome became known (the day the stage ended); absent: date unknown, known from its stage's end",
    ),
    note: LocalText.optional(),
    sources: SourceIds,
  }),
  ['note'],
);

export const ExclusionSchema = withForms(
  z.strictObject({
    competition: Slug,
    stage: Slug.optional(),
    team: Slug,
    scope: z.enum(['match', 'tie', 'stage', 'competition']),
    match: Slug.optional(),
    tie: Slug.optional(),
    date: DateField.optional(),
    reason: LocalText,
    sources: SourceIds,
  }),
  ['reason'],
);

export const LotsSchema = z.strictObject({
  competition: Slug,
  stage: Slug,
  group: Slug.optional(),
  order: z.array(Slug).min(2),
  date: DateField.optional(),
  sources: SourceIds,
});

export const DrawFactSchema = z.strictObject({
  competition: Slug,
  stage: Slug,
  round: Slug.optional().describe('the knockout round whose pairings were drawn'),
  seed: z.number().int().optional(),
  date: DateField.optional(),
  groups: z.record(z.string(), z.array(Slug)).optional(),
  pairs: z
    .array(z.tuple([Slug, Slug]))
    .optional()
    .describe('the ties in their drawn order (tie 1 first), each as [at home first, away first]'),
  byes: z.array(Slug).optional().describe('teams drawn to go through to the next round without playing'),
  sources: SourceIds,
});

export const DepartureSchema = z.enum([
  'end-of-contract',
  'resigned',
  'sacked',
  'mutual-consent',
  'interim-ended',
  'other',
]);

export const ManagerialChangeSchema = z.strictObject({
  team: Slug,
  competition: Slug.optional().describe('the table in which the position at vacancy is taken'),
  outgoing: Slug.optional(),
  departure: DepartureSchema.optional(),
  vacancy: DateField.optional(),
  reportedPosition: z
    .union([z.number().int().positive(), z.literal('n/a')])
    .optional()
    .describe('the table position a source gave; Torneo derives its own where the results allow'),
  incoming: Slug.optional(),
  interim: z.boolean().optional(),
  appointed: DateField.optional(),
  sources: SourceIds,
});

export type MatchFactDoc = z.output<typeof MatchFactSchema>;
export type AdjustmentFactDoc = z.output<typeof AdjustmentFactSchema>;
export type RecordedOutcomeDoc = z.output<typeof RecordedOutcomeSchema>;
export type ExclusionDoc = z.output<typeof ExclusionSchema>;
export type LotsDoc = z.output<typeof LotsSchema>;
export type DrawFactDoc = z.output<typeof DrawFactSchema>;
export type ManagerialChangeDoc = z.output<typeof ManagerialChangeSchema>;

/** A figure a source published (a top scorer's tally, the number of matches). Kept to compare with what Torneo derives. */
export const ReportedScorerSchema = z.strictObject({
  competition: Slug,
  player: Slug,
  team: Slug,
  goals: z.number().int().nonnegative(),
  penalties: z.number().int().nonnegative().optional(),
  date: DateField.optional().describe('the day the figure was published (the tally as of that day)'),
  sources: SourceIds,
});

export const ReportedStatSchema = withForms(
  z.strictObject({
    competition: Slug,
    stage: Slug.optional(),
    stat: z.enum([
      'matches',
      'goals',
      'attendance-total',
      'attendance-average',
      'attendance-highest',
      'attendance-lowest',
    ]),
    value: z.number(),
    date: DateField.optional().describe('the day the figure was published'),
    note: LocalText.optional(),
    sources: SourceIds,
  }),
  ['note'],
);

/** How a link turned out, when a source says so but the tables it depends on are not (all) known. */
export const LinkResolutionSchema = withForms(
  z.strictObject({
    link: Slug,
    teams: z.array(Slug).default([]),
    conditionMet: z.boolean().optional(),
    date: DateField.optional().describe('the day the link was settled'),
    note: LocalText.optional(),
    sources: SourceIds,
  }),
  ['note'],
);

export type ReportedScorerDoc = z.output<typeof ReportedScorerSchema>;
export type ReportedStatDoc = z.output<typeof ReportedStatSchema>;
export type LinkResolutionDoc = z.output<typeof LinkResolutionSchema>;
