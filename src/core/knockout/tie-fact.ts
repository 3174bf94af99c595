import type { TeamId } from '../model/index.ts';

/**
 * Facts about a tie that are not match results.
 * - `exclusion`: a team is excluded from the tie (or from one of its legs) by the organiser;
 *   it loses the tie whatever the scores (2014 Copa Perú, Region I semi-final: Defensor Bolívar
 *   excluded from the second leg against Defensor La Bocana for unsportsmanlike conduct).
 * - `walkover`: the loser withdrew or did not turn up, and no score was awarded.
 * - `recorded_winner`: the winner is known but the detail that decided the tie is not
 *   (a shoot-out whose score was never found). It settles a tie the results leave open and
 *   must agree with a tie the results settle.
 */
export type TieFact =
  | {
      readonly kind: 'exclusion';
      readonly team: TeamId;
      readonly reason: string;
      readonly source?: string;
    }
  | {
      readonly kind: 'walkover';
      readonly winner: TeamId;
      readonly loser: TeamId;
      readonly reason?: string;
      readonly source?: string;
    }
  | {
      readonly kind: 'recorded_winner';
      readonly winner: TeamId;
      readonly source?: string;
    };
