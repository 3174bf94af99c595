import type { TeamId } from '../model/index.ts';
import type { TableCounts } from './simulate-table.ts';

/** What a simulation says about one team of one table. */
export interface TeamForecast {
  readonly team: TeamId;
  /** P(place 1) … P(place n). */
  readonly positions: readonly number[];
  readonly champion: number;
  readonly relegated: number;
  readonly promoted: number;
  readonly expectedPoints: number;
}

/** Places that count as promotion (top) or relegation (bottom) in a table without a season. */
export interface TableZones {
  readonly promoted?: number;
  readonly relegated?: number;
}

/** Counts turned into probabilities, best expected place first. */
export function tableForecast(
  teams: readonly TeamId[],
  counts: TableCounts,
  zones: TableZones = {},
): TeamForecast[] {
  const n = teams.length;
  const runs = Math.max(1, counts.runs);
  const rows = teams.map((team, t) => {
    const positions = Array.from({ length: n }, (_, i) => counts.positions[t * n + i]! / runs);
    const sum = (from: number, to: number) => positions.slice(from, to).reduce((a, b) => a + b, 0);
    return {
      team,
      positions,
      champion: positions[0] ?? 0,
      relegated: zones.relegated ? sum(n - zones.relegated, n) : 0,
      promoted: zones.promoted ? sum(0, zones.promoted) : 0,
      expectedPoints: counts.points[t]! / runs,
      expectedPlace: positions.reduce((a, p, i) => a + p * (i + 1), 0),
    };
  });
  return rows.sort((a, b) => a.expectedPlace - b.expectedPlace).map(({ expectedPlace: _, ...row }) => row);
}
