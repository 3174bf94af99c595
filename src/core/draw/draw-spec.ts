import type { TeamId, VenueId } from '../model/index.ts';

/** A team as the draw sees it: what separation rules may look at. */
export interface DrawTeam {
  readonly id: TeamId;
  readonly region?: string;
  /** A first-level division of a country (a Peruvian department). */
  readonly department?: string;
  readonly city?: string;
  readonly country?: string;
  /** Where the team comes from in an earlier stage (for "group rivals cannot meet again"). */
  readonly group?: string;
  readonly venue?: VenueId;
  readonly categories?: readonly string[];
}

export const SEPARATION_KEYS = ['region', 'department', 'city', 'country', 'group', 'venue'] as const;
/** A property of a team that a separation rule compares. */
export type SeparationKey = (typeof SEPARATION_KEYS)[number];

/**
 * What a draw must respect besides pots and seeding.
 * - `separate`: at most `max` teams (default 1) with the same value of `by` in one group
 *   ("clubs sharing a ground go into different groups", "no two clubs from one country");
 *   teams without a value are free.
 * - `category-limit`: at most `max` teams of the category in one group.
 * - `apart`: the named teams all go into different groups (or ties).
 */
export type DrawConstraint =
  | { readonly kind: 'separate'; readonly by: SeparationKey; readonly max?: number }
  | { readonly kind: 'category-limit'; readonly category: string; readonly max: number }
  | { readonly kind: 'apart'; readonly teams: readonly TeamId[] };

export interface DrawPot {
  readonly name: string;
  readonly teams: readonly TeamId[];
}

/**
 * A group draw. Pots are drawn in order; a pot's teams are spread evenly — no group gets
 * more than ⌈pot size / groups⌉ of them. A seeded placement puts a team into a group before
 * the draw; a seeded team may belong to a pot, and then counts toward that pot in its group.
 */
export interface DrawSpec {
  readonly teams: readonly DrawTeam[];
  readonly groups: readonly { readonly id: string; readonly size: number }[];
  readonly seeded?: readonly { readonly team: TeamId; readonly group: string }[];
  readonly pots: readonly DrawPot[];
  readonly constraints?: readonly DrawConstraint[];
  /** How many distinct intermediate states the exact count may hold. Default 2,000,000. */
  readonly stateLimit?: number;
}

/** One ball of the draw: where it went, and the exact odds every open group had. */
export interface DrawStep {
  readonly step: number;
  /** The pot's name, or `null` for a seeded placement. */
  readonly pot: string | null;
  readonly team: TeamId;
  readonly group: string;
  /**
   * Each group the team could go to, with the number of valid complete draws through it
   * (decimal strings: counts outgrow JavaScript numbers) and the resulting probability.
   */
  readonly options: readonly {
    readonly group: string;
    readonly outcomes: string;
    readonly probability: number;
  }[];
}

export interface DrawResult {
  /** Feed it back to reproduce this draw exactly. */
  readonly seed: number;
  /** How the outcome was chosen; see draw-groups.ts. */
  readonly method: 'exact-counting';
  /** How many valid outcomes the draw chose among, uniformly (decimal string). */
  readonly outcomes: string;
  readonly groups: readonly { readonly id: string; readonly teams: readonly TeamId[] }[];
  readonly steps: readonly DrawStep[];
}

/** A constraint with where it was declared: `['constraints', 2]`, `['seeded', 0]`, `['pots', 1]`. */
export interface PlacedDrawConstraint {
  readonly path: readonly (string | number)[];
  readonly constraint:
    | DrawConstraint
    | { readonly kind: 'seeded'; readonly team: TeamId; readonly group: string }
    | { readonly kind: 'pot-spread'; readonly pot: string };
}

export type DrawError =
  | { readonly code: 'unknown-team'; readonly path: readonly (string | number)[]; readonly team: TeamId }
  | { readonly code: 'unknown-group'; readonly path: readonly (string | number)[]; readonly group: string }
  | { readonly code: 'duplicate-team'; readonly path: readonly (string | number)[]; readonly team: TeamId }
  | { readonly code: 'team-not-drawn'; readonly path: readonly (string | number)[]; readonly team: TeamId }
  | {
      readonly code: 'sizes-mismatch';
      readonly path: readonly (string | number)[];
      readonly places: number;
      readonly teams: number;
    }
  | { readonly code: 'group-overfull'; readonly path: readonly (string | number)[]; readonly group: string }
  | {
      readonly code: 'no-valid-draw';
      readonly path: readonly (string | number)[];
      readonly conflicts: readonly PlacedDrawConstraint[];
    }
  | { readonly code: 'draw-too-large'; readonly path: readonly (string | number)[]; readonly states: number };

export type DrawOutcome =
  | { readonly ok: true; readonly draw: DrawResult }
  | { readonly ok: false; readonly seed: number; readonly error: DrawError };
