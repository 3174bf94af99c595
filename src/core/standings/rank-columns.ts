import type { TableRules, TiebreakerId } from '../model/rules.ts';
import type { Criterion, PlayoffOutcome, TieContext, TieEvent } from '../tiebreakers/criterion.ts';
import { criteriaFor } from '../tiebreakers/registry.ts';
import { LEVEL, splitTies, type TieRecord } from '../tiebreakers/split-ties.ts';
import { HeadToHead } from './head-to-head.ts';
import { matchCountOf, type MatchColumns, type TableSide } from './match-columns.ts';
import { Totals } from './totals.ts';

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
  readonly totals: Totals;
  /** Team indices, best first. */
  readonly order: Int32Array;
  /** Each team's place (1-based) by team index; teams still level share the better one. */
  readonly position: Int32Array;
  /** `separation[i]`: index into `rules.tiebreakers` of the criterion that put `order[i]` above `order[i + 1]`, or `LEVEL`. */
  readonly separation: Int16Array;
  /** 1 for teams level until their play-off is played. */
  readonly pending: Uint8Array;
  readonly ties: readonly TieRecord[];
  readonly events: readonly TieEvent[];
}

/** Ranks matches given as columns: one pass to add them up, a sort, tie-breaks on tied runs only. */
export function rankColumns(
  columns: MatchColumns,
  rules: TableRules,
  options: RankOptions = {},
): ColumnRanking {
  const totals = new Totals(columns.teamCount);
  totals.add(columns, 0, matchCountOf(columns));
  totals.finish(rules.points, options.side, options.adjustments);
  return rankTotals(totals, columns, rules, options);
}

/**
 * Ranks totals already added up (see `Totals`). `limit` says how many of the columns' matches
 * the totals hold, so head-to-head criteria look at the same matches as the table.
 */
export function rankTotals(
  totals: Totals,
  columns: MatchColumns,
  rules: TableRules,
  options: RankOptions = {},
  limit = matchCountOf(columns),
  headToHead?: HeadToHead,
): ColumnRanking {
  const n = totals.teamCount;
  let h2h = headToHead;
  const miniTables = (): HeadToHead => {
    h2h ??= new HeadToHead(columns, rules.points, options.side ?? 'all', limit);
    h2h.limit = limit;
    return h2h;
  };
  const ctx: TieContext = {
    teamCount: n,
    stats: totals,
    get h2h() {
      return miniTables().stats;
    },
    computeHeadToHead: (teams) => miniTables().compute(teams),
    playoffPositions: rules.playoffPositions,
    playoffs: options.playoffs ?? [],
    lots: options.lots ?? [],
    seed: options.seed ?? 0,
    decision: new Int32Array(n),
    events: [],
  };
  const order = new Int32Array(n);
  for (let t = 0; t < n; t++) order[t] = t;
  const { separation, pending, ties } = splitTies(
    ctx,
    criteriaOf(rules.tiebreakers),
    rules.headToHead,
    order,
  );
  const position = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    position[order[i]!] = i > 0 && separation[i - 1] === LEVEL ? position[order[i - 1]!]! : i + 1;
  }
  return { rules, totals, order, position, separation, pending, ties, events: ctx.events };
}

const cache = new WeakMap<readonly TiebreakerId[], Criterion[]>();

function criteriaOf(ids: readonly TiebreakerId[]): Criterion[] {
  let criteria = cache.get(ids);
  if (!criteria) cache.set(ids, (criteria = criteriaFor(ids)));
  return criteria;
}
