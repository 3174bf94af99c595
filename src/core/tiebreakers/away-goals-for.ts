import { keyed } from './keyed.ts';

/** More goals scored away from home, in all matches, ranks higher. */
export const awayGoalsFor = keyed('away_goals_for', 'overall', (ctx, t) => ctx.stats.awayGoalsFor[t]!);
