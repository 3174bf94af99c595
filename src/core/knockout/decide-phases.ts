import type { MatchDecidedBy, TieInconsistency } from './tie-outcome.ts';
import type { MatchDecider } from './tie-rules.ts';
import type { TieScore, TieSide } from './tie-score.ts';
import { leader } from './tie-score.ts';

/**
 * The phases of the match that must produce a winner, from the tie's point of view. For a
 * single match these are its own scores; for the second leg of a two-legged tie they are the
 * aggregates after 90 minutes and after extra time, with the away goals to compare.
 */
export interface Phases {
  readonly ninety: TieScore;
  /** Cumulative, like the a.e.t. score of a match. */
  readonly extraTime?: TieScore;
  readonly penalties?: TieScore;
  /** Away goals to compare when level after 90 minutes; absent when away goals do not count. */
  readonly awayAfterNinety?: TieScore;
  /** Away goals to compare when level after extra time; absent when they do not count there. */
  readonly awayAfterExtraTime?: TieScore;
}

export type PhaseVerdict =
  | { readonly kind: 'won'; readonly winner: TieSide; readonly by: MatchDecidedBy }
  | { readonly kind: 'level' }
  | { readonly kind: 'awaiting'; readonly awaiting: 'extra_time' | 'penalties' }
  | { readonly kind: 'inconsistent'; readonly reason: TieInconsistency };

const inconsistent = (reason: TieInconsistency): PhaseVerdict => ({ kind: 'inconsistent', reason });

/** A winner, unless the record goes on to a phase that can only follow a level score. */
function won(winner: TieSide, by: MatchDecidedBy, playedOn: boolean): PhaseVerdict {
  return playedOn ? inconsistent('played_on_after_decision') : { kind: 'won', winner, by };
}

/**
 * Walks the phases in the order the Laws of the Game and the competition rules give them:
 * 90 minutes, away goals, extra time, away goals in extra time, kicks from the penalty mark.
 * A phase the rules do not have is skipped; a phase that is required but not recorded leaves
 * the match awaiting it; a recorded phase the rules forbid, or that could not have happened,
 * makes the facts inconsistent.
 */
export function decidePhases(p: Phases, decider: MatchDecider): PhaseVerdict {
  const { extraTime, penalties } = p;
  if (extraTime && !decider.extraTime) return inconsistent('extra_time_not_allowed');
  if (penalties && !decider.penalties) return inconsistent('penalties_not_allowed');
  if (extraTime && (extraTime.a < p.ninety.a || extraTime.b < p.ninety.b)) {
    return inconsistent('extra_time_below_full_time');
  }

  // "The team that scores the greater number of goals is the winner" (Laws of the Game, law 10.1).
  const afterNinety = leader(p.ninety);
  if (afterNinety) return won(afterNinety, 'ninety_minutes', !!(extraTime || penalties));

  // "If the two teams score the same number of goals over the two legs, the team which scores
  // more away goals qualifies" (UEFA, until 2020/21; CONMEBOL 2005–2021 before the final).
  const onAway = p.awayAfterNinety && leader(p.awayAfterNinety);
  if (onAway) return won(onAway, 'away_goals', !!(extraTime || penalties));

  if (decider.extraTime) {
    // "Two 15-minute periods of extra time are played" when level (UEFA art. 20; Inca 2014 final).
    if (!extraTime)
      return penalties ? inconsistent('extra_time_missing') : { kind: 'awaiting', awaiting: 'extra_time' };
    const afterExtraTime = leader(extraTime);
    if (afterExtraTime) return won(afterExtraTime, 'extra_time', !!penalties);
    // "If both teams score the same number of goals during extra time, away goals count double
    // (i.e. the visiting team qualifies)" (UEFA until 2020/21).
    const onAwayInExtraTime = p.awayAfterExtraTime && leader(p.awayAfterExtraTime);
    if (onAwayInExtraTime) return won(onAwayInExtraTime, 'away_goals_extra_time', !!penalties);
  }

  if (decider.penalties) {
    // "Kicks from the penalty mark determine which team qualifies"; they go on until one team
    // has scored more from the same number of kicks, so a level shoot-out cannot be final (law 10.3).
    if (!penalties) return { kind: 'awaiting', awaiting: 'penalties' };
    const onPenalties = leader(penalties);
    return onPenalties
      ? { kind: 'won', winner: onPenalties, by: 'penalties' }
      : inconsistent('shootout_drawn');
  }
  return { kind: 'level' };
}
