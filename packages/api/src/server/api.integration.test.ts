import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../test/api.js';
import { createApiClient, type ApiClient, type ApiErrorData } from '../client.js';
import type { ApiServer } from './http.js';

let server: ApiServer;
let api: ApiClient;

beforeAll(async () => {
  ({ server } = await startTestApi());
  api = createApiClient(server.url);
});
afterAll(() => server.close());

describe('area', () => {
  it('provinces lists the provinces present, with their structures', async () => {
    const provinces = await api.area.provinces.query();
    // The 34 provinces of 01/07/2025 and Trà Vinh (84), now part of Vĩnh Long but kept for its plan.
    expect(provinces).toHaveLength(35);
    const laiChau = provinces.find((p) => p.code === '12')!;
    expect(laiChau.name).toBe('Tỉnh Lai Châu');
    expect(laiChau.structures).toEqual(['2025-07-01', '2025-03-01', '2016-11-09']);
    expect(provinces.find((p) => p.code === '84')?.structures).toEqual(['2025-03-01', '2018-04-06']);
  });

  it('list returns a province tree, filterable by level; by default the newest structure', async () => {
    const all = await api.area.list.query({ provinceCode: '84', structure: '2018-04-06' });
    expect(all).toHaveLength(1 + 9 + 106);
    expect(all[0]).toMatchObject({ code: '84', level: 'province', kind: 'tỉnh' });
    const communes = await api.area.list.query({ provinceCode: '12', level: 'commune', structure: '2016-11-09' });
    expect(communes).toHaveLength(108);
    expect(communes.every((c) => c.parentCode && c.structure)).toBe(true);
    const districts = await api.area.list.query({
      provinceCode: '12',
      level: 'district',
      structure: communes[0]!.structure!,
    });
    expect(districts).toHaveLength(8);
    const today = await api.area.list.query({ provinceCode: '12', level: 'commune' });
    expect(today).toHaveLength(38);
    expect(today.every((c) => c.structure === '2025-07-01' && c.parentCode === '12')).toBe(true);
  });

  it('list is empty for a province or structure without data', async () => {
    expect(await api.area.list.query({ provinceCode: '99' })).toEqual([]);
    expect(await api.area.list.query({ provinceCode: '12', structure: '1990-01-01' })).toEqual([]);
  });
});

describe('agency', () => {
  it('list shows the agencies in force on a date', async () => {
    const in2018 = await api.agency.list.query({ provinceCode: '84', asOf: '2018-06-01' });
    const ids2018 = in2018.map((a) => a.id);
    expect(ids2018).toContain('tv-stttt');
    expect(ids2018).not.toContain('tv-skhcn');
    const in2025 = await api.agency.list.query({ provinceCode: '84', asOf: '2025-04-01' });
    const ids2025 = in2025.map((a) => a.id);
    expect(ids2025).toContain('tv-skhcn');
    expect(ids2025).not.toContain('tv-stttt');
  });

  it('list without input defaults to today and all provinces', async () => {
    const today = await api.agency.list.query();
    expect(today.length).toBeGreaterThan(0);
    expect(today.map((a) => a.id)).not.toContain('tv-stttt');
  });
});

describe('plan', () => {
  it('list returns both seed plans with their periods', async () => {
    const plans = await api.plan.list.query();
    expect(plans.map((p) => p.id).sort()).toEqual(['lc2228', 'tv651']);
    const tv = plans.find((p) => p.id === 'tv651')!;
    expect(tv).toMatchObject({ code: '651/QĐ-UBND', provinceCode: '84', status: 'published', version: 1 });
    expect(tv.period.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('get returns the domain plan, its version and a Date through superjson', async () => {
    const got = await api.plan.get.query({ id: 'lc2228' });
    expect(got.plan.id).toBe('lc2228');
    expect(got.plan.provinceCode).toBe('12');
    expect(got.version).toBe(1);
    expect(got.updatedAt).toBeInstanceOf(Date);
  });

  it('get of an unknown plan is NOT_FOUND with both languages', async () => {
    const error = await api.plan.get
      .query({ id: 'no-such-plan' })
      .catch((e: { data: ApiErrorData; message: string }) => e);
    expect((error as { data: ApiErrorData }).data).toMatchObject({
      code: 'NOT_FOUND',
      httpStatus: 404,
      appCode: 'NOT_FOUND',
    });
    expect((error as { message: string }).message).toContain('Không tìm thấy kế hoạch');
    expect((error as { message: string }).message).toContain('not found');
  });
});

describe('contact.current (effective-dated hotline)', () => {
  const hotline = async (asOf?: string) =>
    (await api.contact.current.query(asOf ? { asOf } : undefined)).contacts.filter(
      (c) => c.kind === 'national_hotline',
    );

  it('is 18001567 in 2018', async () => {
    expect((await hotline('2018-06-01')).map((c) => c.number)).toEqual(['18001567']);
  });
  it('is still 18001567 on 18/9/2025 and 111 from 19/9/2025 (Nghị định 162/2025/NĐ-CP)', async () => {
    expect((await hotline('2025-09-18')).map((c) => c.number)).toEqual(['18001567']);
    const from = await hotline('2025-09-19');
    expect(from.map((c) => c.number)).toEqual(['111']);
    expect(from[0]).toMatchObject({ free: true, hours: '24/7', sourceRef: 'Nghị định 162/2025/NĐ-CP' });
  });
  it('is 111 today, with the emergency numbers', async () => {
    const today = await api.contact.current.query({ provinceCode: '84' });
    expect(today.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(today.contacts.filter((c) => c.kind === 'national_hotline').map((c) => c.number)).toEqual(['111']);
    expect(today.contacts.filter((c) => c.kind === 'emergency').map((c) => c.number)).toEqual(['113', '114', '115']);
  });
  it("includes the Women's Union number of the Trà Vinh plan only in its time", async () => {
    const then = await api.contact.current.query({ asOf: '2018-06-01' });
    expect(then.contacts.map((c) => c.number)).toContain('04.39719913');
    expect((await api.contact.current.query()).contacts.map((c) => c.number)).not.toContain('04.39719913');
  });
});

describe('errors', () => {
  it('bad input is BAD_REQUEST naming the field in Vietnamese and English, without a stack', async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { provinceCode: 'Lai Chau' } }));
    const res = await fetch(`${server.url}/trpc/area.list?input=${input}`);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/stack|at .*\.ts:|node_modules/);
    const body = JSON.parse(text) as { error: { json: { message: string; data: ApiErrorData } } };
    const { message, data } = body.error.json;
    expect(data.code).toBe('BAD_REQUEST');
    expect(data.appCode).toBe('INVALID_INPUT');
    expect(data.fields.map((f) => f.path)).toEqual(['provinceCode']);
    expect(data.messages.vi).toContain('provinceCode');
    expect(data.messages.vi).toContain('Mã tỉnh là 2 chữ số');
    expect(data.messages.en).toContain('provinceCode');
    expect(message.indexOf(data.messages.vi)).toBe(0);
    expect(message).toContain(data.messages.en);
    expect(data.requestId).toEqual(res.headers.get('x-request-id'));
  });

  it('a wrong type and a bad date each name their field', async () => {
    const error = await api.contact.current
      .query({ asOf: '2025-02-30', provinceCode: 84 as unknown as string })
      .catch((e: { data: ApiErrorData }) => e);
    const data = (error as { data: ApiErrorData }).data;
    expect(data.fields.map((f) => f.path).sort()).toEqual(['asOf', 'provinceCode']);
    expect(data.fields.find((f) => f.path === 'provinceCode')!.en).toContain('must be string');
  });

  it('an unknown procedure is NOT_FOUND and unknown paths 404', async () => {
    const res = await fetch(`${server.url}/trpc/nothing.here`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('stack');
    expect((await fetch(`${server.url}/elsewhere`)).status).toBe(404);
  });
});

describe('operations', () => {
  it('healthz and readyz answer, with a request id', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const ready = await fetch(`${server.url}/readyz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(ready.status).toBe(200);
    expect(ready.headers.get('x-request-id')).toBe('abc-123');
  });
});
