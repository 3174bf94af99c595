import type { QuotaBandDoc } from '../../core/definition/index.ts';
import type { TieRules } from '../../core/knockout/index.ts';
import type { TiebreakerId } from '../../core/model/index.ts';
import type { TieRuleField } from '../../core/engine/index.ts';

/** A rule the season file does not state, taken from a preset (named) or Torneo's default. */
export interface Assumed {
  readonly preset?: string;
}

/**
 * What a competition's rules say, one statement at a time, in no language: the modus section
 * turns the stages, groups, tie rules, links and eligibility rules into these, and each
 * dictionary writes them as sentences.
 */
export type ModusFact =
  | {
      readonly kind: 'groups';
      readonly stage?: string;
      /** Absent when not every group's teams are known. */
      readonly teams?: number;
      /** 0: the stage's groups are not recorded. */
      readonly groups: number;
      readonly size?: number;
      /** Round-robin cycles, when the stage states them (absent: not stated, two assumed). */
      readonly rounds?: number;
      readonly matchesPerTeam?: number;
      /** Groups played as a knockout instead of a round robin. */
      readonly knockoutGroups: readonly string[];
    }
  | {
      readonly kind: 'league';
      readonly stage?: string;
      readonly teams: number;
      /** Round-robin cycles, when the stage states them (absent: not stated, two assumed). */
      readonly rounds?: number;
      readonly matchesPerTeam?: number;
    }
  | {
      readonly kind: 'seeding';
      readonly seeded: readonly { readonly team: string; readonly group: string }[];
      readonly others: number;
    }
  | {
      readonly kind: 'points';
      readonly win: number;
      readonly draw: number;
      readonly loss: number;
      readonly assumed?: Assumed;
    }
  | {
      readonly kind: 'tiebreakers';
      readonly criteria: readonly TiebreakerId[];
      /** Present when the criteria are not stated: a preset's or the default, said as assumed. */
      readonly assumed?: Assumed;
      /** Stated criteria may be followed by criteria the file itself marks as assumed (`assumedTiebreakers`). */
      readonly assumedAfter?: readonly TiebreakerId[];
      /** Places a tie for which is played off, as stated (an assumed play-off is in `playoffAssumed`). */
      readonly playoffFor: readonly number[];
      readonly playoffAssumed?: readonly number[];
    }
  | { readonly kind: 'advance'; readonly perGroup: number; readonly to: string; readonly groups: boolean }
  | {
      readonly kind: 'knockout-round';
      readonly round: string;
      readonly entrants: readonly EntrantWords[];
      readonly rules: TieRules;
      /** The answers of `rules` the season file does not state (a preset's or the default's). */
      readonly assumed: readonly TieRuleField[];
      readonly neutral: boolean;
      readonly venue?: string;
      /** The organiser who picks the neutral ground, when the round names none. */
      readonly venueChosenBy?: string;
    }
  | { readonly kind: 'aggregate'; readonly stages: readonly string[] }
  | {
      readonly kind: 'qualification';
      readonly who: PickWords;
      readonly to: string;
      readonly as?: string;
      readonly condition?: ConditionWords;
    }
  | {
      readonly kind: 'adjustment';
      readonly who: PickWords;
      readonly points: number;
      readonly target: string;
      readonly parentFirstTeam: boolean;
    }
  | { readonly kind: 'promotion' | 'relegation'; readonly who: PickWords; readonly to: string }
  | {
      readonly kind: 'age';
      readonly bornOnOrAfter: string;
      readonly maxOlder: number;
      readonly olderBornOnOrAfter?: string;
    }
  | {
      readonly kind: 'foreign';
      readonly nationality: string;
      readonly maxOnPitch?: number;
      readonly maxInSquad?: number;
    }
  | { readonly kind: 'squad-quota'; readonly bands: readonly QuotaBandDoc[] };

/** A knockout entrant in words: a named team, or a place in a group or stage, or a tie's winner or loser. */
export type EntrantWords =
  | { readonly kind: 'team'; readonly name: string }
  | { readonly kind: 'position'; readonly position: number; readonly of: string; readonly group: boolean }
  | { readonly kind: 'tie'; readonly winner: boolean; readonly of: string }
  | { readonly kind: 'other' };

/** Which teams a link takes. `of` names the stage or competition when it is not this competition's last stage. */
export interface PickWords {
  readonly pick: 'champion' | 'runner-up' | 'loser' | 'qualified' | { readonly positions: readonly number[] };
  readonly overall: boolean;
  readonly of?: string;
}

export interface ConditionWords {
  readonly positionAtMost: number;
  readonly table: string;
}
