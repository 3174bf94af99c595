import { keyed } from './keyed.ts';

/** More matches won ranks higher (UEFA club competitions, after goals scored). */
export const wins = keyed('wins', 'overall', (ctx, t) => ctx.stats.won[t]!);
