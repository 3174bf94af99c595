import type { CompetitionDoc, LinkDoc, StageDoc } from '../definition/index.ts';
import type { TieOutcome } from '../knockout/index.ts';
import type { Adjustment, IsoDate, Match, TableRules } from '../model/index.ts';
import type { TieRules } from '../knockout/index.ts';
import type { SideRecord, TableNote, TieExplanation } from '../standings/table.ts';
import type { TableCompleteness } from './table-completeness.ts';

/**
 * What the engine derives for a season, as of a moment. Everything here is computed from the
 * definition and the facts; nothing is stored.
 */
export interface EngineOptions {
  /** Only facts dated on or before this day count ("the table as of 7 May"). */
  readonly asOf?: IsoDate;
  /** Seed for anything drawn (lots without a recorded drawing). Printed with the result. */
  readonly seed?: number;
  /**
   * The season's matches, instead of those its facts record: a simulation's run passes the
   * recorded matches with the rest of the season played out, so that every rule, tie and link
   * of the real engine decides what follows from them.
   */
  readonly matches?: readonly Match[];
}

/** How sure a derived answer is. */
export type Certainty =
  | 'derived' // computed from complete results
  | 'recorded' // taken from a recorded outcome (a source), because the results are not all known
  | 'provisional' // computed from the results so far; the stage is not finished
  | 'partial' // computed from the results recorded; the stage is over but results are missing
  | 'unknown'; // neither the results nor a record say

/** A row of a table as every surface shows it: the standings' record, with its notes in words. */
export interface TableRow extends SideRecord {
  readonly position: number;
  readonly team: string;
  /** Sum of adjustments in force, with the notes that explain them. */
  readonly adjustment: number;
  readonly adjustmentNotes: readonly string[];
  /** Which criterion put this team above the next one, when points alone did not. */
  readonly decidedBy: string | null;
  readonly sharedPosition?: boolean;
  readonly form: readonly ('W' | 'D' | 'L')[];
  readonly home: Split;
  readonly away: Split;
}

/** A team's record in its home or away matches: the standings engine's own record. */
export type Split = SideRecord;

export interface GroupTable {
  readonly competition: string;
  readonly stage: string;
  /** Absent for a league or aggregate table. */
  readonly group?: string;
  readonly name: string;
  readonly rules: TableRules;
  readonly rows: readonly TableRow[];
  /** Every tie-break the table needed, in words (English, team ids): "melgar > utc on goal difference". */
  readonly notes: readonly string[];
  /** The same as data, for surfaces that name teams and speak other languages: which criterion split whom. */
  readonly explanations: readonly TieExplanation[];
  /** Decisions behind the order (lots drawn or recorded, play-offs), as data. */
  readonly decisions: readonly TableNote[];
  readonly adjustments: readonly Adjustment[];
  readonly matchesPlayed: number;
  /** Matches the format implies (round robin), when known. */
  readonly matchesExpected?: number;
  /**
   * Links whose bonus or deduction lands on this table but whose teams are not yet known (the
   * reserves' stage-1 final still to be played): while any is undecided the table is not final.
   */
  readonly awaitingLinks?: readonly string[];
  /** What the table counts and what it is missing, each number saying what it counts. */
  readonly completeness: TableCompleteness;
  readonly certainty: Exclude<Certainty, 'recorded'>;
}

export interface TieState {
  readonly id: string;
  readonly round: string;
  readonly name?: string;
  readonly matches: readonly Match[];
  readonly rules: TieRules;
  readonly outcome: TieOutcome;
  /**
   * Where each side comes from, home in the first leg first, when the pairing is fixed by the
   * regulations or a draw; absent for a tie known only from its matches.
   */
  readonly slots?: readonly [Qualifier, Qualifier];
}

export interface KnockoutRoundState {
  readonly id: string;
  readonly name: string;
  readonly ties: readonly TieState[];
}

/** A group of a groups stage played as a knockout. */
export interface GroupKnockout {
  readonly group: string;
  readonly name: string;
  readonly rounds: readonly KnockoutRoundState[];
}

/** A team that goes on from a stage, and how sure that is. */
export interface Qualifier {
  readonly team?: string;
  readonly certainty: Certainty;
  /** Where the place comes from, in the definition's terms ("copa-peru/regional/region-1 #1", a tie id). */
  readonly slot: string;
  readonly source?: string;
  /** The condition the place depends on, and whether it held. */
  readonly condition?: ConditionState;
  /** The team whose place this one took when that team's condition failed. */
  readonly inheritedFrom?: string;
  /** Where the place comes from, as data, for surfaces that say it in words and languages. */
  readonly origin?: SlotOrigin;
}

/**
 * Where a place comes from: a position of a table (a league, a group, a knockout group's
 * winner = 1 and runner-up = 2), the winner or loser of a tie, the best-placed team of a table
 * not already in (who inherits a place), or a place in a list a source recorded.
 */
export type SlotOrigin =
  | {
      readonly kind: 'position';
      readonly competition: string;
      readonly stage: string;
      readonly group?: string;
      readonly position: number;
    }
  | { readonly kind: 'winner' | 'loser'; readonly tie: string; readonly name?: string }
  | {
      readonly kind: 'best-remaining';
      readonly competition: string;
      readonly stage: string;
      readonly group?: string;
    }
  | {
      readonly kind: 'recorded-qualifier';
      readonly competition: string;
      readonly stage: string;
      readonly group?: string;
      readonly index: number;
    };

/** "Provided it finishes in the top eight of the aggregate table", looked up for one team. */
export interface ConditionState {
  readonly team: string;
  readonly competition: string;
  readonly stage: string;
  readonly group?: string;
  readonly positionAtMost: number;
  /** The team's position there, when the table has it. */
  readonly position?: number;
  readonly met: boolean | 'unknown';
}

export type StageState =
  | {
      readonly kind: 'table';
      readonly stage: StageDoc;
      /** The groups ranked in a table (a league is one). */
      readonly tables: readonly GroupTable[];
      /** The groups played as a knockout (Region IV of the 2014 Copa Perú), with their rounds. */
      readonly knockouts: readonly GroupKnockout[];
      /** Play-offs between teams of different groups, one round each. */
      readonly playoffs: readonly KnockoutRoundState[];
      readonly qualifiers: readonly Qualifier[];
    }
  | {
      readonly kind: 'knockout';
      readonly stage: StageDoc;
      readonly rounds: readonly KnockoutRoundState[];
      readonly winner: Qualifier;
      readonly runnerUp: Qualifier;
    };

export type LinkStatus = 'applied' | 'recorded' | 'pending' | 'condition-failed' | 'unknown';

/**
 * A link's condition looked up for one team, as data for surfaces to say in their language:
 * the team whose place counts (a reserve team's first team, say), whether it made it, its
 * position when the table is complete (or, still unknown, its current one), and whether a source
 * recorded the answer instead.
 */
export interface ConditionCheck {
  readonly team: string;
  readonly met: boolean | 'unknown';
  readonly position?: number;
  readonly recorded?: { readonly sources: readonly string[] };
}

/** A link evaluated: which teams it took, whether its condition held, what it did where. */
export interface LinkOutcome {
  readonly link: LinkDoc;
  readonly status: LinkStatus;
  readonly teams: readonly string[];
  readonly certainty: Certainty;
  readonly condition?: {
    readonly met: boolean | 'unknown';
    /** In English words, for the terminal. */
    readonly detail: string;
    readonly checks: readonly ConditionCheck[];
  };
  /** In words: "Cienciano −3 in Torneo Descentralizado / Apertura". */
  readonly effect: string;
  readonly note?: string;
}

export interface CompetitionSummary {
  readonly competition: CompetitionDoc;
  readonly champion: Qualifier;
  readonly runnerUp: Qualifier;
}

export interface SeasonSummary {
  readonly season: string;
  readonly asOf?: IsoDate;
  readonly competitions: readonly CompetitionSummary[];
  readonly qualifications: readonly LinkOutcome[];
  readonly promotions: readonly LinkOutcome[];
  readonly relegations: readonly LinkOutcome[];
  readonly adjustments: readonly LinkOutcome[];
  readonly seed?: number;
}
