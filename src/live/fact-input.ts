import { z } from 'zod';
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
const FACT_SCHEMAS = {
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

const ExpectedVersion = z
  .number()
  .int()
  .nonnegative()
  .optional()
  .describe(
    'the version of this fact the write is based on (0: it must not exist yet); refused (409) when it has moved on',
  );

const Reason = z
  .string()
  .min(1)
  .optional()
  .describe('why: required for a correction of a fact already recorded');

const option = <K extends FactKind>(kind: K) =>
  z.strictObject({
    kind: z.literal(kind),
    fact: FACT_SCHEMAS[kind],
    expectedVersion: ExpectedVersion,
    reason: Reason,
  });

/** A write: `{ kind, fact, expectedVersion?, reason? }`, the fact in the season format's own words. */
export const FactWriteSchema = z.discriminatedUnion('kind', [
  option('match'),
  option('adjustment'),
  option('outcome'),
  option('exclusion'),
  option('lots'),
  option('draw'),
  option('managerial-change'),
  option('reported-scorer'),
  option('reported-stat'),
  option('link-resolution'),
]);

export type FactWrite = z.output<typeof FactWriteSchema>;

/** The competition a fact is about, which decides who may record it; undefined: season-wide. */
export const competitionOfFact = (fact: object): string | undefined =>
  'competition' in fact && typeof fact.competition === 'string' ? fact.competition : undefined;
