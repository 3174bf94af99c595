/** Where an import goes: the season, and optionally one competition for every match. */
export interface ImportTarget {
  readonly seasonId: string;
  readonly seasonName?: string;
  /** Every match goes into this competition; otherwise one competition per division and season of the source. */
  readonly competition?: string;
}
