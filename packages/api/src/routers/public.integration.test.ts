import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, client, createUser, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';
import { nationalHotlineOn } from '../content/hotline.js';
import { toDbDate } from '../db/dates.js';

let t: AuthTestApi;
let api: ApiClient;
const SECRET_NOTE = 'Ghi chú riêng: nạn nhân Nguyễn Thị Bí Mật';
let officer: { id: string; email: string };

/** Approved records of the Trà Vinh plan: 3 in one district (small), 12 and 15 in two others. */
async function seedRecords() {
  const structure = toDbDate('2018-04-06');
  const districts = await t.db.area.findMany({
    where: { provinceCode: '84', structure, level: 'district' },
    orderBy: { code: 'asc' },
    take: 3,
  });
  const communes = await Promise.all(
    districts.map((d) =>
      t.db.area.findFirstOrThrow({
        where: { parentCode: d.code, structure, level: 'commune' },
        orderBy: { code: 'asc' },
      }),
    ),
  );
  const u = await createUser(t.db, { role: 'district_officer', scopeAreaCode: districts[0]!.code });
  officer = u;
  const counts = [3, 12, 15];
  const data = communes.flatMap((commune, i) =>
    Array.from({ length: counts[i]! }, (_, k) => ({
      planId: 'tv651',
      type: 'community_event',
      date: toDbDate(`2019-03-${String((k % 28) + 1).padStart(2, '0')}`),
      areaCode: commune.code,
      areaStructure: structure,
      quantity: 1,
      status: 'approved' as const,
      note: SECRET_NOTE,
      createdById: u.id,
    })),
  );
  await t.db.activityRecord.createMany({ data });
  return districts.map((d) => d.code);
}

let districtCodes: string[];
beforeAll(async () => {
  t = await startAuthTestApi();
  api = client(t);
  districtCodes = await seedRecords();
});
afterAll(() => t.close());

describe('public read API', () => {
  it('home: hotline and emergency numbers in force today, featured articles, upcoming events', async () => {
    const home = await api.public.home.query({ lang: 'vi' });
    expect(home.hotline).toMatchObject({ number: '111', free: true });
    expect(home.emergency.map((c) => c.number)).toEqual(expect.arrayContaining(['113', '114', '115']));
    expect(home.featured[0]).toMatchObject({ slug: 'goi-tro-giup', lang: 'vi', fallback: false });
    expect(home.featured.length).toBeLessThanOrEqual(4);
    expect(home.upcomingEvents.length).toBeGreaterThan(0);
    expect(home.upcomingEvents.every((e) => (e.window?.to ?? e.date) >= home.asOf)).toBe(true);
  });

  it('articles by language and category, with a Vietnamese fallback where a language version is missing', async () => {
    const km = await api.public.articles.query({ lang: 'km' });
    expect(
      km
        .filter((a) => !a.fallback)
        .map((a) => a.slug)
        .sort(),
    ).toEqual(['dau-hieu-nhan-biet', 'di-lam-viec-an-toan', 'goi-tro-giup', 'viec-nhe-luong-cao']);
    expect(km.find((a) => a.slug === 'luat-2024')).toMatchObject({ lang: 'vi', fallback: true });
    const tactics = await api.public.articles.query({ lang: 'en', category: 'tactics' });
    expect(tactics.length).toBe(4);
    expect(tactics.every((a) => a.category === 'tactics' && a.lang === 'en')).toBe(true);
  });

  it('article: hotline substituted, safe HTML, language versions listed, fallback flagged', async () => {
    const km = await api.public.article.query({ slug: 'goi-tro-giup', lang: 'km' });
    expect(km).toMatchObject({ lang: 'km', fallback: false, reviewNeeded: true, languages: ['vi', 'en', 'km'] });
    expect(km.html).toContain('111');
    expect(km.html).not.toContain('{{hotline}}');
    const law = await api.public.article.query({ slug: 'luat-2024', lang: 'km' });
    expect(law).toMatchObject({ lang: 'vi', fallback: true, languages: ['vi', 'en'] });
    expect(law.html).toMatch(/^<h2>|<p>/);
    expect((await apiError(api.public.article.query({ slug: 'khong-co', lang: 'vi' }))).appCode).toBe('NOT_FOUND');
  });

  it('the hotline is the number in force on the day: 18001567 in 2018, 111 today', async () => {
    expect(await nationalHotlineOn(t.db, '2018-06-01')).toBe('18001567');
    expect(await nationalHotlineOn(t.db, '2025-09-18')).toBe('18001567');
    expect(await nationalHotlineOn(t.db, '2025-09-19')).toBe('111');
    const then = await api.public.contacts.query({ asOf: '2018-06-01' });
    expect(then.contacts.find((c) => c.kind === 'national_hotline')?.number).toBe('18001567');
    const now = await api.public.contacts.query({});
    expect(now.contacts.find((c) => c.kind === 'national_hotline')?.number).toBe('111');
    const quiz = await t.db.content.findFirstOrThrow({ where: { kind: 'quiz', lang: 'vi' } });
    expect(JSON.stringify(quiz.data)).toContain('{{hotline}}');
  });

  it('search is diacritic-insensitive and ranked, with a snippet', async () => {
    const { hits } = await api.public.search.query({ q: 'lua dao', lang: 'vi' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.snippet.toLowerCase()).toMatch(/lừa|đảo/);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    const exact = await api.public.search.query({ q: 'việc nhẹ lương cao', lang: 'vi' });
    expect(exact.hits[0]!.slug).toBe('viec-nhe-luong-cao');
    expect((await api.public.search.query({ q: 'zzzxxyy', lang: 'vi' })).hits).toEqual([]);
    expect((await apiError(api.public.search.query({ q: '', lang: 'vi' }))).appCode).toBe('INVALID_INPUT');
  });

  it('events: 30/7 and the 1/7–1/8 campaign placed in the year; admin-only deadlines never public', async () => {
    const { events } = await api.public.events.query({ lang: 'vi', year: 2026 });
    expect(events.filter((e) => e.date === '2026-07-30').length).toBe(2);
    expect(events.find((e) => e.slug === 'dot-truyen-thong-thang-7')).toMatchObject({
      window: { from: '2026-07-01', to: '2026-08-01' },
    });
    expect(events.some((e) => e.slug === 'bao-cao-ket-qua-hang-nam')).toBe(false);
    const km = await api.public.events.query({ lang: 'km', year: 2026 });
    expect(km.events.find((e) => e.slug === 'ngay-toan-dan-pcmbn')).toMatchObject({ lang: 'km', fallback: false });
  });

  it('provinces with their published plans', async () => {
    const provinces = await api.public.provinces.query();
    expect(provinces.find((p) => p.code === '84')).toMatchObject({
      name: expect.stringContaining('Trà Vinh'),
      publishedPlans: 1,
    });
    expect(provinces.find((p) => p.code === '12')).toMatchObject({
      name: expect.stringContaining('Lai Châu'),
      publishedPlans: 1,
    });
  });

  it('plan progress: a district with 3 records shows "< 10"; the others and the totals are rounded to 5', async () => {
    // Issue 12 item 5 replaced secondary suppression (a second hidden cell) by rounding: 12 → 10, 15 → 15, and the
    // column total is the sum of the rounded cells (the 3 counting 5): 30, so 30 − 10 − 15 = 5 says "1 to 7".
    const progress = await api.public.planProgress.query({ provinceCode: '84', asOf: '2019-12-31' });
    expect(progress.asOf).toBe('2019-12-31');
    const plan = progress.plans[0]!;
    expect(plan.id).toBe('tv651');
    expect(plan.targets.length).toBeGreaterThan(0);
    expect(plan.targets[0]).toMatchObject({ statusLabel: { vi: expect.any(String), en: expect.any(String) } });
    const col = plan.counts.cols.findIndex((c) => c.type === 'community_event');
    const row = (code: string) => plan.counts.rows.findIndex((r) => r.code === code);
    const cell = (i: number) => plan.counts.cells[row(districtCodes[i]!)]![col]!;
    expect(cell(0)).toEqual({ suppressed: true, label: '< 10' });
    expect([cell(1), cell(2)]).toEqual([{ value: 10 }, { value: 15 }]);
    expect(plan.counts.colTotals[col]).toEqual({ value: 30 });
    expect(plan.counts.rowTotals[row(districtCodes[0]!)]).toEqual({ suppressed: true, label: '< 10' });
    expect(progress.note.vi).toContain('< 10');
  });

  it('nothing personal leaves through the public API', async () => {
    const outputs = await Promise.all([
      api.public.planProgress.query({ provinceCode: '84', asOf: '2019-12-31' }),
      api.public.home.query({ lang: 'vi' }),
      api.public.articles.query({ lang: 'vi' }),
      api.public.search.query({ q: 'nạn nhân', lang: 'vi' }),
      api.public.events.query({ lang: 'vi' }),
      api.public.provinces.query(),
      api.public.contacts.query({ provinceCode: '84' }),
    ]);
    const json = JSON.stringify(outputs);
    const recordIds = (await t.db.activityRecord.findMany({ select: { id: true } })).map((r) => r.id);
    const userIds = (await t.db.user.findMany({ select: { id: true } })).map((u) => u.id);
    expect(json).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    expect(json).not.toContain(SECRET_NOTE);
    expect(json).not.toContain(officer.email);
    for (const id of [...recordIds, ...userIds]) expect(json).not.toContain(id);
    expect(json).not.toMatch(/createdBy|approvedBy|storagePath|fileName|passwordHash/);
  });

  it('public GET answers carry CDN cache headers; others do not', async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { lang: 'vi' } }));
    const res = await fetch(`${t.server.url}/trpc/public.articles?input=${input}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600');
    const bad = await fetch(
      `${t.server.url}/trpc/public.article?input=${encodeURIComponent(JSON.stringify({ json: { slug: 'x', lang: 'xx' } }))}`,
    );
    expect(bad.status).toBe(400);
    expect(bad.headers.get('cache-control') ?? '').not.toContain('public');
    const other = await fetch(`${t.server.url}/trpc/area.provinces`);
    expect(other.headers.get('cache-control') ?? '').not.toContain('public');
  });

  it('rate limit: past the burst of work not in memory, TOO_MANY_REQUESTS with a Vietnamese and English message', async () => {
    // Answers held in memory are never refused (src/server/public-cache.integration.test.ts); new search terms are.
    const small = await startAuthTestApi({ rateLimits: { public: { capacity: 10, refillPerSecond: 0.001 } } });
    const one = client(small, { ip: '10.250.0.1' });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => one.public.search.query({ q: `mua bán ${i}`, lang: 'vi' })),
    );
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(rejected.length).toBe(10);
    // The tRPC client rejects with a TRPCClientError.
    const error = await apiError(Promise.reject((rejected[0] as PromiseRejectedResult).reason as Error));
    expect(error).toMatchObject({ httpStatus: 429, appCode: 'RATE_LIMITED' });
    expect(error.messages.vi).toMatch(/Quá nhiều yêu cầu/);
    expect(error.messages.en).toMatch(/Too many requests/);
    // Another reader is not affected.
    expect((await client(small).public.search.query({ q: 'mua bán 0', lang: 'vi' })).q).toBe('mua bán 0');
    await small.close();
  });
});
