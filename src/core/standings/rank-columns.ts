import type { TableRules, TiebreakerId } from '../model/rules.ts';
import type { Criterion, PlayoffOutcome, TieEvent } from '../tiebreakers/criterion.ts';
import { criteriaFor } from '../tiebreakers/registry.ts';
import { LEVEL, splitTies, type TieRecord } from '../tiebreakers/split-ties.ts';
import type { HeadToHead } from './head-to-head.ts';
import type { MatchColumns, TableSide } from './match-columns.ts';
import { int32Columns } from './int32-columns.ts';
import { RankingContext } from './ranking-context.ts';
import { Totals, type TableStats } from './totals.ts';

/** Everything about a table that is not a match, by team index. */
export interface RankOptions {
  readonly side?: TableSide;
  /** Points added to (positive) or taken from (negative) each team, by team index. */
  readonly adjustments?: Int32Array;
  /** Recorded drawing-of-lots orders, best first, as team indices. */
  readonly lots?: readonly Int32Array[];
  readonly playoffs?: readonly PlayoffOutcome[];
  /** Seed for a simulated drawing of lots when none was recorded (default 0). */
  readonly seed?: number;
}

/** A ranked table in columns: no row objects, ready for a benchmark or a federation's batch. */
export interface ColumnRanking {
  readonly rules: TableRules;
  /** The running totals the table was ranked on (their columns, the away part on demand). */
  readonly totals: Totals;
  /** The numbers the table was ranked on, by team index: points after adjustments, goals … */
  readonly stats: TableStats;
  /** Team indices, best first. */
  readonly order: Int32Array;
  /** Each team's place (1-based) by team index; teams still level share the better one. */
  readonly position: Int32Array;
  /** `separation[i]`: index into `rules.tiebreakers` of the criterion that put `order[i]` above `order[i + 1]`, or `LEVEL`. */
  readonly separation: Int16Array;
  /** Teams level until their play-off is played. */
  readonly pending: readonly number[];
  readonly ties: readonly TieRecord[];
  readonly events: readonly TieEvent[];
}

/** Ranks matches given as columns: one pass to add them up, a sort, tie-breaks on tied runs only. */
export function rankColumns(
  columns: MatchColumns,
  rules: TableRules,
  options: RankOptions = {},
): ColumnRanking {
  const totals = new Totals(columns);
  totals.addUpTo();
  return rankTotals(totals, rules, options);
}

/**
 * Ranks the matches added to `totals` so far (head-to-head criteria look at the same
 * matches). `headToHead` lets a caller that ranks the same columns many times (position
 * history) keep one index of the matches.
 */
export function rankTotals(
  totals: Totals,
  rules: TableRules,
  options: RankOptions = {},
  headToHead?: HeadToHead,
): ColumnRanking {
  const n = totals.teamCount;
  const side = options.side ?? 'all';
  const stats = totals.stats(rules.points, side, options.adjustments);
  const ctx = new RankingContext({
    columns: totals.columns,
    stats,
    points: rules.points,
    side,
    limit: totals.added,
    playoffPositions: rules.playoffPositions,
    playoffs: options.playoffs ?? [],
    lots: options.lots ?? [],
    seed: options.seed ?? 0,
    headToHead,
  });
  const [order, position] = int32Columns(2, n) as [Int32Array, Int32Array];
  for (let t = 0; t < n; t++) order[t] = t;
  const { separation, pending, ties } = splitTies(
    ctx,
    criteriaOf(rules.tiebreakers),
    rules.headToHead,
    order,
  );
  for (let i = 0; i < n; i++) {
    position[order[i]!] = i > 0 && separation[i - 1] === LEVEL ? position[order[i - 1]!]! : i + 1;
  }
  return { rules, totals, stats, order, position, separation, pending, ties, events: ctx.events };
}

const cache = new WeakMap<readonly TiebreakerId[], Criterion[]>();

function criteriaOf(ids: readonly TiebreakerId[]): Criterion[] {
  let criteria = cache.get(ids);
  if (!criteria) cache.set(ids, (criteria = criteriaFor(ids)));
  return criteria;
}
