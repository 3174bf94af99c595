import { z } from 'zod';
import { SourceIds, Slug } from './primitives.ts';
import { CYCLE_PATTERNS } from '../fixtures/cycle-pattern.ts';
import { TableRulesSchema, TieRulesSchema } from './rules.ts';
import { LocalText, withForms } from './local-text.ts';

/** Where a stage's or group's entrant comes from. */
export const EntrantSchema = z.union([
  z.strictObject({ team: Slug }),
  z.strictObject({
    from: Slug.describe('a stage of this competition'),
    group: Slug.optional(),
    position: z.number().int().describe('1 = first; -1 = last'),
  }),
  z.strictObject({
    from: Slug,
    groups: z.union([z.literal('all'), z.array(Slug)]).describe('every qualifier of these groups'),
  }),
  z.strictObject({
    from: Slug,
    best: z
      .number()
      .int()
      .positive()
      .describe('how many of the best-placed teams in this position across groups'),
    position: z.number().int().positive(),
    unequalGroups: z.enum(['discard-last', 'points-per-game']).default('discard-last'),
  }),
  z.strictObject({ winnerOf: Slug.describe('a tie or knockout round id') }),
  z.strictObject({ loserOf: Slug }),
]);

/** How many teams leave a table for the next stage. */
export const AdvanceSchema = z.strictObject({
  perGroup: z.number().int().nonnegative().optional(),
  positions: z.array(z.number().int().positive()).optional(),
  to: Slug.optional().describe('the stage they go to'),
});

const stageBase = {
  id: Slug,
  name: LocalText,
  start: z.string().optional(),
  end: z.string().optional(),
  rules: TableRulesSchema.optional(),
  advance: AdvanceSchema.optional(),
  sources: SourceIds,
};

export const FixturePatternSchema = z.strictObject({
  pattern: z
    .enum(CYCLE_PATTERNS)
    .default('mirrored')
    .describe(
      'how each cycle after the first follows from the one before (mirrored: same order, home and away swapped)',
    ),
  of: Slug.optional().describe(
    'another stage whose fixtures this one repeats (e.g. the Clausura reverses the Apertura)',
  ),
  seed: z.number().int().optional(),
});

export const DrawSchema = z.strictObject({
  seeded: z.array(z.strictObject({ team: Slug, group: Slug })).optional(),
  pots: z.array(z.array(Slug)).optional(),
  separate: z
    .array(z.enum(['venue', 'city', 'department', 'region']))
    .optional()
    .describe('teams sharing this attribute go into different groups where possible'),
  maxPerGroup: z
    .strictObject({ by: z.enum(['city', 'department', 'region']), max: z.number().int().positive() })
    .optional(),
});

export const GroupSchema = withForms(
  z.strictObject({
    id: Slug,
    name: LocalText.optional(),
    teams: z.array(Slug).optional().describe('absent when not known (or drawn later)'),
    entrants: z.array(EntrantSchema).optional(),
    departments: z.array(z.string()).optional().describe('for regional groups: the departments it gathers'),
    format: z.enum(['round-robin', 'knockout']).default('round-robin'),
    venue: Slug.optional(),
  }),
  ['name'],
);

export const LeagueStageSchema = withForms(
  z.strictObject({
    ...stageBase,
    format: z.literal('league'),
    rounds: z.number().int().positive().default(2).describe('round-robin cycles: 1 single, 2 home and away'),
    teams: z.array(Slug).optional().describe('defaults to the competition teams'),
    entrants: z.array(EntrantSchema).optional(),
    fixtures: FixturePatternSchema.optional(),
  }),
  ['name'],
);

export const GroupsStageSchema = withForms(
  z.strictObject({
    ...stageBase,
    format: z.literal('groups'),
    rounds: z.number().int().positive().default(2),
    groups: z.array(GroupSchema).min(1),
    draw: DrawSchema.optional(),
    fixtures: FixturePatternSchema.optional(),
  }),
  ['name'],
);

export const KnockoutRoundSchema = withForms(
  z.strictObject({
    id: Slug,
    name: LocalText,
    tie: TieRulesSchema.optional(),
    neutral: z.boolean().optional(),
    venue: Slug.optional(),
    entrants: z.array(EntrantSchema).optional(),
    ties: z
      .array(z.strictObject({ id: Slug, home: EntrantSchema.optional(), away: EntrantSchema.optional() }))
      .optional()
      .describe('the pairings when known; otherwise they come from the matches played'),
  }),
  ['name'],
);

export const KnockoutStageSchema = withForms(
  z.strictObject({
    ...stageBase,
    format: z.literal('knockout'),
    tie: TieRulesSchema.optional().describe('default tie rules for every round'),
    rounds: z.array(KnockoutRoundSchema).min(1),
  }),
  ['name'],
);

export const AggregateStageSchema = withForms(
  z.strictObject({
    ...stageBase,
    format: z.literal('aggregate'),
    sources: z
      .array(z.strictObject({ competition: Slug.optional(), stage: Slug }))
      .min(1)
      .describe('the tables whose matches add up to this one'),
  }),
  ['name'],
);

export const StageSchema = z.discriminatedUnion('format', [
  LeagueStageSchema,
  GroupsStageSchema,
  KnockoutStageSchema,
  AggregateStageSchema,
]);

export type EntrantDoc = z.output<typeof EntrantSchema>;
export type StageDoc = z.output<typeof StageSchema>;
export type GroupDoc = z.output<typeof GroupSchema>;
export type KnockoutRoundDoc = z.output<typeof KnockoutRoundSchema>;
