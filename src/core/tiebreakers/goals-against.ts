import { keyed } from './keyed.ts';

/** Fewer goals conceded in all matches ranks higher. */
export const goalsAgainst = keyed('goals_against', 'overall', (ctx, t) => -ctx.stats.goalsAgainst[t]!, {
  value: (ctx, t) => ctx.stats.goalsAgainst[t]!,
});
