export interface BucketOptions {
  /** How many writes may come at once. */
  readonly capacity: number;
  /** How many writes a second are allowed on average. */
  readonly refillPerSecond: number;
}

export type TakeResult = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

/**
 * One token bucket per key (per API token): a full bucket allows a burst of `capacity` writes,
 * then writes are allowed at `refillPerSecond`. The clock is passed in, so tests need no waiting.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly options: BucketOptions,
    private readonly nowMs: () => number,
  ) {}

  take(key: string): TakeResult {
    const now = this.nowMs();
    const b = this.buckets.get(key) ?? { tokens: this.options.capacity, at: now };
    const refilled = Math.min(
      this.options.capacity,
      b.tokens + ((now - b.at) / 1000) * this.options.refillPerSecond,
    );
    if (refilled >= 1) {
      this.buckets.set(key, { tokens: refilled - 1, at: now });
      return { ok: true };
    }
    this.buckets.set(key, { tokens: refilled, at: now });
    return { ok: false, retryAfterSeconds: (1 - refilled) / this.options.refillPerSecond };
  }
}
