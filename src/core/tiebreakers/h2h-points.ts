import { keyed } from './keyed.ts';

/** Points won in the matches among the tied teams only. */
export const h2hPoints = keyed('h2h_points', 'head-to-head', (ctx, t) => ctx.h2h.points[t]!);
