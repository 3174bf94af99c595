import type { Criterion } from './criterion.ts';

/** Goals scored in the matches among the tied teams only. */
export const h2hGoalsFor: Criterion = {
  id: 'h2h_goals_for',
  scope: 'head-to-head',
  compare: (ctx, a, b) => ctx.h2h.goalsFor[b]! - ctx.h2h.goalsFor[a]!,
  value: (ctx, t) => ctx.h2h.goalsFor[t]!,
};
