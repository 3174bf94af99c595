import type { CardCounts } from '../model/match.ts';
import { keyed } from './keyed.ts';

/**
 * FIFA fair-play points (Regulations, FIFA World Cup Russia 2018, art. 32.5 g; the same in
 * Qatar 2022): yellow card −1; indirect red card (second yellow) −3; direct red card −4;
 * yellow card and direct red card −5. "Only one of the above deductions shall be applied to a
 * player in a single match", so CardCounts counts players, not cards: a player sent off for a
 * second yellow is one `secondYellow`, not also a `yellow`.
 */
export const fairPlayPoints = (cards: CardCounts): number =>
  -(cards.yellow + 3 * cards.secondYellow + 4 * cards.red + 5 * (cards.yellowRed ?? 0));

/**
 * The higher fair-play score (fewer deductions) ranks higher, over all the team's matches.
 * Matches without card counts count as clean.
 */
export const fairPlay = keyed('fair_play', 'overall', (ctx, t) => ctx.stats.conduct[t]!);
