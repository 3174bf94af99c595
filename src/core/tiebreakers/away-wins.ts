import { keyed } from './keyed.ts';

/** More matches won away from home ranks higher (UEFA club competitions). */
export const awayWins = keyed('away_wins', 'overall', (ctx, t) => ctx.stats.awayWon[t]!);
