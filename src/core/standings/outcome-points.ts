import type { PointsSystem } from '../model/rules.ts';

/** What a match was for one team, as far as points go. */
export type Outcome = 'win' | 'draw' | 'loss' | 'shootout_win' | 'shootout_loss';

/**
 * Points for an outcome: the points rule, written once. A shoot-out after a draw gives
 * `shootoutWin` / `shootoutLoss` *instead of* the draw's points when the system sets them
 * (Argentina 1988/89: draw 1, shoot-out winner 2; MLS Next Pro: 2 and 1); a system that does
 * not set them treats the match as the draw it was. A shoot-out never counts as goals.
 */
export function outcomePoints(system: PointsSystem, outcome: Outcome): number {
  switch (outcome) {
    case 'win':
      return system.win;
    case 'draw':
      return system.draw;
    case 'loss':
      return system.loss;
    case 'shootout_win':
      return system.shootoutWin ?? system.draw;
    case 'shootout_loss':
      return system.shootoutLoss ?? system.draw;
  }
}
