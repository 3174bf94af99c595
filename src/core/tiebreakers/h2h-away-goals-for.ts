import type { Criterion } from './criterion.ts';

/**
 * Goals scored away from home in the matches among the tied teams only (Premier League from
 * 2019/20, Bundesliga; UEFA group stages until 2020/21).
 */
export const h2hAwayGoalsFor: Criterion = {
  id: 'h2h_away_goals_for',
  scope: 'head-to-head',
  compare: (ctx, a, b) => ctx.h2h.awayGoalsFor[b]! - ctx.h2h.awayGoalsFor[a]!,
  value: (ctx, t) => ctx.h2h.awayGoalsFor[t]!,
};
