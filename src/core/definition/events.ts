import { z } from 'zod';
import { MinuteField, Slug } from './primitives.ts';

/**
 * Goals, cards and kicks are written the way a match report writes them, e.g.
 * `Perea 16' pen`, `Guevgeozián 90+1'`, `Guadalupe 58' og`, `Romero 70' red`, `Fernández saved`.
 * The name is a person id or a name; it is resolved against the season's people later.
 */
const MINUTE = String.raw`(\d{1,3}(?:\+\d{1,2})?)'?`;
const GOAL_RE = new RegExp(String.raw`^(.+?)(?:\s+${MINUTE})?(?:\s+\(?(pen\.?|og|o\.g\.)\)?)?$`, 'u');
const CARD_RE = new RegExp(String.raw`^(.+?)(?:\s+${MINUTE})?\s+(yellow|second-yellow|red)$`, 'u');
const KICK_RE = /^(.+?)(?:\s+(scored|missed|saved))?$/u;

const minuteOf = (text: string | undefined) => {
  if (text === undefined) return undefined;
  const [m, added] = text.split('+');
  return added === undefined ? { minute: Number(m) } : { minute: Number(m), added: Number(added) };
};

export const GoalObjectSchema = z.strictObject({
  player: z.string().min(1).describe('a person id or the scorer’s name'),
  minute: MinuteField.optional(),
  kind: z.enum(['goal', 'penalty', 'own-goal']).default('goal'),
});

export const GoalSchema = z.union([
  z
    .string()
    .regex(GOAL_RE, `a goal written like "Perea 16' pen", "Silva 28'" or "Guadalupe 58' og"`)
    .transform((s) => {
      const m = GOAL_RE.exec(s.trim())!;
      const tag = m[3];
      const kind = tag === undefined ? 'goal' : tag.startsWith('pen') ? 'penalty' : 'own-goal';
      return { player: m[1]!.trim(), minute: minuteOf(m[2]), kind } as const;
    }),
  GoalObjectSchema,
]);

export const CardObjectSchema = z.strictObject({
  player: z.string().min(1),
  minute: MinuteField.optional(),
  card: z.enum(['yellow', 'second-yellow', 'red']),
});

export const CardSchema = z.union([
  z
    .string()
    .regex(CARD_RE, `a card written like "Romero 70' red", "Perea red" or "Ibáñez 12' yellow"`)
    .transform((s) => {
      const m = CARD_RE.exec(s.trim())!;
      return {
        player: m[1]!.trim(),
        minute: minuteOf(m[2]),
        card: m[3] as 'yellow' | 'second-yellow' | 'red',
      };
    }),
  CardObjectSchema,
]);

export const KickSchema = z.union([
  z
    .string()
    .regex(KICK_RE)
    .transform((s) => {
      const m = KICK_RE.exec(s.trim())!;
      return { player: m[1]!.trim(), outcome: (m[2] ?? 'scored') as 'scored' | 'missed' | 'saved' };
    }),
  z.strictObject({ player: z.string().min(1), outcome: z.enum(['scored', 'missed', 'saved']) }),
]);

export const LineupSchema = z.strictObject({
  starting: z.array(z.string().min(1)).default([]),
  substitutes: z.array(z.string().min(1)).optional(),
  substitutions: z
    .array(z.strictObject({ off: z.string(), on: z.string(), minute: MinuteField.optional() }))
    .optional(),
  manager: Slug.optional(),
});

export const PerSide = <T extends z.ZodType>(item: T) =>
  z.strictObject({ home: z.array(item).default([]), away: z.array(item).default([]) });

export const ShootoutSchema = z.strictObject({
  first: z.enum(['home', 'away']).optional().describe('who kicked first, when known'),
  home: z.array(KickSchema).default([]),
  away: z.array(KickSchema).default([]),
});

export type GoalDoc = z.output<typeof GoalSchema>;
export type CardDoc = z.output<typeof CardSchema>;
export type KickDoc = z.output<typeof KickSchema>;
export type ShootoutDoc = z.output<typeof ShootoutSchema>;
