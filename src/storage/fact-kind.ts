import type { SeasonDoc } from '../core/definition/index.ts';

/**
 * The kinds of fact the log holds, one per fact section of a season document. A closed union:
 * adding a section to the schema without a kind here is a compile error in FACT_SECTIONS.
 */
export const FACT_KINDS = [
  'match',
  'adjustment',
  'outcome',
  'exclusion',
  'lots',
  'draw',
  'managerial-change',
  'reported-scorer',
  'reported-stat',
  'link-resolution',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** The section of the season document each kind lives in, in document order. */
export const FACT_SECTIONS = {
  match: 'matches',
  adjustment: 'adjustments',
  outcome: 'outcomes',
  exclusion: 'exclusions',
  lots: 'lots',
  draw: 'draws',
  'managerial-change': 'managerialChanges',
  'reported-scorer': 'reportedScorers',
  'reported-stat': 'reportedStats',
  'link-resolution': 'linkResolutions',
} as const satisfies Record<FactKind, keyof SeasonDoc>;

/** The sections that make up the definition: everything in a season document that is not a fact. */
export const DEFINITION_SECTIONS = [
  'season',
  'sources',
  'venues',
  'clubs',
  'teams',
  'people',
  'competitions',
  'links',
] as const;

export const isFactKind = (s: string): s is FactKind => (FACT_KINDS as readonly string[]).includes(s);

/**
 * What a new version does to its key: `record` states the fact (the first version, or a later
 * restatement such as a reload or a result entered for a fixture), `correct` fixes a fact already
 * recorded and must say why, `retract` withdraws the key while keeping its history.
 */
export const FACT_ACTIONS = ['record', 'correct', 'retract'] as const;
export type FactAction = (typeof FACT_ACTIONS)[number];
