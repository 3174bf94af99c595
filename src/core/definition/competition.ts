import { z } from 'zod';
import { LocalText, withForms } from './local-text.ts';
import { DateField, SourceIds, Slug } from './primitives.ts';
import { TableRulesSchema, TieRulesSchema } from './rules.ts';
import { StageSchema } from './stages.ts';

/**
 * One age band of a squad quota: the players born in it (on or after `bornOnOrAfter`, before
 * `bornBefore`) and how many of them a squad must have at least and may have at most.
 */
export const QuotaBandSchema = z
  .strictObject({
    bornOnOrAfter: DateField.optional(),
    bornBefore: DateField.optional(),
    min: z.number().int().nonnegative().optional().describe('at least this many players of the band'),
    max: z.number().int().nonnegative().optional().describe('at most this many players of the band'),
    description: z.string().optional().describe('the band as the regulations name it, e.g. "under 21"'),
  })
  .refine((b) => b.bornOnOrAfter !== undefined || b.bornBefore !== undefined, {
    message: 'a band is born on or after a date, before a date, or both',
  })
  .refine((b) => b.min !== undefined || b.max !== undefined, { message: 'a band has a min, a max or both' })
  .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, {
    message: 'min is at most max',
  });

/**
 * Who may play: age limits with a number of older reinforcements, limits on foreign players,
 * and quotas of a team's squad by age band.
 */
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
  z.strictObject({
    kind: z.literal('squad-quota'),
    bands: z.array(QuotaBandSchema).min(1),
    description: z.string().optional(),
  }),
]);

/**
 * Suspensions from cards, as the competition's disciplinary rules set them: every `yellows`
 * cautions (5 → the 5th, 10th, …) bans for `yellowBan` matches; a red card (or a second yellow)
 * for at least `redBan`. A ban is served in the team's next matches of the same competition.
 */
export const SuspensionRulesSchema = z.strictObject({
  yellows: z.number().int().positive().default(5).describe('cautions that bring a ban'),
  yellowBan: z.number().int().positive().default(1).describe('matches banned for them'),
  redBan: z.number().int().positive().default(1).describe('matches banned after a sending-off, at least'),
});

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
    suspensions: SuspensionRulesSchema.optional().describe('bans from accumulated cards'),
    stages: z.array(StageSchema).min(1),
    description: z.string().optional().describe('the modus in the organiser’s words, when quoted'),
    sources: SourceIds,
  }),
  ['name', 'short', 'titleNote'],
);

export type CompetitionDoc = z.output<typeof CompetitionSchema>;
export type SuspensionRulesDoc = z.output<typeof SuspensionRulesSchema>;
export type EligibilityRuleDoc = z.output<typeof EligibilityRuleSchema>;
export type QuotaBandDoc = z.output<typeof QuotaBandSchema>;
