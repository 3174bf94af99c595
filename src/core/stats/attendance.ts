import type { Match } from '../model/index.ts';
import { bestOf } from './biggest-wins.ts';
import { knownFigure, unknownFigure, type Figure } from './figure.ts';
import { coverageOf, resultsComplete, type StatsScope } from './stats-scope.ts';

/**
 * Crowd figures. Derived figures fill every field; a source may report only some of them (the
 * highest crowd without its match), so each is optional.
 */
export interface AttendanceSummary {
  /** How many matches the figures are taken over: those whose crowd is known. */
  readonly matches?: number;
  readonly total?: number;
  /** Total over `matches`, unrounded. */
  readonly average?: number;
  readonly highest?: AttendanceRecord;
  readonly lowest?: AttendanceRecord;
}

/** The largest (smallest) crowd and every match that drew it. */
export interface AttendanceRecord {
  readonly attendance: number;
  readonly matches: readonly Match[];
}

/**
 * Crowds, taken only over the matches whose attendance is known: an unknown crowd is not a
 * crowd of zero, so it neither lowers the average nor becomes the lowest attendance. Known
 * when every match played has its attendance; otherwise the figures over the known crowds are
 * the partial value.
 */
export function attendance(scope: StatsScope): Figure<AttendanceSummary> {
  const counted = scope.played.filter((m) => m.attendance !== undefined);
  const coverage = coverageOf(scope, counted.length, 'crowds');
  const summary = counted.length ? summarise(counted) : undefined;
  if (!resultsComplete(scope)) return unknownFigure('results_missing', coverage, summary);
  if (counted.length < scope.played.length) return unknownFigure('attendance_missing', coverage, summary);
  if (!summary) return unknownFigure('no_matches', coverage);
  return knownFigure(summary, coverage);
}

function summarise(matches: readonly Match[]): AttendanceSummary {
  const total = matches.reduce((a, m) => a + m.attendance!, 0);
  return {
    matches: matches.length,
    total,
    average: total / matches.length,
    highest: record(bestOf(matches, (m) => [m.attendance!])),
    lowest: record(bestOf(matches, (m) => [-m.attendance!])),
  };
}

const record = (matches: readonly Match[]): AttendanceRecord => ({
  attendance: matches[0]!.attendance!,
  matches,
});
