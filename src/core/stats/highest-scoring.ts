import type { Match } from '../model/index.ts';
import { finalScore } from '../model/score.ts';
import { bestOf } from './biggest-wins.ts';
import { knownFigure, unknownFigure, type Figure } from './figure.ts';
import { coverageOf, resultsComplete, type StatsScope } from './stats-scope.ts';

/**
 * The match or matches with the most goals (after extra time; shoot-outs are not goals). Every
 * match level on goals is listed: "CRI 5–2 UCO (2 March), LEO 4–3 UCO (18 May)".
 */
export function highestScoring(scope: StatsScope): Figure<readonly Match[]> {
  const scored = scope.played.filter((m) => total(m) > 0);
  const best = bestOf(scored, (m) => [total(m)]);
  const coverage = coverageOf(scope);
  if (!resultsComplete(scope))
    return unknownFigure('results_missing', coverage, best.length ? best : undefined);
  return knownFigure(best, coverage);
}

const total = (m: Match): number => {
  const s = finalScore(m.result!);
  return s.home + s.away;
};
