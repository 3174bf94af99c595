import { z } from 'zod';
import { LocalText, withForms } from './local-text.ts';
import { DateField, SourceIds, Slug } from './primitives.ts';

/** Which teams a link takes from a finished (or recorded) stage. */
export const PickSchema = z.union([
  z.enum(['winner', 'runner-up', 'loser', 'qualified']),
  z.strictObject({ position: z.number().int().describe('1 = first; -1 = last') }),
  z.strictObject({ positions: z.array(z.number().int()).min(1) }),
]);

export const SelectorSchema = z.strictObject({
  competition: Slug,
  stage: Slug.optional().describe('defaults to the competition’s last stage'),
  group: Slug.optional(),
  overall: z
    .boolean()
    .optional()
    .describe('rank all groups of the stage together (e.g. "fewest points over all")'),
  pick: PickSchema,
});

/** A condition on another table: "only if they finish in the top eight of the aggregate table". */
export const ConditionSchema = z.strictObject({
  competition: Slug,
  stage: Slug.optional(),
  group: Slug.optional(),
  positionAtMost: z.number().int().positive(),
  team: z.enum(['team', 'parent-first-team']).default('team'),
});

/**
 * Where a promoted or relegated team goes: `competition`, the id of the competition it plays next
 * season (next season keeps the ids, so `torneo season next` moves it there), and/or `to`, the
 * competition in words, for one Torneo does not run (a second division kept elsewhere).
 */
const MoveSchema = withForms(
  z
    .strictObject({
      to: LocalText.optional().describe(
        'the competition in words, e.g. { es: Segunda División 2015, en: 2015 Segunda División }',
      ),
      competition: Slug.optional().describe('the competition next season, by id, e.g. descentralizado'),
    })
    .refine((m) => m.to !== undefined || m.competition !== undefined, {
      message: 'say where the team goes: competition (an id) or to (in words)',
    }),
  ['to'],
);

/** Where a move leads, in words: the name given, else the competition's id. */
export const moveTarget = (m: { to?: string; competition?: string }): string => m.to ?? m.competition ?? '';

export const EffectSchema = z.union([
  z.strictObject({
    adjustment: withForms(
      z.strictObject({
        points: z.number().int(),
        competition: Slug,
        stage: Slug.optional(),
        team: z
          .enum(['team', 'parent-first-team'])
          .default('team')
          .describe('parent-first-team: a reserve team’s bonus lands on its club’s first team'),
        reason: LocalText.optional(),
      }),
      ['reason'],
    ),
  }),
  z.strictObject({
    qualification: withForms(z.strictObject({ to: LocalText, as: z.string().optional() }), ['to']),
  }),
  z.strictObject({ promotion: MoveSchema }),
  z.strictObject({ relegation: MoveSchema }),
]);

/** A rule whose effect lands somewhere else: another stage, another competition, another season. */
export const LinkSchema = withForms(
  z.strictObject({
    id: Slug,
    description: LocalText.optional(),
    from: SelectorSchema,
    effect: EffectSchema,
    condition: ConditionSchema.optional(),
    otherwise: LocalText.optional().describe('what the regulation says happens when the condition fails'),
    effective: DateField.optional(),
    sources: SourceIds,
  }),
  ['description', 'otherwise'],
);

export type LinkDoc = z.output<typeof LinkSchema>;
export type SelectorDoc = z.output<typeof SelectorSchema>;
export type PickDoc = z.output<typeof PickSchema>;
export type EffectDoc = z.output<typeof EffectSchema>;
export type ConditionDoc = z.output<typeof ConditionSchema>;
