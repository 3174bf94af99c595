import { z } from 'zod';
import { LocalText, withForms } from './local-text.ts';
import { DateField, SourceIds, Slug } from './primitives.ts';
import { TableRulesSchema, TieRulesSchema } from './rules.ts';
import { StageSchema } from './stages.ts';

/** Who may play: age limits with a number of older reinforcements, limits on foreign players. */
export const EligibilityRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('age'),
    bornOnOrAfter: DateField,
    maxOlder: z.number().int().nonnegative().default(0).describe('players born earlier allowed per match'),
    olderBornOnOrAfter: DateField.optional().describe(
      'even the older reinforcements must be born on or after this',
    ),
    description: z.string().optional(),
  }),
  z.strictObject({
    kind: z.literal('foreign'),
    nationality: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .describe('the home nationality'),
    maxOnPitch: z.number().int().nonnegative().optional(),
    maxInSquad: z.number().int().nonnegative().optional(),
    description: z.string().optional(),
  }),
]);

export const CompetitionSchema = withForms(
  z.strictObject({
    id: Slug,
    name: LocalText,
    short: LocalText.optional(),
    kind: z.enum(['league', 'cup', 'promotion', 'reserves', 'playoff']).default('league'),
    level: z.number().int().positive().optional().describe('1 = top division'),
    organiser: z.string().optional(),
    sponsorName: z.string().optional(),
    edition: z.number().int().positive().optional().describe('which edition of the competition this is'),
    start: DateField.optional(),
    end: DateField.optional(),
    previous: z.string().optional().describe('the previous edition, e.g. "2011"'),
    next: z.string().optional(),
    titleNote: LocalText.optional().describe('e.g. "first title", as the record books put it'),
    teams: z.array(Slug).default([]),
    rules: TableRulesSchema.optional().describe('default table rules for every stage'),
    tie: TieRulesSchema.optional().describe('default knockout tie rules'),
    eligibility: z.array(EligibilityRuleSchema).optional(),
    stages: z.array(StageSchema).min(1),
    description: z.string().optional().describe('the modus in the organiser’s words, when quoted'),
    sources: SourceIds,
  }),
  ['name', 'short', 'titleNote'],
);

export type CompetitionDoc = z.output<typeof CompetitionSchema>;
export type EligibilityRuleDoc = z.output<typeof EligibilityRuleSchema>;
