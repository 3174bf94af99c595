import type { Match, Side } from '../model/index.ts';
import { finalScore } from '../model/score.ts';
import { knownFigure, unknownFigure, type Figure } from './figure.ts';
import { coverageOf, resultsComplete, type StatsScope } from './stats-scope.ts';

/**
 * The biggest win by the home side or by the away side: the widest margin, and among equal
 * margins the one with more goals by the winner (6–1 before 5–0, both by five). Every match
 * level on both is listed, as the record books do
 * ("UCV 1–4 USM, CAI 1–4 USM"). A match on neutral ground has no home side and is left out.
 * The score is the one after extra time; a shoot-out is not a score.
 */
export function biggestWin(scope: StatsScope, winner: Side): Figure<readonly Match[]> {
  const candidates = scope.played.filter((m) => !m.neutral && marginFor(m, winner) > 0);
  const best = bestOf(candidates, (m) => [marginFor(m, winner), goalsOf(m, winner)]);
  const coverage = coverageOf(scope);
  if (!resultsComplete(scope))
    return unknownFigure('results_missing', coverage, best.length ? best : undefined);
  return knownFigure(best, coverage);
}

export const biggestHomeWin = (scope: StatsScope): Figure<readonly Match[]> => biggestWin(scope, 'home');
export const biggestAwayWin = (scope: StatsScope): Figure<readonly Match[]> => biggestWin(scope, 'away');

function marginFor(m: Match, side: Side): number {
  const s = finalScore(m.result!);
  return side === 'home' ? s.home - s.away : s.away - s.home;
}

const goalsOf = (m: Match, side: Side): number => finalScore(m.result!)[side];

/** Every item with the best key (compared element by element, higher first), in date order. */
export function bestOf<T extends Match>(items: readonly T[], key: (item: T) => readonly number[]): T[] {
  let best: T[] = [];
  let bestKey: readonly number[] | undefined;
  for (const item of items) {
    const k = key(item);
    const cmp = bestKey === undefined ? 1 : compareKeys(k, bestKey);
    if (cmp > 0) {
      best = [item];
      bestKey = k;
    } else if (cmp === 0) best.push(item);
  }
  return best.sort(byDate);
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Matches in the order they were played: by date, undated last, then by id. */
export const byDate = (a: Match, b: Match): number =>
  (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
  (a.time ?? '').localeCompare(b.time ?? '') ||
  a.id.localeCompare(b.id);
