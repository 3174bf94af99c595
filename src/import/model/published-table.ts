/**
 * A final table as a source publishes it (RSSSF blocks, openfootball `.conf.txt`), kept apart from
 * anything Torneo computes: golden tests compare computed standings against these.
 */
export interface PublishedStanding {
  readonly line: number;
  readonly position: number;
  readonly team: string;
  readonly played: number;
  readonly won: number;
  readonly drawn: number;
  readonly lost: number;
  readonly goalsFor: number;
  readonly goalsAgainst: number;
  readonly points: number;
  /** A points adjustment shown in the row, e.g. `[-8]` gives -8. */
  readonly adjustment?: number;
  /** Bracketed marks such as `C`, `P`, `R`, or annulled results `0-2, 0-0`. */
  readonly marks?: readonly string[];
  /** Text after the numbers, e.g. `Champions`, `Relegated`, `Playoff`. */
  readonly remark?: string;
}

/** A team listed without a row of numbers, e.g. `-.North Korea  [withdrew …]`. */
export interface PublishedWithdrawal {
  readonly line: number;
  readonly team: string;
  readonly note?: string;
}

/** `NB: Everton 8 points deducted for financial reasons` gives `{ team: 'Everton', points: -8 }`. */
export interface PublishedAdjustmentNote {
  readonly line: number;
  readonly team: string;
  readonly points: number;
  readonly reason?: string;
}

export interface PublishedTable {
  readonly line: number;
  readonly file?: string;
  /** The heading path above the table (`Premier League 2023/24`, `Europe (UEFA) / Group A`). */
  readonly heading?: string;
  readonly rows: readonly PublishedStanding[];
  readonly withdrawn: readonly PublishedWithdrawal[];
  readonly adjustments: readonly PublishedAdjustmentNote[];
  /** Every `NB:` note as written, continuation lines joined. */
  readonly notes: readonly string[];
}
