import { z } from '@hono/zod-openapi';
import { MatchFactObject } from '../../core/definition/index.ts';
import { FactWriteSchema as FactWrite } from '../../live/fact-input.ts';
import { FACT_KINDS } from '../../storage/index.ts';

export const FactKindSchema = z.enum(FACT_KINDS).openapi('FactKind');

export const FactWriteSchema = FactWrite.openapi('FactWrite', {
  example: {
    kind: 'adjustment',
    fact: {
      competition: 'torneo-descentralizado',
      stage: 'apertura',
      team: 'cienciano',
      points: -3,
      reason: 'fewest points over all in the Torneo del Inca',
    },
    expectedVersion: 0,
  },
});

/** PUT …/matches/{match}/result: what happened in a known fixture. */
export const ResultWriteSchema = MatchFactObject.pick({
  status: true,
  score: true,
  halfTime: true,
  extraTime: true,
  penalties: true,
  awardedTo: true,
  winner: true,
  goals: true,
  cards: true,
  lineups: true,
  shootout: true,
  referee: true,
  attendance: true,
  attendanceApproximate: true,
  notes: true,
  sources: true,
})
  .extend({
    expectedVersion: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('the version of this match the write is based on (0: no fact yet)'),
    reason: z
      .string()
      .min(1)
      .optional()
      .describe('why: required when the match already has a result (a correction)'),
  })
  .openapi('ResultWrite', {
    example: {
      score: '2-2',
      extraTime: '3-3',
      penalties: '5-3',
      goals: {
        home: ["Aparicio 85'", "Guevgeozián 90+1'", "Montes 111'"],
        away: ["Perea 16' pen", "Silva 28'", "Ubierna 112'"],
      },
      cards: { home: [], away: ['Perea red'] },
      expectedVersion: 1,
    },
  });

export const StoredFactSchema = z
  .object({
    id: z.number().int().openapi({ description: 'the fact’s id in the season’s log' }),
    seasonId: z.string(),
    kind: FactKindSchema,
    key: z.string().openapi({ description: 'what stays the same across corrections (for a match, its id)' }),
    version: z.number().int().openapi({ description: 'this key’s version: 1, 2, 3…' }),
    action: z.enum(['record', 'correct', 'retract']),
    payload: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: 'the fact as written; absent for a retraction' }),
    author: z.string(),
    recordedAt: z.string(),
    reason: z.string().optional(),
    idempotencyKey: z.string(),
    supersedes: z.number().int().optional(),
  })
  .openapi('StoredFact');

export const FactHistorySchema = z.object({ facts: z.array(StoredFactSchema) }).openapi('FactHistory');
