import type { Criterion } from './criterion.ts';

/** Fewer goals conceded in all matches ranks higher. */
export const goalsAgainst: Criterion = {
  id: 'goals_against',
  scope: 'overall',
  compare: (ctx, a, b) => ctx.stats.goalsAgainst[a]! - ctx.stats.goalsAgainst[b]!,
  value: (ctx, t) => ctx.stats.goalsAgainst[t]!,
};
