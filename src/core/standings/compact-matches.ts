import type { IsoDate, TeamId } from '../model/ids.ts';
import { countsInTable, type Match } from '../model/match.ts';
import { finalScore } from '../model/score.ts';
import { suggest } from '../names/suggest.ts';
import { fairPlayPoints } from '../tiebreakers/fair-play.ts';
import { StandingsError } from '../tiebreakers/standings-error.ts';
import type { MatchColumns } from './match-columns.ts';

/** Team ids to indices 0 … n − 1, in the order given; a repeated id is refused. */
export function indexTeams(teams: readonly TeamId[]): Map<TeamId, number> {
  const index = new Map<TeamId, number>();
  teams.forEach((team, i) => {
    if (index.has(team)) {
      throw new StandingsError(
        { code: 'duplicate_team', path: ['teams', i], input: team },
        `team '${team}' is listed twice`,
      );
    }
    index.set(team, i);
  });
  return index;
}

/** The index of a team; a team not in the table is refused, with the nearest name as a suggestion. */
export function teamIndexOf(
  index: ReadonlyMap<TeamId, number>,
  team: TeamId,
  path: readonly (string | number)[],
): number {
  const i = index.get(team);
  if (i !== undefined) return i;
  const suggestion = suggest(team, index.keys());
  throw new StandingsError(
    { code: 'unknown_team', path, input: team, ...(suggestion === undefined ? {} : { suggestion }) },
    `team '${team}' is not in this table`,
  );
}

/** Whether a match counts in a table as of a date: played or awarded, with a result, dated on or before `asOf`. */
export const countsAsOf = (m: Match, asOf: IsoDate | undefined): boolean =>
  countsInTable(m.status) &&
  m.result !== undefined &&
  (asOf === undefined || (m.date !== undefined && m.date <= asOf));

export interface CompactedMatches {
  readonly columns: MatchColumns;
  /** The counted matches, in column order. */
  readonly matches: readonly Match[];
}

export interface CompactOptions {
  readonly asOf: IsoDate | undefined;
  /** Keep shoot-out winners (the points system rewards them). */
  readonly shootouts: boolean;
  /** Keep fair-play points (a criterion needs them). */
  readonly conduct: boolean;
  /** Keep the matches in the order given instead of sorting them by date. */
  readonly keepOrder?: boolean;
}

/**
 * The matches that count, as columns, in date order when every one of them has a date (the
 * given order otherwise). Goals are the final score, extra time included; a shoot-out is kept
 * apart, for points only.
 */
export function compactMatches(
  index: ReadonlyMap<TeamId, number>,
  all: readonly Match[],
  { asOf, shootouts, conduct, keepOrder = false }: CompactOptions,
): CompactedMatches {
  const counted: Match[] = [];
  all.forEach((m, i) => {
    teamIndexOf(index, m.home, ['matches', i, 'home']);
    teamIndexOf(index, m.away, ['matches', i, 'away']);
    if (countsAsOf(m, asOf)) counted.push(m);
  });
  const matches = keepOrder ? counted : inDateOrder(counted);
  const count = matches.length;
  const columns = {
    teamCount: index.size,
    home: new Int32Array(count),
    away: new Int32Array(count),
    homeGoals: new Int32Array(count),
    awayGoals: new Int32Array(count),
    ...(shootouts ? { shootout: new Int8Array(count) } : {}),
    ...(conduct ? { homeConduct: new Int32Array(count), awayConduct: new Int32Array(count) } : {}),
  };
  matches.forEach((m, i) => {
    const result = m.result!;
    const goals = finalScore(result);
    columns.home[i] = index.get(m.home)!;
    columns.away[i] = index.get(m.away)!;
    columns.homeGoals[i] = goals.home;
    columns.awayGoals[i] = goals.away;
    const pens = result.penalties;
    if (columns.shootout && pens && goals.home === goals.away)
      columns.shootout[i] = Math.sign(pens.home - pens.away);
    if (columns.homeConduct && columns.awayConduct && m.cards) {
      columns.homeConduct[i] = fairPlayPoints(m.cards.home);
      columns.awayConduct[i] = fairPlayPoints(m.cards.away);
    }
  });
  return { columns, matches };
}

/** A stable sort by date, only when needed and only when every match has a date. */
export function inDateOrder(matches: Match[]): Match[] {
  let sorted = true;
  for (let i = 0; i < matches.length; i++) {
    const date = matches[i]!.date;
    if (date === undefined) return matches;
    if (i > 0 && date < matches[i - 1]!.date!) sorted = false;
  }
  return sorted
    ? matches
    : matches.slice().sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
}
