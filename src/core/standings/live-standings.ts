import type { IsoDate, MatchId, TeamId } from '../model/ids.ts';
import type { Match } from '../model/match.ts';
import type { Adjustment } from '../model/rules.ts';
import { compactMatches, countsAsOf, indexTeams, teamIndexOf, writeMatch } from './compact-matches.ts';
import { isSettled } from './is-settled.ts';
import type { MatchColumns } from './match-columns.ts';
import { rankTotals, type RankOptions } from './rank-columns.ts';
import type { StandingsInput } from './standings-input.ts';
import { adjustmentColumn, adjustmentsAsOf, lotsColumns, playoffOutcomes } from './table-decisions.ts';
import { tableFromRanking } from './table-from-ranking.ts';
import type { Table } from './table.ts';
import { Totals } from './totals.ts';

interface GrowingColumns extends MatchColumns {
  matchCount: number;
  home: Int32Array;
  away: Int32Array;
  homeGoals: Int32Array;
  awayGoals: Int32Array;
  shootout: Int8Array | undefined;
  homeConduct: Int32Array | undefined;
  awayConduct: Int32Array | undefined;
}

/**
 * A table kept up to date as results come in: `record(match)` gives exactly the table
 * `computeStandings` gives for the input's matches with that match put in (replacing the match
 * with the same id, or added). When the new result is the latest of the table (the usual case:
 * results recorded in date order) it is added to running totals — one match summed, the teams
 * sorted, tie-breaks on tied runs, the rows rebuilt — instead of compacting every match again.
 * Anything else (a correction of a counted result, a result dated before the last one, an
 * abandoned match, a match that does not count) recomputes from all the matches. No `asOf`: a
 * live table is the table now.
 */
export class LiveStandings {
  private readonly input: StandingsInput;
  private readonly index: Map<TeamId, number>;
  private readonly options: RankOptions;
  private readonly adjustments: readonly Adjustment[];
  private matches: Match[] = [];
  private positionOf = new Map<MatchId, number>();
  private columns!: GrowingColumns;
  private totals!: Totals;
  /** Position in `matches` of the match in the last column slot (−1: none counted). */
  private lastCounted = -1;
  private lastDate: IsoDate | undefined;
  /** Every counted match has a date: columns are then in date order. */
  private allDated = true;
  /** The columns are in the order of `matches`. */
  private listOrdered = true;
  private unsettled = 0;
  /** An abandoned match is in: every recording recomputes, and compaction says whether it is settled. */
  private abandoned = false;
  private compactedSettled = true;
  private current!: Table;
  private rebuilds = 0;

  constructor(input: StandingsInput) {
    if (input.asOf !== undefined) throw new RangeError('a live table has no asOf: it is the table now');
    this.input = input;
    this.index = indexTeams(input.teams);
    this.adjustments = adjustmentsAsOf(input.adjustments ?? [], undefined);
    this.options = {
      side: input.side ?? 'all',
      ...(this.adjustments.length > 0 ? { adjustments: adjustmentColumn(this.index, this.adjustments) } : {}),
      lots: lotsColumns(this.index, input.decisions?.lots ?? []),
      playoffs: playoffOutcomes(this.index, input.decisions?.playoffs ?? [], undefined),
      ...(input.seed === undefined ? {} : { seed: input.seed }),
    };
    this.rebuild([...input.matches]);
  }

  /** How many times the table was computed from all its matches (the first time included). */
  get recomputations(): number {
    return this.rebuilds;
  }

  /** The table as of the last recording. */
  get table(): Table {
    return this.current;
  }

  /** Puts `match` in (in place of the last match with its id, if any) and returns the new table. */
  record(match: Match): Table {
    const at = this.positionOf.get(match.id);
    const previous = at === undefined ? undefined : this.matches[at]!;
    const position = at ?? this.matches.length;
    if (!this.appendsAtEnd(match, previous, position)) {
      const next = [...this.matches];
      next[position] = match;
      this.rebuild(next);
      return this.current;
    }
    const h = teamIndexOf(this.index, match.home, ['match', 'home']);
    const a = teamIndexOf(this.index, match.away, ['match', 'away']);
    if (previous === undefined) this.positionOf.set(match.id, position);
    else if (!isSettled(previous, undefined)) this.unsettled--;
    this.matches[position] = match;
    const slot = this.columns.matchCount;
    if (slot === this.columns.home.length) this.grow();
    writeMatch(this.columns, slot, match, h, a);
    this.columns.matchCount = slot + 1;
    this.listOrdered &&= position > this.lastCounted;
    this.lastCounted = position;
    if (match.date === undefined) this.allDated = false;
    else this.lastDate = match.date;
    this.totals.addUpTo(slot + 1);
    return (this.current = this.rank());
  }

  /** Whether the match counts and lands in the last column slot, as compaction would put it. */
  private appendsAtEnd(match: Match, previous: Match | undefined, position: number): boolean {
    if (this.abandoned || match.status === 'abandoned' || !countsAsOf(match, undefined)) return false;
    if (previous !== undefined && (countsAsOf(previous, undefined) || previous.status === 'abandoned'))
      return false;
    if (this.columns.matchCount === 0) return true;
    if (this.allDated && match.date !== undefined) {
      const last = this.lastDate!;
      return match.date > last || (match.date === last && position > this.lastCounted);
    }
    return this.listOrdered && position > this.lastCounted;
  }

  private rebuild(matches: Match[]): void {
    this.rebuilds++;
    const { rules } = this.input;
    const compacted = compactMatches(this.index, matches, {
      asOf: undefined,
      shootouts: rules.points.shootoutWin !== undefined || rules.points.shootoutLoss !== undefined,
      conduct: rules.tiebreakers.includes('fair_play'),
    });
    this.matches = matches;
    this.positionOf = new Map(matches.map((m, i) => [m.id, i]));
    const c = compacted.columns;
    this.columns = {
      teamCount: c.teamCount,
      matchCount: c.matchCount ?? c.home.length,
      home: c.home,
      away: c.away,
      homeGoals: c.homeGoals,
      awayGoals: c.awayGoals,
      shootout: c.shootout,
      homeConduct: c.homeConduct,
      awayConduct: c.awayConduct,
    };
    this.totals = new Totals(this.columns);
    this.totals.addUpTo();
    this.readOrder(matches);
    this.compactedSettled = compacted.settled;
    this.current = this.rank();
  }

  /** Where compaction put the last counted match, and whether the columns follow the list. */
  private readOrder(matches: readonly Match[]): void {
    this.lastCounted = -1;
    this.lastDate = undefined;
    this.allDated = true;
    this.listOrdered = true;
    this.unsettled = 0;
    this.abandoned = false;
    let previousDate = '';
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i]!;
      if (m.status === 'abandoned') this.abandoned = true;
      else if (!isSettled(m, undefined)) this.unsettled++;
      if (!countsAsOf(m, undefined)) continue;
      if (m.date === undefined) this.allDated = false;
      else if (m.date < previousDate) this.listOrdered = false;
      else previousDate = m.date;
      this.lastCounted = i;
    }
    if (!this.allDated) {
      this.listOrdered = true;
      return;
    }
    // In date order, the last slot holds the latest date, the latest in the list among equals.
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i]!;
      if (!countsAsOf(m, undefined)) continue;
      if (this.lastDate === undefined || m.date! >= this.lastDate) {
        this.lastDate = m.date!;
        this.lastCounted = i;
      }
    }
  }

  private rank(): Table {
    const { input, columns, totals } = this;
    const ranking = rankTotals(totals, input.rules, this.options);
    const settled = this.abandoned ? this.compactedSettled : this.unsettled === 0;
    const side = input.side ?? 'all';
    return tableFromRanking({
      teams: input.teams,
      columns,
      ranking,
      side,
      adjustments: this.adjustments,
      settled,
    });
  }

  /** Twice the room for matches: new columns, the old ones copied in. */
  private grow(): void {
    const c = this.columns;
    const size = Math.max(16, 2 * c.home.length);
    const widen = <T extends Int32Array | Int8Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    const int32 = (n: number) => new Int32Array(n);
    c.home = widen(c.home, int32);
    c.away = widen(c.away, int32);
    c.homeGoals = widen(c.homeGoals, int32);
    c.awayGoals = widen(c.awayGoals, int32);
    if (c.shootout) c.shootout = widen(c.shootout, (n) => new Int8Array(n));
    if (c.homeConduct) c.homeConduct = widen(c.homeConduct, int32);
    if (c.awayConduct) c.awayConduct = widen(c.awayConduct, int32);
  }
}
