export interface BucketOptions {
  /** How many writes may come at once. */
  readonly capacity: number;
  /** How many writes a second are allowed on average. */
  readonly refillPerSecond: number;
}

export type TakeResult = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

/** Beyond this many keys, full buckets (keys idle long enough to be forgotten) are dropped. */
const MOST_KEYS = 10_000;

/**
 * One token bucket per key (per API token, per client address): a full bucket allows a burst of
 * `capacity`, then one every 1/`refillPerSecond` seconds. The clock is passed in, so tests need
 * no waiting.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly options: BucketOptions,
    private readonly nowMs: () => number,
  ) {}

  take(key: string): TakeResult {
    const now = this.nowMs();
    const refilled = this.level(key, now);
    if (refilled >= 1) {
      this.set(key, refilled - 1, now);
      return { ok: true };
    }
    this.set(key, refilled, now);
    return this.refusal(refilled);
  }

  /** Whether `take` would succeed now, taking nothing. */
  peek(key: string): TakeResult {
    const refilled = this.level(key, this.nowMs());
    return refilled >= 1 ? { ok: true } : this.refusal(refilled);
  }

  private level(key: string, now: number): number {
    const b = this.buckets.get(key);
    if (!b) return this.options.capacity;
    return Math.min(this.options.capacity, b.tokens + ((now - b.at) / 1000) * this.options.refillPerSecond);
  }

  private refusal(level: number): TakeResult {
    return { ok: false, retryAfterSeconds: (1 - level) / this.options.refillPerSecond };
  }

  private set(key: string, tokens: number, now: number): void {
    if (this.buckets.size >= MOST_KEYS && !this.buckets.has(key)) {
      for (const [k] of this.buckets) if (this.level(k, now) >= this.options.capacity) this.buckets.delete(k);
      // Still full of busy keys: forget the oldest rather than grow without bound.
      if (this.buckets.size >= MOST_KEYS) this.buckets.delete(this.buckets.keys().next().value!);
    }
    this.buckets.set(key, { tokens, at: now });
  }
}
