import { keyed } from './keyed.ts';

/** More goals scored in all matches ranks higher. */
export const goalsFor = keyed('goals_for', 'overall', (ctx, t) => ctx.stats.goalsFor[t]!);
