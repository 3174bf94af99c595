import type { Match } from '../core/model/index.ts';
import { csvText } from './csv-text.ts';

export interface FixtureNames {
  readonly team: (id: string) => string;
  readonly venue: (id: string) => string;
}

/**
 * Matches as a fixture sheet for a spreadsheet, one line each: what `torneo fixtures --csv` prints
 * and the API's fixtures give as text/csv. Goals are numbers in columns of their own (a "2-1"
 * cell is read as a date by spreadsheets); a match with no known result leaves them empty, never 0.
 */
export function fixturesCsv(matches: readonly Match[], names: FixtureNames): string {
  const n = (v: number | undefined) => (v === undefined ? '' : v);
  return csvText(
    [
      'competition',
      'stage',
      'group',
      'round',
      'tie',
      'leg',
      'date',
      'time',
      'home',
      'home_id',
      'away',
      'away_id',
      'venue',
      'venue_id',
      'neutral',
      'status',
      'home_goals',
      'away_goals',
      'home_goals_aet',
      'away_goals_aet',
      'home_penalties',
      'away_penalties',
      'awarded_to',
    ],
    matches.map((m) => [
      m.competition,
      m.stage,
      m.group,
      m.round,
      m.tie,
      m.leg,
      m.date,
      m.time,
      names.team(m.home),
      m.home,
      names.team(m.away),
      m.away,
      m.venue ? names.venue(m.venue) : '',
      m.venue,
      m.neutral ? 'true' : '',
      m.status,
      n(m.result?.fullTime.home),
      n(m.result?.fullTime.away),
      n(m.result?.extraTime?.home),
      n(m.result?.extraTime?.away),
      n(m.result?.penalties?.home),
      n(m.result?.penalties?.away),
      m.awardedTo,
    ]),
  );
}
