import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';

// public.search on the index built per content version (src/content/search.ts): Vietnamese without diacritics,
// Khmer and English, and a published change found without waiting for any cache to expire.

let t: AuthTestApi;
let api: ApiClient;
beforeAll(async () => {
  t = await startAuthTestApi({ rateLimits: { public: { capacity: 1e6, refillPerSecond: 1e6 } } });
  api = client(t);
});
afterAll(() => t.close());

const slugs = async (q: string, lang: 'vi' | 'en' | 'km') =>
  (await api.public.search.query({ q, lang })).hits.map((h) => h.slug);

describe('public.search', () => {
  it('"mua ban nguoi" finds "mua bán người"; the hotline in force is written into the texts', async () => {
    const hits = await slugs('mua ban nguoi', 'vi');
    expect(hits).toContain('dau-hieu-nhan-biet');
    expect(hits).toContain('luat-2024');
    const hotline = await api.public.search.query({ q: 'duong day nong', lang: 'vi' });
    expect(hotline.hits.some((h) => h.snippet.includes('111'))).toBe(true);
  });

  it('finds Khmer and English texts', async () => {
    expect(await slugs('ការជួញដូរមនុស្ស', 'km')).toContain('dau-hieu-nhan-biet');
    expect(await slugs('HOTLINE', 'en')).toContain('goi-tro-giup');
    // Khmer readers also search the Vietnamese texts that have no Khmer version (marked as such).
    const km = await api.public.search.query({ q: 'luat', lang: 'km' });
    expect(km.hits.find((h) => h.slug === 'luat-2024')).toMatchObject({ fallback: true });
  });

  it('a new term each time is answered; a change to a published text is found at once after it commits', async () => {
    for (let i = 0; i < 20; i++) expect(await slugs(`tu${i}khongco`, 'vi')).toEqual([]);
    const row = await t.db.content.findFirstOrThrow({ where: { slug: 'goi-tro-giup', lang: 'vi' } });
    const { versions } = await api.public.version.query();
    // Behind the API's back (plain SQL through Prisma): the trigger moves the content version with the change.
    await t.db.content.update({ where: { id: row.id }, data: { body: `${row.body}\n\nTừ khoá mới: chimbìmbịp.` } });
    await expect
      .poll(async () => (await api.public.version.query()).versions.content, { interval: 50 })
      .not.toBe(versions.content);
    expect(await slugs('chimbimbip', 'vi')).toEqual(['goi-tro-giup']);
  });
});
