import type { z } from 'zod';
import {
  AdjustmentFactSchema,
  DrawFactSchema,
  ExclusionSchema,
  LinkResolutionSchema,
  LotsSchema,
  ManagerialChangeSchema,
  MatchFactSchema,
  RecordedOutcomeSchema,
  ReportedScorerSchema,
  ReportedStatSchema,
} from '../core/definition/index.ts';
import type { FactKind } from '../storage/index.ts';

/**
 * The facts that may be recorded while a season runs, one per fact section of the season files
 * and with that section's schema. The fact log keys each one (a match by its id), so a correction
 * is the next version of the same key.
 */
export const FACT_ENTRY_SCHEMAS = {
  match: MatchFactSchema,
  adjustment: AdjustmentFactSchema,
  outcome: RecordedOutcomeSchema,
  exclusion: ExclusionSchema,
  lots: LotsSchema,
  draw: DrawFactSchema,
  'managerial-change': ManagerialChangeSchema,
  'reported-scorer': ReportedScorerSchema,
  'reported-stat': ReportedStatSchema,
  'link-resolution': LinkResolutionSchema,
} as const satisfies Record<FactKind, z.ZodType>;

/** One validated entry of a fact section (a match, an adjustment…), as the season document holds it. */
export type FactEntry = z.output<(typeof FACT_ENTRY_SCHEMAS)[FactKind]>;
