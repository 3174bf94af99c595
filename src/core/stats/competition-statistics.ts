import type { CompetitionDoc } from '../definition/index.ts';
import type { IsoDate, Match, TeamId } from '../model/index.ts';
import type { SeasonIndex } from '../season/season.ts';
import { seasonMatches } from '../season/to-matches.ts';
import { factClock, knownBy, seasonAsOf } from '../season/season-as-of.ts';
import { attendance, type AttendanceSummary } from './attendance.ts';
import { biggestAwayWin, biggestHomeWin } from './biggest-wins.ts';
import { cleanSheets, type CleanSheetRow } from './clean-sheets.ts';
import { expectedMatches } from './expected-matches.ts';
import { fairPlayTable, type FairPlayRow } from './fair-play-table.ts';
import { withReported, type Figure } from './figure.ts';
import { highestScoring } from './highest-scoring.ts';
import { matchTotals, type MatchTotals } from './match-totals.ts';
import { reportedFigures } from './reported-figures.ts';
import { statsScope, type StatsScope } from './stats-scope.ts';
import { teamRecords, type TeamRecord } from './team-records.ts';
import { topScorers, type ScorerRow } from './top-scorers.ts';

/** Every statistic of one competition as of a day, with what sources reported where Torneo cannot derive. */
export interface CompetitionStatistics {
  readonly competition: string;
  readonly asOf?: IsoDate;
  readonly scope: StatsScope;
  readonly totals: MatchTotals;
  readonly topScorers: Figure<readonly ScorerRow[]>;
  readonly biggestHomeWin: Figure<readonly Match[]>;
  readonly biggestAwayWin: Figure<readonly Match[]>;
  readonly highestScoring: Figure<readonly Match[]>;
  readonly attendance: Figure<AttendanceSummary>;
  readonly cleanSheets: Figure<readonly CleanSheetRow[]>;
  readonly fairPlay: Figure<readonly FairPlayRow[]>;
  readonly teamRecords: ReadonlyMap<TeamId, Figure<TeamRecord>>;
}

export interface CompetitionStatisticsOptions {
  readonly asOf?: IsoDate;
  /** The season's matches, when the caller has converted them already. */
  readonly matches?: readonly Match[];
  /** How many scorers to list (everyone level with the last is kept). */
  readonly scorers?: number;
}

export function competitionStatistics(
  index: SeasonIndex,
  competition: string,
  options: CompetitionStatisticsOptions = {},
): CompetitionStatistics {
  const comp = index.competitions.get(competition);
  const { asOf } = options;
  const every = (options.matches ?? seasonMatches(index.doc)).filter((m) => m.competition === competition);
  // As of a day, the matches and reported figures known by then (season-as-of.ts): an undated
  // result counts once its stage is over, like everywhere else.
  const clock = factClock(index.doc);
  const all = asOf === undefined ? every : every.filter((m) => knownBy(clock, asOf, m));
  const scope: StatsScope = {
    ...statsScope(all, { expected: comp ? expectedBy(comp, every, asOf) : 'unknown' }),
    ...(asOf ? { asOf } : {}),
  };
  const reported = reportedFigures(asOf === undefined ? index.doc : seasonAsOf(index.doc, asOf), competition);
  const totals = matchTotals(scope);
  return {
    competition,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    scope,
    totals: {
      ...totals,
      matches: withReported(totals.matches, reported.matches),
      goals: withReported(totals.goals, reported.goals),
      goalsPerMatch: withReported(totals.goalsPerMatch, reported.goalsPerMatch),
    },
    topScorers: withReported(
      topScorers(scope, options.scorers !== undefined ? { limit: options.scorers } : {}),
      reported.scorers,
    ),
    biggestHomeWin: biggestHomeWin(scope),
    biggestAwayWin: biggestAwayWin(scope),
    highestScoring: highestScoring(scope),
    attendance: withReported(attendance(scope), reported.attendance),
    cleanSheets: cleanSheets(scope),
    fairPlay: fairPlayTable(scope),
    teamRecords: teamRecords(scope),
  };
}

/**
 * How many matches should have been played by `asOf`: all the format implies once the
 * competition is over (or when no day is asked); before that, the listed fixtures dated by then
 * — which is only an answer when the whole fixture list is listed.
 */
export function expectedBy(
  comp: CompetitionDoc,
  matches: readonly Match[],
  asOf: IsoDate | undefined,
): number | 'unknown' {
  const full = expectedMatches(comp);
  if (full === undefined) return 'unknown';
  if (asOf === undefined || (comp.end !== undefined && asOf >= comp.end)) return full;
  if (comp.start !== undefined && asOf < comp.start) return 0;
  const fixtures = matches.filter((m) => !m.playoff && m.status !== 'cancelled');
  // The whole fixture list (not only what was known by the day) says how many should have been played.
  if (fixtures.length < full || fixtures.some((m) => m.date === undefined)) return 'unknown';
  return fixtures.filter((m) => m.date! <= asOf && m.status !== 'postponed').length;
}
