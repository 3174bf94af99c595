import type { PointsSystem } from '../model/index.ts';
import { HeadToHead, type MatchColumns } from '../standings/index.ts';
import type {
  HeadToHeadStats,
  PlayoffOutcome,
  TeamStats,
  TieContext,
  TieEvent,
} from '../tiebreakers/index.ts';

/**
 * What the tie-breakers read while one simulated run's table is ranked: the run's running
 * totals (columns by team, overwritten by each run) and mini-tables of the tied teams over the
 * run's columns. One object serves every run of a chunk; only the seed of its lots, the
 * play-offs and the events change from run to run. Nothing here is made for a run whose table
 * has no teams level on points.
 */
export class SimulatedTieContext implements TieContext {
  readonly teamCount: number;
  readonly stats: TeamStats;
  readonly playoffPositions: readonly number[] | undefined;
  playoffs: readonly PlayoffOutcome[] = [];
  readonly lots: readonly Int32Array[];
  seed = 0;
  readonly decision: Int32Array;
  readonly events: TieEvent[] = [];
  private miniTables: HeadToHead | undefined;

  constructor(
    private readonly columns: MatchColumns,
    private readonly system: PointsSystem,
    stats: TeamStats,
    lots: readonly Int32Array[],
    playoffPositions: readonly number[] | undefined,
  ) {
    this.teamCount = columns.teamCount;
    this.stats = stats;
    this.lots = lots;
    this.playoffPositions = playoffPositions;
    this.decision = new Int32Array(this.teamCount);
  }

  /** Ready for the next run's table. */
  startRun(seed: number): void {
    this.seed = seed;
    this.playoffs = [];
    this.events.length = 0;
  }

  get h2h(): HeadToHeadStats {
    return this.headToHead().stats;
  }

  computeHeadToHead(teams: Int32Array): void {
    this.headToHead().compute(teams);
  }

  /** Built on the first tie that needs it; its index of home matches holds for every run (the fixtures do not change). */
  private headToHead(): HeadToHead {
    return (this.miniTables ??= new HeadToHead(this.columns, this.system, 'all'));
  }
}
