import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, client, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';

let t: AuthTestApi;
let api: ApiClient;

beforeAll(async () => {
  // rows change behind the API between calls: no memory (src/server/public-cache.ts)
  t = await startAuthTestApi({ publicCacheMs: 0 });
  api = client(t);
});
afterAll(() => t.close());

describe("public.provinces: today's provinces and former ones with published plans", () => {
  it('lists the 34 provinces of today and Trà Vinh, now part of Vĩnh Long since 01/07/2025', async () => {
    const provinces = await api.public.provinces.query();
    expect(provinces.filter((p) => p.current)).toHaveLength(34);
    expect(provinces.find((p) => p.code === '84')).toEqual({
      code: '84',
      name: 'Tỉnh Trà Vinh',
      current: false,
      nowPartOf: { code: '86', name: 'Tỉnh Vĩnh Long', since: '2025-07-01' },
      includesFormer: [],
      publishedPlans: 1,
    });
    expect(provinces.find((p) => p.code === '86')).toMatchObject({
      current: true,
      nowPartOf: null,
      includesFormer: [{ code: '84', name: 'Tỉnh Trà Vinh', since: '2025-07-01' }],
      publishedPlans: 0,
    });
    expect(provinces.find((p) => p.code === '12')).toMatchObject({
      name: 'Tỉnh Lai Châu',
      current: true,
      nowPartOf: null,
      publishedPlans: 1,
    });
  });

  it('leaves out a former province without published plans', async () => {
    await t.db.plan.update({ where: { id: 'tv651' }, data: { status: 'archived' } });
    try {
      const provinces = await api.public.provinces.query();
      expect(provinces.map((p) => p.code)).not.toContain('84');
      // Vĩnh Long still says what it includes: the fact does not depend on plans.
      expect(provinces.find((p) => p.code === '86')?.includesFormer.map((f) => f.code)).toEqual(['84']);
    } finally {
      await t.db.plan.update({ where: { id: 'tv651' }, data: { status: 'published' } });
    }
  });
});

describe('public.areaStructures', () => {
  it("gives Lai Châu's three structures newest first, with unit counts", async () => {
    expect(await api.public.areaStructures.query({ provinceCode: '12' })).toEqual([
      { structure: '2025-07-01', districts: 0, communes: 38 },
      { structure: '2025-03-01', districts: 8, communes: 106 },
      { structure: '2016-11-09', districts: 8, communes: 108 },
    ]);
    expect(await api.public.areaStructures.query({ provinceCode: '99' })).toEqual([]);
  });
});

describe('public.areaSuccessors', () => {
  it('follows a Lai Châu 2016 commune to its commune of today (Ka Lăng → Thu Lũm)', async () => {
    const view = await api.public.areaSuccessors.query({ code: '03439', structure: '2016-11-09' });
    expect(view.unit).toMatchObject({ name: 'Xã Ka Lăng', level: 'commune', provinceName: 'Tỉnh Lai Châu' });
    expect(view).toMatchObject({ changed: true, unknown: false });
    expect(view.successors).toEqual([
      {
        code: '03439',
        structure: '2025-07-01',
        name: 'Xã Thu Lũm',
        level: 'commune',
        provinceCode: '12',
        provinceName: 'Tỉnh Lai Châu',
        coverage: 'full',
      },
    ]);
  });

  it('answers for the date asked: before 01/07/2025 the 01/03/2025 unit', async () => {
    const view = await api.public.areaSuccessors.query({ code: '03556', structure: '2016-11-09', asOf: '2025-06-30' });
    expect(view.successors.map((s) => [s.code, s.structure, s.name])).toEqual([
      ['03550', '2025-03-01', 'Xã Sì Lở Lầu'],
    ]);
  });

  it('puts a Trà Vinh ward in Vĩnh Long, and says "unknown" for Phường 2', async () => {
    const ward1 = await api.public.areaSuccessors.query({ code: '29239', structure: '2018-04-06' });
    expect(ward1.successors).toMatchObject([
      { code: '29242', name: 'Phường Trà Vinh', provinceCode: '86', provinceName: 'Tỉnh Vĩnh Long' },
    ]);
    const ward2 = await api.public.areaSuccessors.query({ code: '29245', structure: '2018-04-06' });
    expect(ward2).toMatchObject({ unit: { name: 'Phường 2' }, changed: true, unknown: true, successors: [] });
  });

  it('refuses an unknown unit (404) and a malformed code (400), in Vietnamese and English', async () => {
    const missing = await apiError(api.public.areaSuccessors.query({ code: '03439', structure: '1990-01-01' }));
    expect(missing).toMatchObject({ appCode: 'NOT_FOUND', messages: { vi: expect.stringContaining('địa bàn') } });
    const bad = await apiError(api.public.areaSuccessors.query({ code: 'x', structure: '2016-11-09' }));
    expect(bad.appCode).toBe('INVALID_INPUT');
    expect(bad.fields?.[0]?.vi).toContain('Mã địa bàn');
  });

  it('is cacheable like the other public reads', async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { code: '84', structure: '2018-04-06' } }));
    const res = await fetch(`${t.server.url}/trpc/public.areaSuccessors?input=${input}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('public');
    expect(res.headers.get('etag')).toBeTruthy();
  });
});
