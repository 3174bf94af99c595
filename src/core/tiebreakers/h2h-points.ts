import type { Criterion } from './criterion.ts';

/** Points won in the matches among the tied teams only. */
export const h2hPoints: Criterion = {
  id: 'h2h_points',
  scope: 'head-to-head',
  compare: (ctx, a, b) => ctx.h2h.points[b]! - ctx.h2h.points[a]!,
  value: (ctx, t) => ctx.h2h.points[t]!,
};
