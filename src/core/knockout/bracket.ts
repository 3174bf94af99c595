import type { TeamId } from '../model/index.ts';
import type { TieOutcome } from './tie-outcome.ts';
import type { TieRules } from './tie-rules.ts';

/**
 * Where a tie's team comes from: a team placed by the draw, the winner or the loser (a
 * third-place match) of an earlier tie, or nobody — a bye, which sends the other team through.
 */
export type SlotSource =
  | { readonly team: TeamId }
  | { readonly winnerOf: string }
  | { readonly loserOf: string }
  | { readonly bye: true };

export interface BracketTie {
  /** Matches belong to the tie through `Match.tie`. */
  readonly id: string;
  /** The first slot is at home in the first leg (or the single match). */
  readonly slots: readonly [SlotSource, SlotSource];
  /** Rules for this tie when they differ from the round's (a single-match final). */
  readonly rules?: TieRules;
}

export interface BracketRound {
  readonly name: string;
  readonly ties: readonly BracketTie[];
  readonly rules?: TieRules;
}

/** The rounds of a knockout competition, first round first. */
export interface Bracket {
  readonly rounds: readonly BracketRound[];
}

/** A slot once its source is looked up. */
export type SlotState =
  | { readonly kind: 'team'; readonly team: TeamId }
  | { readonly kind: 'bye' }
  /** The tie that feeds it is not decided yet. */
  | { readonly kind: 'waiting'; readonly tie: string }
  /** It names a tie that is not in an earlier round. */
  | { readonly kind: 'unknown_tie'; readonly tie: string };

/** Where a tie of the bracket stands. */
export type BracketTieOutcome =
  | TieOutcome
  /** One slot is a bye: the other team goes through without playing. */
  | { readonly status: 'bye'; readonly winner: TeamId }
  /** At least one slot is not known yet. */
  | { readonly status: 'awaiting_teams' }
  /** The bracket itself is wrong here: a slot names an unknown or later tie, or both are byes. */
  | { readonly status: 'invalid_bracket' };

export interface BracketTieState {
  readonly id: string;
  readonly round: string;
  readonly slots: readonly [SlotState, SlotState];
  readonly outcome: BracketTieOutcome;
}

export interface BracketState {
  /** Every tie, in round order. */
  readonly ties: readonly BracketTieState[];
  /** The winner of the final, once decided. */
  readonly champion?: TeamId;
  readonly runnerUp?: TeamId;
}
