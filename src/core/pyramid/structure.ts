import type { TeamId } from '../model/index.ts';
import type { CyclePattern } from '../fixtures/index.ts';
import { TIE_RULE_PRESETS, type TieRules } from '../knockout/index.ts';

/**
 * A Copa Perú-like pyramid (seeds/001): district mini-leagues → provincial → departmental
 * (two clubs per department) → regional (eight regions, one played as a knockout) → national
 * (round of 16, quarter-finals, semi-finals, final). Each level's winners feed the next.
 */
export const PYRAMID_LEVELS = ['district', 'provincial', 'departmental', 'regional', 'national'] as const;
export type PyramidLevel = (typeof PYRAMID_LEVELS)[number];

export interface PyramidClub {
  readonly id: TeamId;
  readonly name: string;
}

export interface DistrictLeague {
  readonly id: string;
  readonly name: string;
  readonly clubs: readonly PyramidClub[];
}

export interface Province {
  readonly id: string;
  readonly name: string;
  readonly districts: readonly DistrictLeague[];
}

export interface Department {
  readonly id: string;
  readonly name: string;
  readonly provinces: readonly Province[];
}

export interface Region {
  readonly id: string;
  readonly name: string;
  /** Department ids. */
  readonly departments: readonly string[];
  /** Region IV was played as a knockout in 2014; the others as mini-leagues. */
  readonly format: 'mini-league' | 'knockout';
}

/**
 * How a unit of a level (a district league, a province, …) turns its entrants into qualifiers.
 * - `mini-league`: round robins. More entrants than `maxGroupSize` are split into the fewest
 *   groups that fit, as equal as possible; the top `qualifiers` of each group go on to a next
 *   phase of the same unit, until one group is left whose top `qualifiers` leave the unit.
 * - `knockout`: ties until `qualifiers` clubs are left (byes in the first round when the number
 *   of entrants is not a power of two), each settled by `tie` — the knockout engine's rules
 *   (legs, away goals, extra time, penalties, third matches); with `titleFinal` the last two
 *   also play for the title.
 */
export type LevelFormat =
  | {
      readonly kind: 'mini-league';
      readonly cycles: number;
      readonly pattern?: CyclePattern;
      readonly qualifiers: number;
      readonly maxGroupSize: number;
    }
  | {
      readonly kind: 'knockout';
      readonly tie: TieRules;
      readonly qualifiers: number;
      readonly titleFinal?: boolean;
    };

export interface PyramidFormats {
  readonly district: LevelFormat;
  readonly provincial: LevelFormat;
  readonly departmental: LevelFormat;
  readonly regional: LevelFormat;
  /** For the regions whose `format` is `knockout`. */
  readonly regionalKnockout: LevelFormat;
  readonly national: LevelFormat;
}

export interface PyramidStructure {
  readonly name: string;
  /** True for generated structures: their clubs, provinces and districts do not exist. */
  readonly synthetic: boolean;
  readonly departments: readonly Department[];
  readonly regions: readonly Region[];
  readonly formats: PyramidFormats;
}

/**
 * The 2014 formats as seeds/001 and peru2014_facts.md §4 describe them: mini-leagues up to the
 * regional stage, two clubs per department and per region, Region IV by two-legged knockout
 * (semi-finals and a regional final), a two-legged national knockout with away goals (S46)
 * and, level on away goals too, penalties straight after the second leg.
 */
export const COPA_PERU_FORMATS: PyramidFormats = {
  district: { kind: 'mini-league', cycles: 1, qualifiers: 2, maxGroupSize: 16 },
  provincial: { kind: 'mini-league', cycles: 1, qualifiers: 2, maxGroupSize: 8 },
  departmental: { kind: 'mini-league', cycles: 1, qualifiers: 2, maxGroupSize: 8 },
  regional: { kind: 'mini-league', cycles: 2, pattern: 'mirrored', qualifiers: 2, maxGroupSize: 8 },
  regionalKnockout: {
    kind: 'knockout',
    tie: TIE_RULE_PRESETS['conmebol-away-goals-no-extra-time'],
    qualifiers: 2,
    titleFinal: true,
  },
  national: { kind: 'knockout', tie: TIE_RULE_PRESETS['conmebol-away-goals-no-extra-time'], qualifiers: 1 },
};
