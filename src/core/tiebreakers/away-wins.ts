import type { Criterion } from './criterion.ts';

/** More matches won away from home ranks higher (UEFA club competitions). */
export const awayWins: Criterion = {
  id: 'away_wins',
  scope: 'overall',
  compare: (ctx, a, b) => ctx.stats.awayWon[b]! - ctx.stats.awayWon[a]!,
  value: (ctx, t) => ctx.stats.awayWon[t]!,
};
