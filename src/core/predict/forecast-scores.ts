/** Home win, draw, away win: the three outcomes a forecast is scored on, in their natural order. */
export interface OutcomeProbabilities {
  readonly home: number;
  readonly draw: number;
  readonly away: number;
}

export type MatchOutcome = 'home' | 'draw' | 'away';

export const outcomeOf = (homeGoals: number, awayGoals: number): MatchOutcome =>
  homeGoals > awayGoals ? 'home' : homeGoals === awayGoals ? 'draw' : 'away';

/**
 * The ranked probability score (Epstein 1969; Constantinou & Fenton 2012 for football): the
 * outcomes are ordered, so a home-win forecast for a draw is less wrong than for an away win.
 * 0 is perfect; lower is better.
 */
export function rankedProbabilityScore(p: OutcomeProbabilities, outcome: MatchOutcome): number {
  const oHome = outcome === 'home' ? 1 : 0;
  const oDraw = outcome === 'draw' ? 1 : 0;
  const c1 = p.home - oHome;
  const c2 = p.home + p.draw - oHome - oDraw;
  return (c1 * c1 + c2 * c2) / 2;
}

/** −ln of the probability given to what happened. */
export const logLoss = (p: OutcomeProbabilities, outcome: MatchOutcome): number =>
  -Math.log(Math.max(1e-15, p[outcome]));

/** The Brier score over the three outcomes (0 perfect, 2 worst). */
export function brierScore(p: OutcomeProbabilities, outcome: MatchOutcome): number {
  const sq = (x: number) => x * x;
  return (
    sq(p.home - (outcome === 'home' ? 1 : 0)) +
    sq(p.draw - (outcome === 'draw' ? 1 : 0)) +
    sq(p.away - (outcome === 'away' ? 1 : 0))
  );
}
