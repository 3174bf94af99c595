import type { HeadToHeadMode } from '../model/rules.ts';
import type { Criterion, CriterionValue, TieContext } from './criterion.ts';

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
  readonly among?: readonly number[];
}

export interface SplitResult {
  /** Team indices, best first; sorted in place. */
  readonly order: Int32Array;
  /** Which criterion (index) separated `order[i]` from `order[i + 1]`, or `LEVEL`. */
  readonly separation: Int16Array;
  /** 1 for the teams of a tie that awaits its play-off. */
  readonly pending: Uint8Array;
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
  const n = order.length;
  const result: SplitResult = {
    order,
    separation: new Int16Array(Math.max(0, n - 1)).fill(LEVEL),
    pending: new Uint8Array(ctx.teamCount),
    ties: [],
  };

  const resolve = (lo: number, hi: number, k: number, run: HeadToHeadRun | null): void => {
    if (hi - lo < 2) return;
    const criterion = criteria[k];
    if (criterion === undefined) return stayLevel(lo, hi, LEVEL, 'level');
    const teams = order.subarray(lo, hi);
    if (criterion.scope === 'head-to-head' && run === null) {
      ctx.computeHeadToHead(teams);
      run = { start: k, size: hi - lo, among: Array.from(teams) };
    }
    const preparation = criterion.prepare?.(ctx, { teams, firstPosition: lo + 1 }) ?? 'apply';
    if (preparation === 'skip') return next(lo, hi, k, run);
    if (preparation === 'pending') return stayLevel(lo, hi, k, 'playoff_pending');

    teams.sort((a, b) => criterion.compare(ctx, a, b) || a - b);
    const cuts: number[] = [];
    for (let i = lo + 1; i < hi; i++) {
      if (criterion.compare(ctx, order[i - 1]!, order[i]!) !== 0) {
        result.separation[i - 1] = k;
        cuts.push(i);
      }
    }
    if (cuts.length > 0 && k > 0) record(lo, hi, k, 'split', cuts, criterion, run);
    let from = lo;
    for (const cut of [...cuts, hi]) {
      next(from, cut, k, run);
      from = cut;
    }
  };

  const next = (lo: number, hi: number, k: number, run: HeadToHeadRun | null): void => {
    const runContinues = criteria[k + 1]?.scope === 'head-to-head' && run !== null;
    if (runContinues || run === null) return resolve(lo, hi, k + 1, runContinues ? run : null);
    // The head-to-head run ends at k. UEFA: "if, after having applied criteria a) to c), teams
    // still have an equal ranking, criteria a) to c) are reapplied exclusively to the matches
    // between the teams who are still level" — only when the run separated somebody.
    if (headToHead === 'reapply' && hi - lo < run.size) return resolve(lo, hi, run.start, null);
    return resolve(lo, hi, k + 1, null);
  };

  const stayLevel = (lo: number, hi: number, k: number, outcome: TieRecord['outcome']): void => {
    if (outcome === 'playoff_pending') for (let i = lo; i < hi; i++) result.pending[order[i]!] = 1;
    record(lo, hi, k, outcome, [], criteria[k], null);
  };

  const record = (
    lo: number,
    hi: number,
    k: number,
    outcome: TieRecord['outcome'],
    cuts: number[],
    criterion: Criterion | undefined,
    run: HeadToHeadRun | null,
  ): void => {
    const teams = Array.from(order.subarray(lo, hi));
    const values = criterion && outcome === 'split' ? teams.map((t) => criterion.value(ctx, t)) : [];
    result.ties.push({
      start: lo,
      end: hi,
      criterion: k,
      outcome,
      cuts,
      teams,
      values,
      ...(run && criterion?.scope === 'head-to-head' ? { among: run.among } : {}),
    });
  };

  resolve(0, n, 0, null);
  return result;
}
