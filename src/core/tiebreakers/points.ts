import type { Criterion } from './criterion.ts';

/** Points, after adjustments (bonuses and deductions). The first criterion of nearly every table. */
export const points: Criterion = {
  id: 'points',
  scope: 'overall',
  compare: (ctx, a, b) => ctx.stats.points[b]! - ctx.stats.points[a]!,
  value: (ctx, t) => ctx.stats.points[t]!,
};
