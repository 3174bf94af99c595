import type { PointsSystem } from '../model/rules.ts';
import type { HeadToHeadStats, PlayoffOutcome, TieContext, TieEvent } from '../tiebreakers/criterion.ts';
import { HeadToHead } from './head-to-head.ts';
import type { MatchColumns, TableSide } from './match-columns.ts';
import type { TableStats } from './totals.ts';

export interface ContextParts {
  readonly columns: MatchColumns;
  readonly stats: TableStats;
  readonly points: PointsSystem;
  readonly side: TableSide;
  /** How many of the columns' matches the stats hold. */
  readonly limit: number;
  readonly playoffPositions: readonly number[] | undefined;
  readonly playoffs: readonly PlayoffOutcome[];
  readonly lots: readonly Int32Array[];
  readonly seed: number;
  /** A mini-table index to reuse (position history ranks the same columns many times). */
  readonly headToHead?: HeadToHead | undefined;
}

/**
 * What criteria read while a table is ranked. The head-to-head index and the scratch for
 * decisions are made on first use: most tables never need them.
 */
export class RankingContext implements TieContext {
  readonly teamCount: number;
  readonly stats: TableStats;
  readonly playoffPositions: readonly number[] | undefined;
  readonly playoffs: readonly PlayoffOutcome[];
  readonly lots: readonly Int32Array[];
  readonly seed: number;
  readonly events: TieEvent[] = [];
  private readonly parts: ContextParts;
  private miniTables: HeadToHead | undefined;
  private scratch: Int32Array | undefined;

  constructor(parts: ContextParts) {
    this.parts = parts;
    this.teamCount = parts.columns.teamCount;
    this.stats = parts.stats;
    this.playoffPositions = parts.playoffPositions;
    this.playoffs = parts.playoffs;
    this.lots = parts.lots;
    this.seed = parts.seed;
    this.miniTables = parts.headToHead;
  }

  get h2h(): HeadToHeadStats {
    return this.headToHead().stats;
  }

  get decision(): Int32Array {
    return (this.scratch ??= new Int32Array(this.teamCount));
  }

  computeHeadToHead(teams: Int32Array): void {
    this.headToHead().compute(teams);
  }

  private headToHead(): HeadToHead {
    const { columns, points, side, limit } = this.parts;
    const miniTables = (this.miniTables ??= new HeadToHead(columns, points, side, limit));
    miniTables.limit = limit;
    return miniTables;
  }
}
