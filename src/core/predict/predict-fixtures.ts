import { countsInTable, type IsoDate, type Match } from '../model/index.ts';
import { fitDixonColes, type FitOptions } from './fit-dixon-coles.ts';
import { forecastMatch, type MatchForecast } from './scoreline-grid.ts';
import type { StrengthModel } from './strength-model.ts';

export interface FixtureForecast {
  readonly match: Match;
  readonly forecast: MatchForecast;
}

/** A match that counts as played as of a day (every counted match when no day is given). */
export const playedAsOf = (m: Match, asOf?: IsoDate): boolean =>
  countsInTable(m.status) && (asOf === undefined || (m.date !== undefined && m.date <= asOf));

/** The matches still to play as of a day: not played yet, or played after it; not struck out. */
export const toPlayAsOf = (m: Match, asOf?: IsoDate): boolean =>
  !playedAsOf(m, asOf) && (m.status === 'scheduled' || m.status === 'postponed' || countsInTable(m.status));

/**
 * Fits the model on the played matches and forecasts each upcoming one (neutral grounds
 * honoured), in date order. Teams of the fixtures that never played get the league mean.
 */
export function predictFixtures(
  played: readonly Match[],
  upcoming: readonly Match[],
  options: FitOptions = {},
): { model: StrengthModel; forecasts: FixtureForecast[] } {
  const model = fitDixonColes(played, {
    ...options,
    teams: [...(options.teams ?? []), ...upcoming.flatMap((m) => [m.home, m.away])],
  });
  const forecasts = [...upcoming]
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
    .map((match) => ({
      match,
      forecast: forecastMatch(model, match.home, match.away, match.neutral === true),
    }));
  return { model, forecasts };
}
