import type { MatchFactDoc } from '../definition/index.ts';
import { matchIdOf } from '../season/match-id.ts';
import type { SeasonIndex } from '../season/season.ts';
import { suspensions, type SuspendedInLineup } from './suspensions.ts';

/**
 * The banned players a match's line-ups name, with the match written as `entry` at place `at` of
 * the season's matches (a new match: `at` is the length). A ban depends on every earlier card of
 * the competition, so this reads the competition's matches; it costs nothing for a match without
 * line-ups or a competition without `suspensions` rules, which is nearly every write.
 */
export function suspendedInMatch(index: SeasonIndex, entry: MatchFactDoc, at: number): SuspendedInLineup[] {
  if (!entry.lineups || !index.competitions.get(entry.competition)?.suspensions) return [];
  const matches = [...index.doc.matches];
  matches[at] = entry;
  const id = matchIdOf(entry);
  return suspensions({ ...index, doc: { ...index.doc, matches } }, entry.competition).inLineups.filter(
    (x) => x.match === id,
  );
}
