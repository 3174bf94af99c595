import type { Criterion } from './criterion.ts';

/** More matches won ranks higher (UEFA club competitions, after goals scored). */
export const wins: Criterion = {
  id: 'wins',
  scope: 'overall',
  compare: (ctx, a, b) => ctx.stats.won[b]! - ctx.stats.won[a]!,
  value: (ctx, t) => ctx.stats.won[t]!,
};
