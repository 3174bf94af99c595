import { matchId, teamId, type Match } from '../model/index.ts';

/** Where a simulated match of a tie belongs. */
export interface TieSlot {
  readonly competition: string;
  readonly stage: string;
  readonly round: string;
  readonly tie: string;
}

/**
 * A match a tie still needs (a leg, a replay, a third match) and the season does not list: made
 * up for the run, with an id of its own that no real match can have. `n` numbers it in the tie.
 */
export function simulatedTieMatch(
  slot: TieSlot,
  n: number,
  home: string,
  away: string,
  leg: number | undefined,
  neutral: boolean,
): Match {
  return {
    id: matchId(`simulated:${slot.competition}:${slot.stage}:${slot.tie}:${n}`),
    competition: slot.competition as Match['competition'] & string,
    stage: slot.stage as Match['stage'] & string,
    round: slot.round,
    tie: slot.tie,
    ...(leg !== undefined ? { leg } : {}),
    home: teamId(home),
    away: teamId(away),
    status: 'scheduled',
    ...(neutral ? { neutral } : {}),
  };
}
