import type { IsoDate, Match } from '../model/index.ts';
import { finalScore } from '../model/score.ts';
import type { Coverage, CoverageOf } from './figure.ts';

/**
 * The matches a statistic counts, as of a day: played matches with a known result, dated on or
 * before `asOf`. Awarded matches are kept apart: an awarded 3-0 was not played, so its goals
 * are nobody's goals and it is not a match played.
 */
export interface StatsScope {
  readonly played: readonly Match[];
  readonly awarded: readonly Match[];
  /**
   * Results that count but are not known: matches played without a score, undated matches when
   * `asOf` is given, and the matches the format implies that the season does not list;
   * `unknown` when not even the number of matches that should have been played is known.
   */
  readonly missing: number | 'unknown';
  readonly expected?: number;
  readonly asOf?: IsoDate;
}

export interface ScopeOptions {
  readonly asOf?: IsoDate;
  /**
   * How many matches should have been played (or awarded) by `asOf`. Absent: the matches given
   * are all there are. `unknown`: the fixture list is incomplete, so nothing can be complete.
   */
  readonly expected?: number | 'unknown';
}

export function statsScope(matches: readonly Match[], options: ScopeOptions = {}): StatsScope {
  const { asOf, expected } = options;
  const played: Match[] = [];
  const awarded: Match[] = [];
  let withoutResult = 0;
  for (const m of matches) {
    if (m.status !== 'played' && m.status !== 'awarded') continue;
    if (asOf !== undefined && m.date === undefined) {
      withoutResult++;
      continue;
    }
    if (asOf !== undefined && m.date! > asOf) continue;
    if (m.status === 'awarded') awarded.push(m);
    else if (m.result) played.push(m);
    else withoutResult++;
  }
  const short = typeof expected === 'number' ? expected - played.length - awarded.length : 0;
  return {
    played,
    awarded,
    missing: expected === 'unknown' ? 'unknown' : Math.max(withoutResult, short),
    ...(typeof expected === 'number' ? { expected } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
  };
}

export const resultsComplete = (scope: StatsScope): boolean => scope.missing === 0;

/** The matches a figure rests on: those with a known result, or with what else it needs (`of`). */
export function coverageOf(
  scope: StatsScope,
  counted = scope.played.length,
  of: CoverageOf = 'results',
): Coverage {
  const expected =
    scope.expected ?? (scope.missing === 'unknown' ? undefined : scope.played.length + scope.missing);
  return { counted, ...(expected !== undefined ? { expected } : {}), ...(of !== 'results' ? { of } : {}) };
}

/** A match whose scorers are all listed: as many goals as the score (an unlisted 0-0 is complete). */
export function goalsListed(m: Match): boolean {
  if (!m.result) return false;
  const s = finalScore(m.result);
  if (s.home + s.away === 0) return true;
  const goals = m.goals ?? [];
  return (
    goals.filter((g) => g.side === 'home').length === s.home &&
    goals.filter((g) => g.side === 'away').length === s.away
  );
}
