import type { IsoDate, TeamId } from '../model/ids.ts';
import type { Match } from '../model/match.ts';
import type { Adjustment, TableRules } from '../model/rules.ts';
import type { TableSide } from './match-columns.ts';

/** Decisions taken off the pitch that a table may need: drawings of lots and play-offs. */
export interface StandingsDecisions {
  /** Drawing-of-lots orders that took place, best first. */
  readonly lots?: readonly (readonly TeamId[])[];
  /** Play-off matches between tied teams (scheduled ones mean "pending"). */
  readonly playoffs?: readonly Match[];
}

export interface StandingsInput {
  readonly teams: readonly TeamId[];
  readonly matches: readonly Match[];
  readonly rules: TableRules;
  readonly adjustments?: readonly Adjustment[];
  /** The table as of the end of this date: later matches, adjustments and play-offs do not count; undated matches neither. */
  readonly asOf?: IsoDate;
  readonly decisions?: StandingsDecisions;
  /** Seed for a simulated drawing of lots when none was recorded (default 0); printed in the notes. */
  readonly seed?: number;
  readonly side?: TableSide;
}
