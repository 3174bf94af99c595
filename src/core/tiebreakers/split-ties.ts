import type { HeadToHeadMode } from '../model/rules.ts';
import type { Criterion, CriterionValue, TieContext } from './criterion.ts';
import { sortRange } from './sort-range.ts';

/** `separation[i]` when `order[i]` and `order[i + 1]` are still level after every criterion. */
export const LEVEL = -1;

/**
 * One tied set and what one criterion did to it: the record a table explains itself from.
 * `start`/`end` delimit the set in the final order; `cuts` are the places in that order where
 * the criterion separated it; `values` are what the criterion saw for `teams` (in the order it
 * ranked them).
 */
export interface TieRecord {
  readonly start: number;
  readonly end: number;
  /** Index into the criteria list; `LEVEL` when nothing separated the set. */
  readonly criterion: number;
  readonly outcome: 'split' | 'level' | 'playoff_pending';
  readonly cuts: readonly number[];
  readonly teams: readonly number[];
  readonly values: readonly CriterionValue[];
  /** For a head-to-head criterion: the teams whose matches among themselves were counted. */
  readonly among: readonly number[] | undefined;
}

export interface SplitResult {
  /** Team indices, best first; sorted in place. */
  readonly order: Int32Array;
  /** Which criterion (index) separated `order[i]` from `order[i + 1]`, or `LEVEL`. */
  readonly separation: Int16Array;
  /** Teams of a tie that awaits its play-off (team indices). */
  readonly pending: readonly number[];
  readonly ties: TieRecord[];
}

interface HeadToHeadRun {
  readonly start: number;
  readonly size: number;
  readonly among: readonly number[];
}

/**
 * Ranks `order` (all teams, any order) with the criteria in turn: the first sorts everybody,
 * each next one only splits the runs still level. A run of head-to-head criteria works on one
 * mini-table of the tied teams' matches among themselves. With `reapply` (UEFA), when that run
 * separated some of the teams, it starts again on a fresh mini-table of each subgroup still
 * level; with `once` (FIFA) the next criteria follow directly.
 */
export function splitTies(
  ctx: TieContext,
  criteria: readonly Criterion[],
  headToHead: HeadToHeadMode,
  order: Int32Array,
): SplitResult {
  const separation = new Int16Array(Math.max(0, order.length - 1)).fill(LEVEL);
  const splitter = new TieSplitter(ctx, criteria, headToHead, order, separation);
  splitter.resolve(0, order.length, 0, null);
  return { order, separation, pending: splitter.pending, ties: splitter.ties };
}

/**
 * Goes on ranking `order[lo, hi)`, teams level on criteria 0 … `from − 1` (all of them
 * overall criteria: no head-to-head run is open), with criteria `from` onwards — exactly what
 * `splitTies` does to such a run. A simulation that sorts a whole table on points by itself
 * calls this for the runs of teams level on points only. Writes the cuts into `separation`
 * (which must say `LEVEL` inside the range) and returns the teams whose play-off is pending.
 */
export function splitLevelRange(
  ctx: TieContext,
  criteria: readonly Criterion[],
  headToHead: HeadToHeadMode,
  order: Int32Array,
  separation: Int16Array,
  lo: number,
  hi: number,
  from: number,
): readonly number[] {
  // Nobody reads the explanations of a simulated table: they are not written.
  const splitter = new TieSplitter(ctx, criteria, headToHead, order, separation, false);
  splitter.resolve(lo, hi, from, null);
  return splitter.pending;
}

/**
 * Sort keys by team, shared by every ranking: a scratch buffer written and read within one
 * `sortRange` call, never visible outside it, so sharing it keeps every call pure while
 * saving an allocation per table (10,000 small tables in a federation's batch).
 */
let sharedKeys = new Float64Array(64);
const scratchKeys = (teamCount: number): Float64Array =>
  sharedKeys.length >= teamCount ? sharedKeys : (sharedKeys = new Float64Array(teamCount));

class TieSplitter {
  readonly pending: number[] = [];
  readonly ties: TieRecord[] = [];
  private readonly keys: Float64Array;

  constructor(
    private readonly ctx: TieContext,
    private readonly criteria: readonly Criterion[],
    private readonly headToHead: HeadToHeadMode,
    private readonly order: Int32Array,
    readonly separation: Int16Array,
    private readonly explain = true,
  ) {
    this.keys = scratchKeys(ctx.teamCount);
  }

  resolve(lo: number, hi: number, k: number, run: HeadToHeadRun | null): void {
    if (hi - lo < 2) return;
    const criterion = this.criteria[k];
    if (criterion === undefined) return this.stayLevel(lo, hi, LEVEL, 'level');
    if (criterion.scope === 'head-to-head' && run === null) {
      this.ctx.computeHeadToHead(this.order.subarray(lo, hi));
      run = { start: k, size: hi - lo, among: this.explain ? this.slice(lo, hi) : [] };
    }
    if (criterion.prepare) {
      const preparation = criterion.prepare(this.ctx, {
        teams: this.order.subarray(lo, hi),
        firstPosition: lo + 1,
      });
      if (preparation === 'skip') return this.next(lo, hi, k, run);
      if (preparation === 'pending') return this.stayLevel(lo, hi, k, 'playoff_pending');
    }
    const cuts = sortRange(this.ctx, criterion, this.order, lo, hi, this.keys);
    for (const cut of cuts) this.separation[cut - 1] = k;
    if (cuts.length > 0 && k > 0) this.record(lo, hi, k, 'split', cuts, criterion, run);
    let from = lo;
    for (const cut of cuts) {
      this.next(from, cut, k, run);
      from = cut;
    }
    this.next(from, hi, k, run);
  }

  private next(lo: number, hi: number, k: number, run: HeadToHeadRun | null): void {
    const runContinues = run !== null && this.criteria[k + 1]?.scope === 'head-to-head';
    if (runContinues || run === null) return this.resolve(lo, hi, k + 1, run);
    // The head-to-head run ends at k. UEFA: "if, after having applied criteria a) to c), teams
    // still have an equal ranking, criteria a) to c) are reapplied exclusively to the matches
    // between the teams who are still level" — only when the run separated somebody.
    if (this.headToHead === 'reapply' && hi - lo < run.size) return this.resolve(lo, hi, run.start, null);
    return this.resolve(lo, hi, k + 1, null);
  }

  private stayLevel(lo: number, hi: number, k: number, outcome: TieRecord['outcome']): void {
    if (outcome === 'playoff_pending') for (let i = lo; i < hi; i++) this.pending.push(this.order[i]!);
    this.record(lo, hi, k, outcome, [], this.criteria[k], null);
  }

  private record(
    lo: number,
    hi: number,
    k: number,
    outcome: TieRecord['outcome'],
    cuts: readonly number[],
    criterion: Criterion | undefined,
    run: HeadToHeadRun | null,
  ): void {
    if (!this.explain) return;
    const teams = this.slice(lo, hi);
    const values: CriterionValue[] = [];
    if (criterion && outcome === 'split') for (const t of teams) values.push(criterion.value(this.ctx, t));
    const among = run && criterion?.scope === 'head-to-head' ? run.among : undefined;
    this.ties.push({ start: lo, end: hi, criterion: k, outcome, cuts, teams, values, among });
  }

  private slice(lo: number, hi: number): number[] {
    const teams: number[] = [];
    for (let i = lo; i < hi; i++) teams.push(this.order[i]!);
    return teams;
  }
}
