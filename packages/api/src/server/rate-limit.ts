/**
 * Token buckets, one per (limit name, key), e.g. ('auth.login', client IP). The API uses the PostgreSQL ones, shared
 * by every replica (src/server/shared-limits.ts); this in-memory class is the same rule for one process (tests, or
 * `rateLimitStore: 'memory'`). The durable sign-in lockout lives in the database (src/auth/throttle.ts).
 */
export interface RateLimit {
  /** Burst size. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
}

export interface RateLimitResult {
  ok: boolean;
  /** When not ok: how long until one token is available. */
  retryAfterMs: number;
}

/** Where buckets live: this process (RateLimiter) or PostgreSQL, shared by every replica (src/server/shared-limits.ts). */
export interface RateLimitStore {
  take(name: string, key: string, requested: RateLimit, cost?: number): RateLimitResult | Promise<RateLimitResult>;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter implements RateLimitStore {
  private readonly buckets = new Map<string, Bucket>();
  private sweepAt = 0;

  /** `overrides` replaces a named limit (tests, or an operator tuning one). */
  constructor(
    private readonly overrides: Record<string, RateLimit> = {},
    private readonly now: () => number = Date.now,
  ) {}

  take(name: string, key: string, requested: RateLimit, cost = 1): RateLimitResult {
    const limit = this.overrides[name] ?? requested;
    const now = this.now();
    this.sweep(now);
    const id = `${name}\u0000${key}`;
    const bucket = this.buckets.get(id) ?? { tokens: limit.capacity, at: now };
    bucket.tokens = Math.min(limit.capacity, bucket.tokens + ((now - bucket.at) / 1000) * limit.refillPerSecond);
    bucket.at = now;
    this.buckets.set(id, bucket);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return { ok: true, retryAfterMs: 0 };
    }
    return { ok: false, retryAfterMs: Math.ceil(((cost - bucket.tokens) / limit.refillPerSecond) * 1000) };
  }

  /** Drops buckets that have been full long enough to be forgotten, so memory stays bounded by active clients. */
  private sweep(now: number) {
    if (now < this.sweepAt) return;
    this.sweepAt = now + 60_000;
    for (const [id, bucket] of this.buckets) if (now - bucket.at > 10 * 60_000) this.buckets.delete(id);
  }
}

/** Limits used by the procedures. */
export const LIMITS = {
  /** Sign-in: a burst of 30, then one a second per IP — a flood guard on top of the account/IP lockout. */
  login: { capacity: 30, refillPerSecond: 1 },
  /** Public read API, per IP. */
  publicRead: { capacity: 60, refillPerSecond: 20 },
} satisfies Record<string, RateLimit>;
