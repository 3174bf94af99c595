import type { BenchRow } from '../bench-row.ts';
import type { LeagueData } from '../data/league-data.ts';

/**
 * The open-source peers, fed the same results: each adapter creates the competition in the
 * peer's own model, records every result and reads the table back.
 */
export function peerRows(_data: LeagueData, _teams: number): BenchRow[] {
  return [];
}
