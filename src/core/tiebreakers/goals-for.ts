import type { Criterion } from './criterion.ts';

/** More goals scored in all matches ranks higher. */
export const goalsFor: Criterion = {
  id: 'goals_for',
  scope: 'overall',
  compare: (ctx, a, b) => ctx.stats.goalsFor[b]! - ctx.stats.goalsFor[a]!,
  value: (ctx, t) => ctx.stats.goalsFor[t]!,
};
