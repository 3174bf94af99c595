import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requirePrincipal } from '../auth/authenticate.ts';
import type { TokenRegistry } from '../auth/token-registry.ts';
import { HttpError } from '../http-error.ts';
import type { TokenBuckets } from './token-bucket.ts';

/**
 * Every write, through the API or the recording form: who (401) before how often (429), both
 * before the body is looked at (400); which competition the token may touch (403) is checked
 * once the fact is known.
 */
export const writeGuard =
  (tokens: TokenRegistry, buckets: TokenBuckets): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (c.req.method !== 'POST' && c.req.method !== 'PUT') return next();
    const principal = requirePrincipal(c, tokens);
    const taken = buckets.take(principal.name);
    if (!taken.ok)
      throw new HttpError(
        'rate_limited',
        `too many writes for '${principal.name}'; retry later`,
        [],
        taken.retryAfterSeconds,
      );
    c.set('principal', principal);
    return next();
  };
