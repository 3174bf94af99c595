import type { EligibilityRuleDoc } from '../definition/index.ts';

/** Which rule of a competition: its position in `eligibility` and the rule itself. */
export interface RuleRef {
  readonly competition: string;
  readonly index: number;
  readonly rule: EligibilityRuleDoc;
}

/** Where: the match (its id) and the team whose line-up breaks the rule. */
export interface LineupRef {
  readonly match: string;
  readonly date?: string;
  readonly team: string;
}

/**
 * A line-up that breaks a rule. Count rules name every player counted (`players`, in the order
 * they took the field) and the ones beyond the limit (`excess`); a rule about one player names him.
 * - `too_many_older`: more players born before the age limit than the reinforcements allowed;
 * - `older_than_allowed`: a reinforcement born before even the reinforcements' limit;
 * - `too_many_foreign_on_pitch`: more foreign players on the pitch at one time than allowed;
 * - `too_many_foreign_in_squad`: more foreign players in the match squad than allowed.
 */
export type EligibilityViolation =
  | (RuleRef &
      LineupRef & {
        readonly code: 'too_many_older' | 'too_many_foreign_on_pitch' | 'too_many_foreign_in_squad';
        readonly players: readonly string[];
        readonly excess: readonly string[];
        readonly allowed: number;
      })
  | (RuleRef &
      LineupRef & {
        readonly code: 'older_than_allowed';
        readonly player: string;
        readonly born: string;
        readonly limit: string;
      });

/** A player a rule cannot be checked for: not a person of the season, or without the date of birth or nationality it needs. */
export interface Unverifiable extends RuleRef, LineupRef {
  readonly player: string;
  readonly missing: 'person' | 'born' | 'nationality';
}

export interface EligibilityReport {
  readonly violations: readonly EligibilityViolation[];
  readonly unverifiable: readonly Unverifiable[];
  /** Line-ups checked (one per team per match that gives one). */
  readonly lineupsChecked: number;
}
