import { z } from 'zod';
import type { FactKind } from '../storage/index.ts';
import { FACT_ENTRY_SCHEMAS } from './fact-entry.ts';

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
    fact: FACT_ENTRY_SCHEMAS[kind],
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
