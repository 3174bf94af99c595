import { z } from 'zod';
import { parseScore } from '../model/score.ts';

/** A slug: lowercase letters, digits and dashes, as used for every id in a season file. */
export const Slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/,
    'an id of lowercase letters, digits and dashes, like "alianza-lima"',
  );

export const IsoDateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD, like 2014-05-21')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'a real calendar date',
    },
  );

/** YAML turns an unquoted 2014-05-21 into a Date; accept both and keep the ISO string. */
export const DateField = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  IsoDateString,
);

export const ScoreString = z
  .string()
  .refine((s) => parseScore(s) !== undefined, { message: 'a score written like 2-1' })
  .transform((s) => parseScore(s)!);

/** A minute as on a match report: 16, "90+1", "45+2". */
export const MinuteField = z
  .union([
    z.number().int().min(0).max(200),
    z.string().regex(/^\d{1,3}(\+\d{1,2})?'?$/, 'a minute like 16 or "90+1"'),
  ])
  .transform((v) => {
    if (typeof v === 'number') return { minute: v };
    const [m, added] = v.replace("'", '').split('+');
    return added === undefined ? { minute: Number(m) } : { minute: Number(m), added: Number(added) };
  });

/** ISO 3166-1 alpha-3 / FIFA trigramme, e.g. PER, URU, ARG. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'a three-letter country code such as PER, URU, ARG');

export const SourceIds = z
  .array(z.string().min(1))
  .optional()
  .describe('ids of entries in `sources` that support this fact');

export const Side = z.enum(['home', 'away']);
