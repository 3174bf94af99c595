import { createHash, timingSafeEqual } from 'node:crypto';
import { TokenBuckets, type BucketOptions } from '../middleware/token-bucket.ts';
import type { Grant } from './permissions.ts';
import type { TokenConfig } from './token-config.ts';

/** Who a valid token belongs to and what it may do. */
export interface Principal {
  readonly name: string;
  readonly grants: readonly Grant[];
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Failed token checks a client may make: 10 at once, then one every 5 seconds. */
export const DEFAULT_GUESS_LIMIT: BucketOptions = { capacity: 10, refillPerSecond: 0.2 };

export type Verdict =
  | { readonly ok: true; readonly principal: Principal }
  | { readonly ok: false; readonly reason: 'invalid' }
  | { readonly ok: false; readonly reason: 'throttled'; readonly retryAfterSeconds: number };

/**
 * Checks presented tokens against the configured hashes; the tokens themselves are never kept.
 * Failed checks are counted per client: past the limit, that client's tokens are not checked at
 * all until it has waited, so guessing runs at a few tries a minute rather than thousands a second.
 */
export class TokenRegistry {
  private entries: readonly { hash: Buffer; principal: Principal }[] = [];
  private readonly guesses: TokenBuckets;

  constructor(config: TokenConfig, options: { guessLimit?: BucketOptions; nowMs?: () => number } = {}) {
    this.guesses = new TokenBuckets(options.guessLimit ?? DEFAULT_GUESS_LIMIT, options.nowMs ?? Date.now);
    this.reload(config);
  }

  /** Puts another configuration in force (SIGHUP): revoked tokens stop working at once. */
  reload(config: TokenConfig): void {
    this.entries = config.tokens.map((t) => ({
      hash: Buffer.from(t.sha256, 'hex'),
      principal: { name: t.name, grants: t.grants },
    }));
  }

  get size(): number {
    return this.entries.length;
  }

  verify(token: string): Principal | undefined {
    const hash = createHash('sha256').update(token, 'utf8').digest();
    // Compare against every entry in constant time per entry, so timing says nothing about which matched.
    let found: Principal | undefined;
    for (const e of this.entries) if (timingSafeEqual(e.hash, hash)) found ??= e.principal;
    return found;
  }

  /** A token presented by a client: valid, invalid (counted against the client), or not checked. */
  check(token: string, client: string): Verdict {
    const room = this.guesses.peek(client);
    if (!room.ok) return { ok: false, reason: 'throttled', retryAfterSeconds: room.retryAfterSeconds };
    const principal = this.verify(token);
    if (principal) return { ok: true, principal };
    this.guesses.take(client);
    return { ok: false, reason: 'invalid' };
  }
}
