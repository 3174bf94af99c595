import type { IsoDate, Match, TeamId } from '../model/index.ts';
import { finalScore } from '../model/score.ts';
import { bestOf, byDate } from './biggest-wins.ts';
import { knownFigure, unknownFigure, type Figure } from './figure.ts';
import { coverageOf, resultsComplete, type StatsScope } from './stats-scope.ts';

/** A team's result in one match; a draw decided on penalties is a draw, as records count it. */
export type TeamOutcome = 'W' | 'D' | 'L';

export interface Run {
  readonly length: number;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly matches: readonly Match[];
  /** The run had not ended by the last match counted. */
  readonly ongoing: boolean;
}

export interface TeamRecord {
  readonly team: TeamId;
  readonly played: number;
  readonly won: number;
  readonly drawn: number;
  readonly lost: number;
  readonly goalsFor: number;
  readonly goalsAgainst: number;
  /** The longest runs (the first, when two are equally long). Length 0 when there is none. */
  readonly longestWinningRun: Run;
  readonly longestUnbeatenRun: Run;
  readonly longestLosingRun: Run;
  readonly longestWinlessRun: Run;
  /** Every match level for the widest margin (then most goals scored); empty when none. */
  readonly biggestWin: readonly Match[];
  readonly biggestDefeat: readonly Match[];
  readonly form: readonly TeamOutcome[];
}

/**
 * A team's record over the matches counted. Runs need every result in order: with a result
 * missing, a "run" might hide a defeat, so the record is then partial.
 */
export function teamRecord(scope: StatsScope, team: TeamId): Figure<TeamRecord> {
  const matches = scope.played.filter((m) => m.home === team || m.away === team).sort(byDate);
  const record = recordOf(team, matches);
  const coverage = coverageOf(scope);
  if (!resultsComplete(scope)) return unknownFigure('results_missing', coverage, record);
  return knownFigure(record, coverage);
}

/** Every team's record, teams in the order they first appear. */
export function teamRecords(scope: StatsScope): ReadonlyMap<TeamId, Figure<TeamRecord>> {
  const teams = [...new Set(scope.played.flatMap((m) => [m.home, m.away]))];
  return new Map(teams.map((t) => [t, teamRecord(scope, t)]));
}

function recordOf(team: TeamId, matches: readonly Match[]): TeamRecord {
  const goals = matches.map((m) => {
    const s = finalScore(m.result!);
    return m.home === team ? { for: s.home, against: s.away } : { for: s.away, against: s.home };
  });
  const form = goals.map((g): TeamOutcome => (g.for > g.against ? 'W' : g.for < g.against ? 'L' : 'D'));
  const margin = (m: Match) => goals[matches.indexOf(m)]!;
  return {
    team,
    played: matches.length,
    won: form.filter((o) => o === 'W').length,
    drawn: form.filter((o) => o === 'D').length,
    lost: form.filter((o) => o === 'L').length,
    goalsFor: goals.reduce((a, g) => a + g.for, 0),
    goalsAgainst: goals.reduce((a, g) => a + g.against, 0),
    longestWinningRun: longestRun(matches, form, ['W']),
    longestUnbeatenRun: longestRun(matches, form, ['W', 'D']),
    longestLosingRun: longestRun(matches, form, ['L']),
    longestWinlessRun: longestRun(matches, form, ['D', 'L']),
    biggestWin: bestOf(
      matches.filter((m) => margin(m).for > margin(m).against),
      (m) => [margin(m).for - margin(m).against, margin(m).for],
    ),
    biggestDefeat: bestOf(
      matches.filter((m) => margin(m).for < margin(m).against),
      (m) => [margin(m).against - margin(m).for, margin(m).against],
    ),
    form,
  };
}

function longestRun(
  matches: readonly Match[],
  form: readonly TeamOutcome[],
  kinds: readonly TeamOutcome[],
): Run {
  let best = { start: 0, length: 0 };
  let start = 0;
  for (let i = 0; i <= form.length; i++) {
    if (i < form.length && kinds.includes(form[i]!)) continue;
    if (i - start > best.length) best = { start, length: i - start };
    start = i + 1;
  }
  const run = matches.slice(best.start, best.start + best.length);
  return {
    length: best.length,
    ...(run[0]?.date ? { from: run[0].date } : {}),
    ...(run.at(-1)?.date ? { to: run.at(-1)!.date } : {}),
    matches: run,
    ongoing: best.length > 0 && best.start + best.length === form.length,
  };
}
