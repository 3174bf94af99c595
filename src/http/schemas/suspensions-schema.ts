import { z } from '@hono/zod-openapi';
import { TeamRefSchema } from './common-schema.ts';
import { MatchSummarySchema } from './match-schema.ts';

const PersonRefSchema = z.object({ id: z.string(), name: z.string() }).openapi('PersonRef');

export const SuspensionSchema = z
  .object({
    competition: z.string(),
    player: PersonRefSchema,
    team: TeamRefSchema,
    reason: z.enum(['yellows', 'red']).openapi({
      description: 'yellows: the accumulated yellow cards; red: a sending-off (a second yellow too)',
    }),
    after: MatchSummarySchema.openapi({ description: 'the match whose card brought the ban' }),
    matches: z.number().int().openapi({ description: 'matches the ban lasts' }),
    servedIn: z
      .array(MatchSummarySchema)
      .openapi({ description: "the team's matches that serve it, played or still to play, in date order" }),
    served: z.number().int().openapi({ description: 'of those, the matches already played: served so far' }),
    toServe: z.number().int().openapi({ description: 'matches of the ban still to serve' }),
  })
  .openapi('Suspension');

export const SuspensionsSchema = z
  .object({
    competition: z.string(),
    rules: z
      .object({ yellows: z.number().int(), yellowBan: z.number().int(), redBan: z.number().int() })
      .optional()
      .openapi({
        description:
          "the competition's rules: every `yellows` yellow cards ban for `yellowBan` matches, a sending-off for `redBan`; absent when it has none",
      }),
    suspensions: z.array(SuspensionSchema),
    inLineups: z
      .array(
        z.object({
          player: PersonRefSchema,
          team: TeamRefSchema,
          match: MatchSummarySchema,
          suspension: SuspensionSchema,
        }),
      )
      .openapi({ description: 'banned players named in a line-up of a match that serves the ban' }),
  })
  .openapi('Suspensions');
