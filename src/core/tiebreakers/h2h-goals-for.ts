import { keyed } from './keyed.ts';

/** Goals scored in the matches among the tied teams only. */
export const h2hGoalsFor = keyed('h2h_goals_for', 'head-to-head', (ctx, t) => ctx.h2h.goalsFor[t]!);
