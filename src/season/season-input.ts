import { loadSeason, type LoadedSeason } from './load-season.ts';

export type LoadedSeasonInput = LoadedSeason;

/**
 * What `torneo load` stores: a loaded season whose `input` holds the merged document as written
 * (loadSeason gives it; this name says why a caller wants it).
 */
export const loadSeasonInput = (target: string): LoadedSeasonInput => loadSeason(target);
