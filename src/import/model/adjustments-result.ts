import type { ImportedAdjustment } from './imported-adjustment.ts';
import type { Refusal } from './refusal.ts';

/** What the readers of points-deduction lists return. */
export interface AdjustmentsResult {
  readonly file?: string;
  readonly adjustments: readonly ImportedAdjustment[];
  readonly refused: readonly Refusal[];
}
