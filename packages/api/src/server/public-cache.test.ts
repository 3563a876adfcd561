import { describe, expect, it, vi } from 'vitest';
import { PublicReadCache } from './public-cache.js';

const keepAll = () => true;

describe('PublicReadCache', () => {
  it('answers a repeated call from memory until the entry expires', async () => {
    vi.useFakeTimers();
    try {
      const cache = new PublicReadCache(5_000);
      const compute = vi.fn(async () => 'answer');
      expect(await cache.get('k', compute, keepAll)).toBe('answer');
      expect(await cache.get('k', compute, keepAll)).toBe('answer');
      expect(compute).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(5_001);
      await cache.get('k', compute, keepAll);
      expect(compute).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shares one computation between calls that arrive together', async () => {
    const cache = new PublicReadCache();
    let release!: (v: string) => void;
    const compute = vi.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const both = Promise.all([cache.get('k', compute, keepAll), cache.get('k', compute, keepAll)]);
    release('once');
    expect(await both).toEqual(['once', 'once']);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('keeps neither failures nor answers it is told not to keep', async () => {
    const cache = new PublicReadCache();
    await expect(cache.get('k', () => Promise.reject(new Error('db down')), keepAll)).rejects.toThrow('db down');
    await Promise.resolve();
    expect(cache.size).toBe(0);
    await cache.get(
      'e',
      async () => ({ ok: false }),
      (r) => r.ok,
    );
    await Promise.resolve();
    expect(cache.size).toBe(0);
  });

  it('clear() forgets everything; a full cache makes room instead of growing', async () => {
    const cache = new PublicReadCache(60_000, 10);
    for (let i = 0; i < 25; i++) await cache.get(`k${i}`, async () => i, keepAll);
    expect(cache.size).toBeLessThanOrEqual(10);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('a ttl of 0 turns it off', async () => {
    const cache = new PublicReadCache(0);
    const compute = vi.fn(async () => 1);
    await cache.get('k', compute, keepAll);
    await cache.get('k', compute, keepAll);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});

describe('PublicReadCache tags', () => {
  it('drops only the entries tagged with what changed, untagged ones always', async () => {
    const cache = new PublicReadCache(60_000);
    await cache.get('article', async () => 1, keepAll, ['content']);
    await cache.get(
      'progress',
      async () => ({ plans: ['p1'] }),
      keepAll,
      (v) => v.plans.map((p) => `plan:${p}`),
    );
    await cache.get('untagged', async () => 3, keepAll);
    await Promise.resolve();
    cache.invalidate(['content']);
    expect([cache.has('article'), cache.has('progress'), cache.has('untagged')]).toEqual([false, true, false]);
    cache.invalidate(['plan:p2']);
    expect(cache.has('progress')).toBe(true);
    cache.invalidate(['plan:p1']);
    expect(cache.has('progress')).toBe(false);
  });

  it('an answer still being computed is dropped by any change (it may have read the old data)', async () => {
    const cache = new PublicReadCache(60_000);
    let release!: (v: number) => void;
    const pending = cache.get('k', () => new Promise<number>((resolve) => (release = resolve)), keepAll, ['areas']);
    cache.invalidate(['content']);
    release(1);
    await pending;
    expect(cache.has('k')).toBe(false);
  });

  it('tells its listeners of local changes, not of changes another replica reported', () => {
    const cache = new PublicReadCache(60_000);
    const heard: (readonly string[])[] = [];
    cache.onInvalidate((tags) => heard.push(tags));
    cache.invalidate(['content']);
    cache.invalidate(['areas'], true);
    cache.invalidate([]);
    expect(heard).toEqual([['content']]);
  });
});
