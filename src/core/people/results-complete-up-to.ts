import type { IsoDate, Match } from '../model/index.ts';

/**
 * Whether every result of a table up to a day is known: the whole fixture list is listed (as
 * many fixtures as the round robin implies, each dated), and every fixture dated on or before
 * the day has its result — or is known not to have been played then (postponed, abandoned). Without the full fixture list a missing match cannot be told from a
 * match that was not yet due, so the answer is then no.
 */
export function resultsCompleteUpTo(
  matches: readonly Match[],
  expected: number | undefined,
  date: IsoDate,
): boolean {
  const fixtures = matches.filter(
    (m) => !m.playoff && m.status !== 'cancelled' && m.status !== 'void' && m.status !== 'annulled',
  );
  if (expected === undefined || fixtures.length < expected) return false;
  if (fixtures.some((m) => m.date === undefined)) return false;
  return fixtures
    .filter((m) => m.date! <= date)
    .every((m) => m.status !== 'scheduled' && (m.status !== 'played' || m.result !== undefined));
}
