import type { IsoDate, TeamId } from '../model/ids.ts';
import type { Adjustment, TiebreakerId } from '../model/rules.ts';
import type { CriterionValue } from '../tiebreakers/criterion.ts';

export type FormLetter = 'W' | 'D' | 'L';

/** A team's record in its home or its away matches (no adjustments). */
export interface SideRecord {
  readonly played: number;
  readonly won: number;
  readonly drawn: number;
  readonly lost: number;
  readonly goalsFor: number;
  readonly goalsAgainst: number;
  readonly goalDifference: number;
  readonly points: number;
}

/** One standing: a row of the table. */
export interface StandingRow extends SideRecord {
  /** 1-based; teams still level after every criterion share the better place. */
  readonly position: number;
  readonly team: TeamId;
  /** Points after adjustments; `adjustment` is their sum, `adjustments` the ones counted, with their reasons. */
  readonly adjustment: number;
  readonly adjustments: readonly Adjustment[];
  readonly home: SideRecord;
  readonly away: SideRecord;
  /** The last five results, most recent last. */
  readonly form: readonly FormLetter[];
  /**
   * The criterion that separated this team from the team directly above / below it; null when
   * the first criterion (points) was enough, when there is no such team, or when they are level.
   */
  readonly decidedBy: { readonly above: TiebreakerId | null; readonly below: TiebreakerId | null };
  /** Level with another team after every criterion: they share the place. */
  readonly level: boolean;
  /** Level until a play-off between the tied teams is played. */
  readonly playoffPending: boolean;
}

/**
 * What one criterion did to one tied set, so "why is Cienciano 8th?" has an answer: the teams
 * were level on every criterion before `criterion`, which split them into `groups` (best first)
 * on the `values` it saw. `criterion` null: nothing could separate them.
 */
export interface TieExplanation {
  /** The tied teams in their final order, and the place of the first. */
  readonly teams: readonly TeamId[];
  readonly from: number;
  readonly criterion: TiebreakerId | null;
  readonly outcome: 'split' | 'level' | 'playoff_pending';
  readonly groups: readonly (readonly TeamId[])[];
  readonly values: readonly { readonly team: TeamId; readonly value: CriterionValue }[];
  /** For a head-to-head criterion: the teams whose matches among themselves were counted. */
  readonly among?: readonly TeamId[];
}

/** Notes under a table, as data; `formatTableNote` renders them. */
export type TableNote =
  | { readonly code: 'lots_drawn'; readonly teams: readonly TeamId[]; readonly seed: number }
  | { readonly code: 'lots_recorded'; readonly teams: readonly TeamId[] }
  | { readonly code: 'playoff_pending'; readonly teams: readonly TeamId[] }
  | { readonly code: 'playoff_decided'; readonly teams: readonly TeamId[] }
  | { readonly code: 'level'; readonly teams: readonly TeamId[] }
  | {
      readonly code: 'adjustment';
      readonly team: TeamId;
      readonly points: number;
      readonly reason: string;
      readonly effective?: IsoDate;
    };

export interface Table {
  readonly rows: readonly StandingRow[];
  readonly explanations: readonly TieExplanation[];
  readonly notes: readonly TableNote[];
  /**
   * Every match is settled (played, awarded, void, annulled or cancelled, and within `asOf`)
   * and no place awaits a play-off: this is a final table.
   */
  readonly complete: boolean;
}
