import { z } from '@hono/zod-openapi';

export const ScoreSchema = z.object({ home: z.number().int(), away: z.number().int() }).openapi('Score');

export const TeamRefSchema = z
  .object({
    id: z.string().openapi({ example: 'alianza-lima' }),
    name: z.string().openapi({ example: 'Alianza Lima' }),
    code: z.string().optional(),
  })
  .openapi('TeamRef');

export const CertaintySchema = z
  .enum(['derived', 'recorded', 'provisional', 'partial', 'unknown'])
  .openapi('Certainty', {
    description:
      'derived from complete results; recorded from a source; provisional while a stage is unfinished; partial: the stage is over but results are missing (a table); unknown',
  });

export const SeasonParam = z.object({
  season: z.string().openapi({ param: { name: 'season', in: 'path' }, example: 'peru-2014' }),
});
export const CompetitionParams = SeasonParam.extend({
  competition: z.string().openapi({ param: { name: 'competition', in: 'path' }, example: 'torneo-del-inca' }),
});
export const StageParams = CompetitionParams.extend({
  stage: z.string().openapi({ param: { name: 'stage', in: 'path' }, example: 'groups' }),
});
export const MatchParams = SeasonParam.extend({
  match: z.string().openapi({
    param: { name: 'match', in: 'path' },
    description: 'the match id, URL-encoded (derived ids hold slashes)',
    example: 'torneo-del-inca%2Ffinal%2F2014-05-21%2Falianza-lima-v-universidad-san-martin',
  }),
});
export const TeamParams = SeasonParam.extend({
  team: z.string().openapi({ param: { name: 'team', in: 'path' }, example: 'alianza-lima' }),
});

export const IsoDateQuery = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .openapi({ example: '2014-05-07' });
