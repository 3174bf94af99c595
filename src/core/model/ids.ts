/**
 * Identifiers are branded strings: a TeamId cannot be passed where a VenueId is expected,
 * although both are plain strings at run time (slugs such as `alianza-lima`).
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type SeasonId = Brand<string, 'SeasonId'>;
export type ClubId = Brand<string, 'ClubId'>;
export type TeamId = Brand<string, 'TeamId'>;
export type VenueId = Brand<string, 'VenueId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type CompetitionId = Brand<string, 'CompetitionId'>;
export type StageId = Brand<string, 'StageId'>;
export type GroupId = Brand<string, 'GroupId'>;
export type MatchId = Brand<string, 'MatchId'>;

export const seasonId = (s: string): SeasonId => s as SeasonId;
export const clubId = (s: string): ClubId => s as ClubId;
export const teamId = (s: string): TeamId => s as TeamId;
export const venueId = (s: string): VenueId => s as VenueId;
export const personId = (s: string): PersonId => s as PersonId;
export const competitionId = (s: string): CompetitionId => s as CompetitionId;
export const stageId = (s: string): StageId => s as StageId;
export const groupId = (s: string): GroupId => s as GroupId;
export const matchId = (s: string): MatchId => s as MatchId;

/** A calendar date, `YYYY-MM-DD`. Dates compare correctly as strings. */
export type IsoDate = Brand<string, 'IsoDate'>;
export const isoDate = (s: string): IsoDate => s as IsoDate;
