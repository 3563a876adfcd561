import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  it('allows a burst, then refills at the given rate, per name and key', () => {
    let now = 0;
    const limiter = new RateLimiter({}, () => now);
    const limit = { capacity: 3, refillPerSecond: 1 };
    expect([1, 2, 3].map(() => limiter.take('a', 'ip1', limit).ok)).toEqual([true, true, true]);
    const refused = limiter.take('a', 'ip1', limit);
    expect(refused).toEqual({ ok: false, retryAfterMs: 1000 });
    expect(limiter.take('a', 'ip2', limit).ok).toBe(true);
    expect(limiter.take('b', 'ip1', limit).ok).toBe(true);
    now = 1000;
    expect(limiter.take('a', 'ip1', limit).ok).toBe(true);
    expect(limiter.take('a', 'ip1', limit).ok).toBe(false);
  });

  it('uses an override for a named limit', () => {
    const limiter = new RateLimiter({ a: { capacity: 1, refillPerSecond: 0.001 } }, () => 0);
    expect(limiter.take('a', 'k', { capacity: 100, refillPerSecond: 100 }).ok).toBe(true);
    expect(limiter.take('a', 'k', { capacity: 100, refillPerSecond: 100 }).ok).toBe(false);
  });
});
