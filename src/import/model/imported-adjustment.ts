import type { IsoDate } from '../../core/model/index.ts';

/**
 * A points adjustment as a source lists it: negative for a deduction, positive for points added.
 * Teams are names as written; the season is written `1888/89`.
 */
export interface ImportedAdjustment {
  readonly line: number;
  readonly file?: string;
  readonly season: string;
  readonly team: string;
  readonly points: number;
  readonly tier?: number;
  /** The day the adjustment was imposed, when the source says. */
  readonly date?: IsoDate;
  readonly reason?: string;
}
