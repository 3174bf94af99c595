import type { MatchFactDoc } from '../definition/index.ts';

/**
 * A match's id: the one written in the file, or competition/stage/date-or-round/home-away.
 * Derived ids are stable as long as the fixture's own fields do not change.
 */
export function matchIdOf(
  m: Pick<MatchFactDoc, 'id' | 'competition' | 'stage' | 'date' | 'round' | 'leg' | 'home' | 'away'>,
): string {
  if (m.id) return m.id;
  const when =
    m.date ??
    (m.round ? m.round.toLowerCase().replace(/[^a-z0-9]+/g, '-') : m.leg ? `leg-${m.leg}` : 'undated');
  return `${m.competition}/${m.stage}/${when}/${m.home}-v-${m.away}`;
}
