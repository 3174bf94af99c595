import { z } from 'zod';
import { SourceIds, Slug } from './primitives.ts';
import { FIRST_LEG_RULES } from '../draw/draw-knockout.ts';
import { CYCLE_PATTERNS } from '../fixtures/cycle-pattern.ts';
import { ConditionSchema } from './links.ts';
import { TableRulesSchema, TieRulesSchema } from './rules.ts';
import { LocalText, withForms } from './local-text.ts';

/** Where a stage's, group's or tie's entrant comes from, when no condition is attached. */
export const PlainEntrantSchema = z.union([
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
  z.strictObject({
    from: Slug,
    group: Slug.optional(),
    bestRemaining: z
      .literal(true)
      .describe(
        'the highest-placed team of that table that is not already an entrant of this round (who inherits a place)',
      ),
  }),
]);

/**
 * A condition on an entrant's place: "the Apertura and Clausura winners meet in the final,
 * provided both finish in the top eight of the aggregate table". `competition` defaults to this one.
 */
export const EntrantConditionSchema = ConditionSchema.extend({
  competition: Slug.optional().describe('defaults to this competition'),
});

/** An entrant whose place depends on a condition, and who takes the place when it fails. */
export const ConditionalEntrantSchema = z.strictObject({
  entrant: PlainEntrantSchema,
  condition: EntrantConditionSchema,
  otherwise: PlainEntrantSchema.optional().describe(
    'who takes the place when the condition fails (e.g. `{ from: aggregate, bestRemaining: true }`); absent when the regulations do not say',
  ),
});

export const EntrantSchema = z.union([PlainEntrantSchema, ConditionalEntrantSchema]);

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

/**
 * How a knockout round's pairings follow from its entrants or the round before, when the
 * regulations fix them (no draw):
 * - `fold`: entrants in order, first v last, second v second-last (1st v 4th, 2nd v 3rd);
 * - `adjacent`: first v second, third v fourth, …;
 * - `bracket`: winner of the previous round's first tie v winner of its second, and so on;
 * - `draw`: drawn (`torneo draw`), recorded as a `draws` fact.
 */
export const PAIRINGS = ['fold', 'adjacent', 'bracket', 'draw'] as const;

export const TieSlotSchema = withForms(
  z.strictObject({
    id: Slug,
    name: LocalText.optional(),
    home: EntrantSchema.optional().describe('at home in the first leg (or the single match)'),
    away: EntrantSchema.optional(),
    teams: z
      .tuple([Slug, Slug])
      .optional()
      .describe(
        'the two sides when the sources name them but not who was at home first (instead of home and away)',
      ),
  }),
  ['name'],
);

/** Team attributes a knockout draw may keep apart. */
export const KNOCKOUT_SEPARATIONS = ['group', 'department', 'city', 'country', 'venue'] as const;

/**
 * A knockout round whose pairings are drawn (`torneo draw`). Without pots the draw is open;
 * two pots make a seeded draw, every tie pairing one team of each.
 */
export const KnockoutDrawSchema = z.strictObject({
  pots: z
    .array(z.strictObject({ name: z.string().min(1), entrants: z.array(EntrantSchema).min(1) }))
    .optional()
    .describe('the pots in order (seeded first); together they are the round’s entrants'),
  potsBy: z
    .literal('position')
    .optional()
    .describe('one pot per place the entrants took in their groups: group winners, then runners-up, …'),
  separate: z
    .array(z.enum(KNOCKOUT_SEPARATIONS))
    .optional()
    .describe('teams that share this (the group they came from, their department, country …) cannot meet'),
  firstLeg: z
    .enum(FIRST_LEG_RULES)
    .optional()
    .describe('who is at home first: drawn (default), or the team from the first or second pot'),
  byes: z.number().int().nonnegative().optional().describe('teams drawn to go through without playing'),
});

export const KnockoutRoundSchema = withForms(
  z.strictObject({
    id: Slug,
    name: LocalText,
    tie: TieRulesSchema.optional(),
    neutral: z.boolean().optional(),
    venue: Slug.optional(),
    entrants: z.array(EntrantSchema).optional().describe('in order (by position) when `pairing` uses it'),
    pairing: z.enum(PAIRINGS).optional(),
    homeFirst: z
      .enum(['higher', 'lower'])
      .optional()
      .describe(
        'for derived pairings: which side is at home in the first leg — the higher-placed entrant (default; the earlier tie for `bracket`) or the lower',
      ),
    ties: z
      .array(TieSlotSchema)
      .optional()
      .describe('the pairings when fixed; otherwise derived from `pairing`, or from the matches played'),
    draw: KnockoutDrawSchema.optional().describe(
      'how the pairings are drawn (torneo draw), once the entrants are known; implies `pairing: draw`',
    ),
  }),
  ['name'],
);

/** A play-off that settles a place between teams of different groups; its winner goes through. */
export const StagePlayoffSchema = withForms(
  z.strictObject({
    id: Slug.describe('matches of the play-off name it as their `tie`'),
    name: LocalText,
    home: EntrantSchema,
    away: EntrantSchema,
    tie: TieRulesSchema.optional(),
    neutral: z.boolean().optional(),
    venue: Slug.optional(),
  }),
  ['name'],
);

export const GroupSchema = withForms(
  z.strictObject({
    id: Slug,
    name: LocalText.optional(),
    teams: z.array(Slug).optional().describe('absent when not known (or drawn later)'),
    entrants: z.array(EntrantSchema).optional(),
    departments: z.array(z.string()).optional().describe('for regional groups: the departments it gathers'),
    format: z.enum(['round-robin', 'knockout']).default('round-robin'),
    venue: Slug.optional(),
    qualifiers: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('how many go through from this group, when it differs from the stage’s `advance.perGroup`'),
    rules: TableRulesSchema.optional().describe(
      'this group’s table rules over the stage’s (e.g. `playoffPositions: [2]`: a tie for second is played off)',
    ),
    tie: TieRulesSchema.optional().describe('a knockout group’s tie rules'),
    rounds: z
      .array(KnockoutRoundSchema)
      .optional()
      .describe(
        'a knockout group’s rounds; absent: rounds named by size, their ties from the matches played, the final between the semi-final winners',
      ),
  }),
  ['name'],
);

export const LeagueStageSchema = withForms(
  z.strictObject({
    ...stageBase,
    format: z.literal('league'),
    rounds: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('round-robin cycles: 1 single, 2 home and away; absent: not stated, two assumed'),
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
    rounds: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        'round-robin cycles in each group: 1 single, 2 home and away; absent: not stated, two assumed',
      ),
    groups: z.array(GroupSchema).default([]),
    groupsFrom: z
      .literal('outcomes')
      .optional()
      .describe(
        'the groups are those its recorded outcomes name, besides any listed (district and provincial stages nobody listed)',
      ),
    playoffs: z.array(StagePlayoffSchema).optional().describe('play-offs between teams of different groups'),
    groupsSameAs: z
      .strictObject({ competition: Slug, stage: Slug })
      .optional()
      .describe(
        "the groups are another competition's: the same groups, each of its teams replaced by this competition's team of the same club (the reserves of the Inca's clubs); used when no groups are listed",
      ),
    draw: DrawSchema.optional(),
    fixtures: FixturePatternSchema.optional(),
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
export type PlainEntrantDoc = z.output<typeof PlainEntrantSchema>;
export type ConditionalEntrantDoc = z.output<typeof ConditionalEntrantSchema>;
export type TieSlotDoc = z.output<typeof TieSlotSchema>;
export type StagePlayoffDoc = z.output<typeof StagePlayoffSchema>;
export type Pairing = (typeof PAIRINGS)[number];
export type StageDoc = z.output<typeof StageSchema>;
export type GroupDoc = z.output<typeof GroupSchema>;
export type KnockoutRoundDoc = z.output<typeof KnockoutRoundSchema>;
export type KnockoutDrawDoc = z.output<typeof KnockoutDrawSchema>;

/** The round-robin cycles a season assumes when a stage does not state them: two, home and away. */
export const ASSUMED_CYCLES = 2;

/**
 * The round-robin cycles a league or groups stage plays: as its `rounds` states, else
 * `ASSUMED_CYCLES` — assumed, not stated, and said so wherever the rules are put in words.
 */
export const cyclesOf = (stage: { readonly rounds?: number }): number => stage.rounds ?? ASSUMED_CYCLES;
