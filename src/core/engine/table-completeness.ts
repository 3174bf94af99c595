import { countsInTable, type Match } from '../model/index.ts';

/**
 * What a table counts and what it cannot: every number says what it counts, so a surface can say
 * "4 of 56 matches have a recorded result; 6 more were played without one; 46 were never
 * recorded" instead of a bare "10 of 56".
 */
export interface TableCompleteness {
  /** Matches played (or awarded) whose result the table counts. */
  readonly withResult: number;
  /** Matches known to be played (or awarded) whose result nobody recorded: the table cannot count them. */
  readonly resultUnknown: number;
  /** Matches recorded as still to be played (scheduled or postponed). */
  readonly toPlay: number;
  /** Matches the format implies (a round robin's), when known. */
  readonly expected?: number;
  /** Matches the format implies that are not recorded in any state: `expected` less the three above. */
  readonly notRecorded?: number;
  /**
   * The stage is over as of the engine's day (its end has passed and nothing of it is still to be
   * played): what is missing will not come from play, only from a source.
   */
  readonly stageOver: boolean;
  /** Every match the format implies has a result (for a table made of others: all of those are complete). */
  readonly complete: boolean;
}

const STILL_TO_PLAY = new Set<Match['status']>(['scheduled', 'postponed']);

/** The counts of one table's matches against what its format implies. */
export function tableCompleteness(
  matches: readonly Match[],
  expected: number | undefined,
  stageEnded: boolean,
  /** For a table made of other tables (aggregate, all groups): whether all of those are complete. */
  partsComplete?: boolean,
): TableCompleteness {
  let withResult = 0;
  let resultUnknown = 0;
  let toPlay = 0;
  for (const m of matches) {
    if (countsInTable(m.status)) {
      if (m.result !== undefined) withResult++;
      else resultUnknown++;
    } else if (STILL_TO_PLAY.has(m.status)) toPlay++;
  }
  return {
    withResult,
    resultUnknown,
    toPlay,
    ...(expected !== undefined
      ? { expected, notRecorded: Math.max(0, expected - withResult - resultUnknown - toPlay) }
      : {}),
    stageOver: stageEnded && toPlay === 0,
    complete: partsComplete ?? (expected !== undefined && withResult >= expected),
  };
}

/** Whether a table is computed from less than every result: a result nobody recorded, or a finished stage with matches missing. */
export const isPartial = (c: TableCompleteness): boolean =>
  c.resultUnknown > 0 || (c.stageOver && !c.complete);

/**
 * A stage that is over with no result recorded (the 2014 Copa Perú's departmental leagues): a
 * table of zeros would say nothing true, so surfaces show what a source recorded instead.
 */
export const isOutcomeOnly = (c: TableCompleteness): boolean => c.stageOver && c.withResult === 0;
