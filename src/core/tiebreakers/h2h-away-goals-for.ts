import { keyed } from './keyed.ts';

/**
 * Goals scored away from home in the matches among the tied teams only (Premier League from
 * 2019/20, Bundesliga; UEFA group stages until 2020/21).
 */
export const h2hAwayGoalsFor = keyed(
  'h2h_away_goals_for',
  'head-to-head',
  (ctx, t) => ctx.h2h.awayGoalsFor[t]!,
);
