import type { Criterion } from './criterion.ts';

/** More goals scored away from home, in all matches, ranks higher. */
export const awayGoalsFor: Criterion = {
  id: 'away_goals_for',
  scope: 'overall',
  compare: (ctx, a, b) => ctx.stats.awayGoalsFor[b]! - ctx.stats.awayGoalsFor[a]!,
  value: (ctx, t) => ctx.stats.awayGoalsFor[t]!,
};
