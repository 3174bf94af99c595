import { z } from '@hono/zod-openapi';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum([
        'bad_request',
        'unauthorized',
        'forbidden',
        'not_found',
        'conflict',
        'payload_too_large',
        'unsupported_media_type',
        'rate_limited',
        'unavailable',
        'internal',
      ]),
      message: z.string(),
      issues: z.array(
        z.object({
          in: z.enum(['body', 'query', 'path', 'header']),
          path: z.string().openapi({ example: 'fact.score' }),
          message: z.string().openapi({ example: 'a score written like 2-1' }),
        }),
      ),
    }),
  })
  .openapi('Error');

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

export const NOT_FOUND = { 404: errorResponse('No such season, competition, stage, match or team') };
export const BAD_REQUEST = {
  400: errorResponse('A parameter or the body is malformed; `issues` names each field'),
};
export const WRITE_ERRORS = {
  ...BAD_REQUEST,
  401: errorResponse('No token, or a token nobody issued'),
  403: errorResponse('The token has no role on this competition that allows this fact'),
  ...NOT_FOUND,
  409: errorResponse('The season moved on since the version the write was based on'),
  429: errorResponse('Too many writes with this token; see Retry-After'),
};
