import { keyed } from './keyed.ts';

/** Points, after adjustments (bonuses and deductions). The first criterion of nearly every table. */
export const points = keyed('points', 'overall', (ctx, t) => ctx.stats.points[t]!);
