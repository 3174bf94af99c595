import type { SeasonCatalog } from '../live/season-catalog.ts';
import type { SeasonForecasts } from '../live/season-forecasts.ts';
import type { Principal, TokenRegistry } from './auth/token-registry.ts';
import type { ClientOrigin, TrustedProxies } from './client-origin.ts';
import type { BucketOptions } from './middleware/token-bucket.ts';

/** Everything the app needs from outside, passed in: no globals, no clock of its own. */
export interface AppDeps {
  readonly catalog: SeasonCatalog;
  readonly tokens: TokenRegistry;
  /** Milliseconds since the epoch (rate limits, fact timestamps). */
  readonly nowMs?: () => number;
  /** Writes per token: a burst of `capacity`, then `refillPerSecond`. */
  readonly writeLimit?: BucketOptions;
  /** Origins allowed to call the API from a browser; default any ('*'). */
  readonly corsOrigins?: readonly string[] | '*';
  /** Proxies whose X-Forwarded-For/-Proto are believed (see client-origin.ts); default none. */
  readonly trustedProxies?: TrustedProxies;
  /** The largest request body accepted (default MAX_BODY_BYTES, 1 MiB); larger ones get 413. */
  readonly maxBodyBytes?: number;
  /** Seconds between keep-alive comments on the event stream (default 15). */
  readonly heartbeatSeconds?: number;
  /** Bytes an event stream's client may fall behind by before it is dropped (default 256 KiB). */
  readonly slowClientBytes?: number;
  /** The season simulations the API, the pages and the event stream share (one is made when absent). */
  readonly forecasts?: SeasonForecasts;
}

export interface AppEnv {
  Variables: {
    principal?: Principal;
    client?: ClientOrigin;
  };
}

export const DEFAULT_WRITE_LIMIT: BucketOptions = { capacity: 30, refillPerSecond: 10 };
