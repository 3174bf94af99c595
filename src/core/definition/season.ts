import { z } from 'zod';
import { CompetitionSchema } from './competition.ts';
import {
  ClubSchema,
  PersonSchema,
  SeasonMetaSchema,
  SourceSchema,
  TeamSchema,
  VenueSchema,
} from './entities.ts';
import {
  AdjustmentFactSchema,
  DrawFactSchema,
  ExclusionSchema,
  LotsSchema,
  ManagerialChangeSchema,
  LinkResolutionSchema,
  MatchFactSchema,
  RecordedOutcomeSchema,
  ReportedScorerSchema,
  ReportedStatSchema,
} from './facts.ts';
import { LinkSchema } from './links.ts';

/**
 * A whole season: what it is (clubs, teams, venues, people, competitions and their modus, links)
 * and what happened (matches, adjustments, outcomes, exclusions, lots, draws, managerial changes).
 * A folder of YAML files is merged into one such document before validation.
 */
export const SeasonSchema = z.strictObject({
  season: SeasonMetaSchema,
  sources: z.record(z.string(), SourceSchema).default({}),
  venues: z.array(VenueSchema).default([]),
  clubs: z.array(ClubSchema).default([]),
  teams: z.array(TeamSchema).default([]),
  people: z.array(PersonSchema).default([]),
  competitions: z.array(CompetitionSchema).default([]),
  links: z.array(LinkSchema).default([]),
  matches: z.array(MatchFactSchema).default([]),
  adjustments: z.array(AdjustmentFactSchema).default([]),
  outcomes: z.array(RecordedOutcomeSchema).default([]),
  exclusions: z.array(ExclusionSchema).default([]),
  lots: z.array(LotsSchema).default([]),
  draws: z.array(DrawFactSchema).default([]),
  managerialChanges: z.array(ManagerialChangeSchema).default([]),
  reportedScorers: z.array(ReportedScorerSchema).default([]),
  reportedStats: z.array(ReportedStatSchema).default([]),
  linkResolutions: z.array(LinkResolutionSchema).default([]),
});

export type SeasonDoc = z.output<typeof SeasonSchema>;
export type SeasonInput = z.input<typeof SeasonSchema>;
export const SEASON_LIST_KEYS = [
  'venues',
  'clubs',
  'teams',
  'people',
  'competitions',
  'links',
  'matches',
  'adjustments',
  'outcomes',
  'exclusions',
  'lots',
  'draws',
  'managerialChanges',
  'reportedScorers',
  'reportedStats',
  'linkResolutions',
] as const;
