import type { IsoDate, TeamId } from '../model/ids.ts';
import { countsInTable, type Match } from '../model/match.ts';
import { finalScore } from '../model/score.ts';
import { suggest } from '../names/suggest.ts';
import { fairPlayPoints } from '../tiebreakers/fair-play.ts';
import { isSettled } from './is-settled.ts';
import { StandingsError } from '../tiebreakers/standings-error.ts';
import { int32Columns } from './int32-columns.ts';
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
  /** Every match is settled (see `isSettled`): nothing left that could change the table. */
  readonly settled: boolean;
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
 * The matches that count, as columns: one loop over the matches, no intermediate objects.
 * In date order when every counted match has a date (a stable sort, only when the matches
 * were not already in order); in the given order otherwise. Goals are the final score, extra
 * time included; a shoot-out is kept apart, for points only.
 */
export function compactMatches(
  index: ReadonlyMap<TeamId, number>,
  all: readonly Match[],
  { asOf, shootouts, conduct, keepOrder = false }: CompactOptions,
): CompactedMatches {
  const capacity = all.length;
  // `counted[k]`: where in `all` the match in column slot k comes from.
  const [home, away, homeGoals, awayGoals, counted, homeConduct, awayConduct] = int32Columns(
    conduct ? 7 : 5,
    capacity,
  ) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array?, Int32Array?];
  const columns = {
    teamCount: index.size,
    matchCount: 0,
    home,
    away,
    homeGoals,
    awayGoals,
    shootout: shootouts ? new Int8Array(capacity) : undefined,
    homeConduct,
    awayConduct,
  };
  let count = 0;
  const abandoned: number[] = [];
  let settled = true;
  let inOrder = true;
  let dated = true;
  let last = '';
  for (let i = 0; i < capacity; i++) {
    const m = all[i]!;
    const h = index.get(m.home) ?? teamIndexOf(index, m.home, ['matches', i, 'home']);
    const a = index.get(m.away) ?? teamIndexOf(index, m.away, ['matches', i, 'away']);
    if (m.status === 'abandoned') abandoned.push(i);
    else if (!isSettled(m, asOf)) settled = false;
    if (!countsAsOf(m, asOf)) continue;
    const date = m.date;
    if (date === undefined) dated = false;
    else if (date < last) inOrder = false;
    else last = date;
    writeMatch(columns, count, m, h, a);
    counted[count++] = i;
  }
  columns.matchCount = count;
  if (settled && abandoned.length > 0) settled = abandoned.every((i) => isReplayed(all, i));
  if (!keepOrder && dated && !inOrder) {
    const order = counted
      .subarray(0, count)
      .sort((x, y) => (all[x]!.date! < all[y]!.date! ? -1 : all[x]!.date! > all[y]!.date! ? 1 : x - y));
    order.forEach((i, slot) =>
      writeMatch(columns, slot, all[i]!, index.get(all[i]!.home)!, index.get(all[i]!.away)!),
    );
  }
  return { columns, settled };
}

/**
 * An abandoned match is settled once it has been replayed: another match between the same
 * home and away teams that is not itself abandoned (Bournemouth v Luton, abandoned on
 * 16 December 2023, replayed 4-3 on 13 March 2024). Until then its outcome is open.
 */
function isReplayed(all: readonly Match[], abandoned: number): boolean {
  const m = all[abandoned]!;
  return all.some(
    (o, i) => i !== abandoned && o.home === m.home && o.away === m.away && o.status !== 'abandoned',
  );
}

/** Columns a match can be written into (compaction, live standings). */
export interface WritableColumns {
  readonly home: Int32Array;
  readonly away: Int32Array;
  readonly homeGoals: Int32Array;
  readonly awayGoals: Int32Array;
  readonly shootout: Int8Array | undefined;
  readonly homeConduct: Int32Array | undefined;
  readonly awayConduct: Int32Array | undefined;
}

/** Writes a counted match into column slot `slot`: teams, final score, shoot-out and fair play when kept. */
export function writeMatch(c: WritableColumns, slot: number, m: Match, h: number, a: number): void {
  const result = m.result!;
  const goals = finalScore(result);
  c.home[slot] = h;
  c.away[slot] = a;
  c.homeGoals[slot] = goals.home;
  c.awayGoals[slot] = goals.away;
  const pens = result.penalties;
  if (c.shootout) c.shootout[slot] = pens && goals.home === goals.away ? Math.sign(pens.home - pens.away) : 0;
  if (c.homeConduct && c.awayConduct) {
    c.homeConduct[slot] = m.cards ? fairPlayPoints(m.cards.home) : 0;
    c.awayConduct[slot] = m.cards ? fairPlayPoints(m.cards.away) : 0;
  }
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
