import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, freshIp, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';

/**
 * public.search answered beside the prepared answers, before tRPC (src/server/prepared-search.ts): the same body
 * tRPC gives, private to the reader, a token for every term not held in memory.
 */

let t: AuthTestApi;
beforeAll(async () => {
  t = await startAuthTestApi({ rateLimits: { public: { capacity: 3, refillPerSecond: 0.001 } } });
});
afterAll(() => t.close());

const single = (q: string, lang = 'vi') =>
  `/trpc/public.search?input=${encodeURIComponent(JSON.stringify({ json: { q, lang } }))}`;
const batched = (q: string, lang = 'vi') =>
  `/trpc/public.search?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { json: { q, lang } } }))}`;
const get = (path: string, ip = freshIp()) => fetch(`${t.server.url}${path}`, { headers: { 'x-forwarded-for': ip } });

describe('public.search before tRPC', () => {
  it('answers what tRPC answers, alone or as a batch of one, and no cache may keep it', async () => {
    const viaClient = await client(t).public.search.query({ q: 'lua dao', lang: 'vi' });
    expect(viaClient.hits.length).toBeGreaterThan(0);
    const alone = await get(single('lua dao'));
    expect(alone.status).toBe(200);
    expect(alone.headers.get('cache-control')).toBe('private, no-store');
    expect(alone.headers.get('etag')).toBeNull();
    expect(await alone.json()).toEqual({ result: { data: { json: viaClient } } });
    const batch = await get(batched('lua dao'));
    expect(batch.status).toBe(200);
    expect(batch.headers.get('cache-control')).toBe('private, no-store');
    expect(await batch.json()).toEqual([{ result: { data: { json: viaClient } } }]);
  });

  it('a new term costs a token; a term held in memory does not; past the burst 429 RATE_LIMITED', async () => {
    const ip = '10.251.0.1';
    for (const q of ['mua ban 1', 'mua ban 2', 'mua ban 3']) expect((await get(single(q), ip)).status).toBe(200);
    const refused = await get(single('mua ban 4'), ip);
    expect(refused.status).toBe(429);
    expect(JSON.stringify(await refused.json())).toContain('RATE_LIMITED');
    expect(refused.headers.get('cache-control') ?? '').not.toContain('public');
    // Held in memory: answered without a token.
    expect((await get(single('mua ban 2'), ip)).status).toBe(200);
    // Another address has its own budget.
    expect((await get(single('mua ban 4'))).status).toBe(200);
  });

  it('an invalid input (empty, or U+0000) gets tRPC`s own answer (400 INVALID_INPUT)', async () => {
    for (const q of ['', 'buôn\u0000bán']) {
      const bad = await get(single(q));
      expect(bad.status).toBe(400);
      expect(JSON.stringify(await bad.json())).toContain('INVALID_INPUT');
    }
  });
});
