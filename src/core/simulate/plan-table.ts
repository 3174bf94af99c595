import type { RecordedOutcomeDoc } from '../definition/index.ts';
import type { Match, TableRules } from '../model/index.ts';
import { compactMatches, indexTeams, rankColumns, type ColumnRanking } from '../standings/index.ts';
import { LEVEL, type PlayoffOutcome } from '../tiebreakers/index.ts';

/** A bonus or deduction a link lands on a table once the run has decided whom it takes. */
export interface LinkAdjustment {
  readonly link: string;
  readonly points: number;
  /** The bonus goes to the picked (reserve) team's club's first team. */
  readonly parentFirstTeam: boolean;
}

/** What a table of the plan is compiled from (see `compileSeasonPlan`). */
export interface PlanTableSource {
  readonly key: string;
  readonly teams: readonly string[];
  readonly rules: TableRules;
  /** The table's known matches that count, play-offs left out. */
  readonly known: readonly Match[];
  /** Indices into the plan's matches to play that this table counts. */
  readonly toPlay: readonly number[];
  readonly toPlayMatches: readonly Match[];
  /** Adjustments known on the day (recorded, or from links settled without the runs), by team. */
  readonly adjustments: ReadonlyMap<string, number>;
  readonly lots: readonly (readonly string[])[];
  readonly linkAdjustments: readonly LinkAdjustment[];
  /** Links into the table's stage: while any is undecided in a run, the table is not final. */
  readonly awaitingLinks: readonly string[];
  /** For a table made of other tables (aggregate, all groups): final when they all are. */
  readonly parts?: readonly string[];
  /** For a round robin: whether its matches, all played, are as many as the format implies. */
  readonly complete: boolean;
  readonly matchesPlayed: number;
  /** Outcomes a source recorded for the table by the day (its winner, its places). */
  readonly outcomes: readonly RecordedOutcomeDoc[];
}

/**
 * One table of a compiled season: its teams as indices, its known matches and the slots of the
 * matches each run draws as columns (written once), adjustments as a column. A run writes its
 * scores into the slots and ranks the columns with the standings engine's own `rankColumns` —
 * the tie-breakers, head-to-head, lots and play-offs of a recorded table — without building a
 * match or a row.
 */
export class PlanTable {
  readonly key: string;
  readonly teams: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly rules: TableRules;
  readonly staticAdjustments: Int32Array;
  readonly adjustments: Int32Array;
  readonly lots: readonly Int32Array[];
  readonly linkAdjustments: readonly LinkAdjustment[];
  readonly awaitingLinks: readonly string[];
  readonly parts: readonly string[] | undefined;
  readonly complete: boolean;
  readonly matchesPlayed: number;
  readonly outcomes: readonly RecordedOutcomeDoc[];
  readonly playoff: boolean;
  /** `slots[j]`: the column slot of `matches[j]` (an index into the plan's matches to play). */
  private readonly slots: Int32Array;
  private readonly matches: Int32Array;
  private readonly columns: ReturnType<typeof compactMatches>['columns'];

  constructor(src: PlanTableSource) {
    this.key = src.key;
    this.teams = src.teams;
    const index = indexTeams(src.teams as never);
    this.index = index as ReadonlyMap<string, number>;
    this.rules = src.rules;
    const placeholders = src.toPlayMatches.map((m): Match => ({
      ...m,
      status: 'played',
      result: { fullTime: { home: 0, away: 0 } },
    }));
    const { columns } = compactMatches(index, [...src.known, ...placeholders], {
      asOf: undefined,
      shootouts: src.rules.points.shootoutWin !== undefined || src.rules.points.shootoutLoss !== undefined,
      conduct: src.rules.tiebreakers.includes('fair_play'),
      keepOrder: true,
    });
    const first = (columns.matchCount ?? 0) - placeholders.length;
    this.columns = columns;
    this.slots = Int32Array.from(src.toPlay, (_, j) => first + j);
    this.matches = Int32Array.from(src.toPlay);
    this.staticAdjustments = new Int32Array(src.teams.length);
    for (const [team, points] of src.adjustments) {
      const t = index.get(team as never);
      if (t !== undefined) this.staticAdjustments[t] = this.staticAdjustments[t]! + points;
    }
    this.adjustments = new Int32Array(src.teams.length);
    this.lots = src.lots.map((order) => Int32Array.from(order, (t) => index.get(t as never) ?? -1));
    this.linkAdjustments = src.linkAdjustments;
    this.awaitingLinks = src.awaitingLinks;
    this.parts = src.parts;
    this.complete = src.complete;
    this.matchesPlayed = src.matchesPlayed;
    this.outcomes = src.outcomes;
    this.playoff = src.rules.tiebreakers.includes('playoff');
  }

  /** Writes the run's scores (by index into the plan's matches to play) into this table's slots. */
  write(homeGoals: Int32Array, awayGoals: Int32Array): void {
    const { slots, matches, columns } = this;
    for (let j = 0; j < slots.length; j++) {
      columns.homeGoals[slots[j]!] = homeGoals[matches[j]!]!;
      columns.awayGoals[slots[j]!] = awayGoals[matches[j]!]!;
    }
  }

  /** Ranks the columns as written, with `adjustments` as set for the run. */
  rank(seed: number, playoffs: readonly PlayoffOutcome[]): ColumnRanking {
    return rankColumns(this.columns, this.rules, {
      adjustments: this.adjustments,
      lots: this.lots,
      playoffs,
      seed,
    });
  }
}

/** Whether the team at `i` in a ranking's order shares its place (level, or a play-off still to come). */
export function sharesPlace(ranking: ColumnRanking, i: number): boolean {
  const { separation, order } = ranking;
  return separation[i - 1] === LEVEL || separation[i] === LEVEL || ranking.pending.includes(order[i]!);
}
