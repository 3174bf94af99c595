import { z } from '@hono/zod-openapi';
import { TeamRefSchema } from './common-schema.ts';
import { MatchSummarySchema } from './match-schema.ts';
import { SuspensionSchema } from './suspensions-schema.ts';

/** A statistic: derived, reported by a source, partial (labelled) or unknown — never a made-up 0. */
const figure = <T extends z.ZodType>(value: T, name: string) =>
  z
    .object({
      basis: z.enum(['derived', 'reported', 'partial', 'unknown']),
      value: value.optional(),
      reason: z
        .enum(['results_missing', 'goals_missing', 'attendance_missing', 'cards_missing', 'no_matches'])
        .optional(),
      counted: z.number().int().openapi({ description: 'matches the figure rests on' }),
      expected: z.number().int().optional().openapi({ description: 'matches it should rest on, when known' }),
      sources: z.array(z.string()).optional(),
    })
    .openapi(name);

export const ScorerSchema = z
  .object({
    rank: z.number().int(),
    shared: z.boolean(),
    player: z.string().optional(),
    name: z.string(),
    teams: z.array(TeamRefSchema),
    goals: z.number().int(),
    penalties: z.number().int().optional().openapi({ description: 'absent when not known' }),
  })
  .openapi('Scorer');

export const ScorersSchema = figure(z.array(ScorerSchema), 'Scorers');
const NumberFigure = figure(z.number(), 'NumberFigure');
const MatchesFigure = figure(z.array(MatchSummarySchema), 'MatchesFigure');

export const StatisticsSchema = z
  .object({
    competition: z.string(),
    asOf: z.string().optional(),
    matches: NumberFigure,
    goals: NumberFigure,
    goalsPerMatch: NumberFigure,
    homeWins: NumberFigure,
    draws: NumberFigure,
    awayWins: NumberFigure,
    biggestHomeWin: MatchesFigure,
    biggestAwayWin: MatchesFigure,
    highestScoring: MatchesFigure,
  })
  .openapi('Statistics');

export const TeamSchema = z
  .object({
    team: TeamRefSchema,
    club: z.object({ id: z.string(), name: z.string(), city: z.string().optional() }),
    venue: z.object({ id: z.string(), name: z.string() }).optional(),
    manager: z.string().optional(),
    matches: z.array(MatchSummarySchema),
    positions: z.array(
      z.object({
        competition: z.string(),
        stage: z.string(),
        group: z.string().optional(),
        table: z.string(),
        teams: z.number().int(),
        points: z
          .array(z.object({ date: z.string(), position: z.number().int() }))
          .openapi({ description: 'the position at the end of each day the team played' }),
      }),
    ),
    suspensions: z
      .array(SuspensionSchema)
      .openapi({ description: "its players' bans from cards, in competitions with suspensions rules" }),
  })
  .openapi('Team');
