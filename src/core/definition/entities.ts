import { z } from 'zod';
import { LocalText, withForms } from './local-text.ts';
import { CountryCode, DateField, SourceIds, Slug } from './primitives.ts';

export const SeasonMetaSchema = withForms(
  z.strictObject({
    id: Slug,
    name: LocalText,
    country: CountryCode.optional(),
    start: DateField.optional(),
    end: DateField.optional(),
    previous: z.string().optional().describe('the previous season, by id or name'),
    next: z.string().optional().describe('the next season, by id or name'),
    timezone: z.string().optional().describe('IANA time zone for kick-off times, e.g. America/Lima'),
  }),
  ['name'],
);

/**
 * A source. Its `title` and `publisher` may be given in both languages when they are descriptions
 * written for the season ("Wikipedia (English), seed copy"); a page's own headline is written once.
 */
export const SourceSchema = withForms(
  z.strictObject({
    title: LocalText.optional(),
    url: z.string().optional(),
    publisher: LocalText.optional(),
    date: DateField.optional(),
    note: z.string().optional(),
  }),
  ['title', 'publisher'],
);

export const VenueSchema = z.strictObject({
  id: Slug,
  name: z.string().min(1),
  city: z.string().optional(),
  capacity: z.number().int().positive().optional(),
  aliases: z.array(z.string()).optional(),
  sources: SourceIds,
});

export const ClubSchema = z.strictObject({
  id: Slug,
  name: z.string().min(1),
  short: z.string().optional(),
  code: z
    .string()
    .regex(/^[A-Z]{3}$/, 'a three-letter code such as ALI, USM, CRI')
    .optional(),
  city: z.string().optional(),
  province: z.string().optional(),
  department: z.string().optional().describe('first-level region, e.g. a Peruvian department'),
  country: CountryCode.optional().describe(
    'for competitions between countries’ clubs (draws keep them apart)',
  ),
  venue: Slug.optional().describe('home venue'),
  founded: z.number().int().optional(),
  aliases: z.array(z.string()).optional().describe('other names the club is written as in sources'),
  synthetic: z.boolean().optional().describe('true for generated, not real, clubs'),
  sources: SourceIds,
});

export const KitSchema = z.strictObject({
  manufacturer: z.string().optional(),
  sponsor: z.string().optional(),
});

export const TeamKind = z.enum(['first', 'reserve', 'youth']);

/**
 * A club's team. Every club has a first team whose id is the club's id unless a team of kind
 * `first` says otherwise; reserve teams are listed here, linked to their club.
 */
export const TeamSchema = z.strictObject({
  id: Slug,
  club: Slug,
  kind: TeamKind.default('first'),
  name: z.string().optional(),
  venue: Slug.optional(),
  manager: Slug.optional().describe('the manager at the start of the season'),
  captain: Slug.optional(),
  managerNationality: CountryCode.optional().describe(
    "a flag a source gives for the team's manager without naming him; shown only while no manager of the team is named (a named manager's flag is his own nationality)",
  ),
  captainNationality: CountryCode.optional().describe('when the captain is known only by nationality'),
  kit: KitSchema.optional(),
  squad: z.array(Slug).optional(),
  sources: SourceIds,
});

export const PersonSchema = z.strictObject({
  id: Slug,
  name: z.string().min(1),
  nationality: CountryCode.optional(),
  born: DateField.optional(),
  roles: z.array(z.enum(['player', 'manager', 'referee', 'official'])).optional(),
  aliases: z.array(z.string()).optional(),
  sources: SourceIds,
});

export type SeasonMetaDoc = z.output<typeof SeasonMetaSchema>;
export type VenueDoc = z.output<typeof VenueSchema>;
export type ClubDoc = z.output<typeof ClubSchema>;
export type TeamDoc = z.output<typeof TeamSchema>;
export type PersonDoc = z.output<typeof PersonSchema>;
export type SourceDoc = z.output<typeof SourceSchema>;
