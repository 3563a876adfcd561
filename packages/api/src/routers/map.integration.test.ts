import { publicPeriod, todayInHoChiMinh } from '@pcmbn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, client, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';
import { toDbDate } from '../db/dates.js';
import { tagsOfPublicAnswer } from '../server/invalidation.js';

let t: AuthTestApi;
let api: ApiClient;

/** The first area-coverage target of Lai Châu 2228: a leaflet in each of the 108 communes in 2017. */
const LEAFLETS_2017 = 'lc2228-t-2017-leaflets-coverage';
const LC_2016 = '2016-11-09';

async function record(areaCode: string, date: string, status: 'approved' | 'submitted' = 'approved') {
  const u = await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' });
  await t.db.activityRecord.create({
    data: {
      planId: 'lc2228',
      type: 'leaflet',
      date: toDbDate(date),
      areaCode,
      areaStructure: toDbDate(LC_2016),
      quantity: 1,
      status,
      createdById: u.id,
    },
  });
}

beforeAll(async () => {
  t = await startAuthTestApi({ publicCacheMs: 0 });
  api = client(t);
  // Xã Nậm Hàng (2025, 03487) holds four 2016 communes, all with a leaflet in 2017; Xã Mường Mô (03478) four, one
  // with a leaflet; a record not yet approved counts nowhere.
  for (const code of ['03481', '03484', '03487', '03488']) await record(code, '2017-05-10');
  await record('03505', '2017-06-01');
  await record('03511', '2017-06-01', 'submitted');
});
afterAll(() => t.close());

describe('map.province (public)', () => {
  it("draws Lai Châu's 38 communes, each a named path, coloured from the 2016 plan through the succession links", async () => {
    const map = await api.map.province.query({ provinceCode: '12' });
    expect(map.drawn).toEqual({ code: '12', name: 'Tỉnh Lai Châu' });
    expect(map.communes).toHaveLength(38);
    for (const c of map.communes) {
      expect(c.name).toMatch(/^(Xã|Phường) /);
      expect(c.path).toMatch(/^M\d+ \d+l[-\d ]+z/);
    }
    expect(map.viewBox).toBe(`0 0 ${map.width} ${map.height}`);
    expect(map.attribution.vi).toContain('sapnhap.bando.com.vn');

    const plan = map.plans.find((p) => p.id === 'lc2228')!;
    const target = plan.targets.find((x) => x.id === LEAFLETS_2017);
    expect(target, plan.targets.map((x) => x.id).join(', ')).toBeDefined();
    expect(plan.targets.every((x) => x.kind === 'area_coverage')).toBe(true);
    const stateOf = (code: string) => target!.states[map.communes.findIndex((c) => c.code === code)]!;
    // Every one of the 108 communes of 2016 sits in one polygon (the two merged in 2020 with their successor).
    expect(target!.states.reduce((n, s) => n + s.units.length, 0)).toBe(108);
    expect(stateOf('03487').state).toBe('done');
    expect(
      stateOf('03487')
        .units.map((u) => u.code)
        .sort(),
    ).toEqual(['03481', '03484', '03487', '03488']);
    expect(stateOf('03478').state).toBe('partial');
    expect(
      stateOf('03478')
        .units.filter((u) => u.covered)
        .map((u) => u.code),
    ).toEqual(['03505']);
    expect(target!.states.filter((s) => s.state === 'not_yet')).toHaveLength(36);
  });

  it('is as of the closed quarter of the public tables, and carries classes, never counts', async () => {
    const map = await api.map.province.query({ provinceCode: '12' });
    const today = todayInHoChiMinh();
    expect(map.asOf).toBe(publicPeriod(today, today).asOf);
    expect(map.period.vi).toMatch(/^Số liệu đến hết quý /);
    const json = JSON.stringify(map.plans);
    expect(json).not.toMatch(/"(records|quantity|reached|value|numerator|denominator)"/);
  });

  it('draws Trà Vinh (a former province) on the Vĩnh Long communes its 2018 units went into', async () => {
    const map = await api.map.province.query({ provinceCode: '84' });
    expect(map.provinceCode).toBe('84');
    expect(map.drawn).toEqual({ code: '86', name: 'Tỉnh Vĩnh Long' });
    expect(map.communes).toHaveLength(41);
    const vinhLong = await api.map.province.query({ provinceCode: '86' });
    expect(vinhLong.communes).toHaveLength(124);
    const codes = new Set(vinhLong.communes.map((c) => c.code));
    expect(map.communes.every((c) => codes.has(c.code))).toBe(true);
    const plan = map.plans.find((p) => p.id === 'tv651')!;
    const target = plan.targets[0]!;
    // A merged ward lists the 2018 units inside it: Phường Long Đức (29263) holds Xã Long Đức and Phường 4.
    const longDuc = target.states[map.communes.findIndex((c) => c.code === '29263')]!;
    expect(longDuc.units.map((u) => u.name)).toEqual(expect.arrayContaining(['Xã Long Đức', 'Phường 4']));
  });

  it('is dropped from the public cache when a record of a plan it shows changes (tagged with the plans)', () => {
    expect(tagsOfPublicAnswer('map.province', { plans: [{ id: 'lc2228' }] })).toEqual(
      expect.arrayContaining(['plans', 'plan:lc2228']),
    );
  });

  it('answers 404 for a province code with no province', async () => {
    expect((await apiError(api.map.province.query({ provinceCode: '99' }))).code).toBe('NOT_FOUND');
  });
});

describe('map.planCoverage (officers)', () => {
  it("gives a Lai Châu officer every target's state per commune as of the asked day", async () => {
    const u = await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' });
    const { api: officer } = await signIn(t, u.email);
    const map = await officer.map.planCoverage.query({
      planId: 'lc2228',
      targetId: LEAFLETS_2017,
      asOf: '2017-12-31',
    });
    expect(map.communes).toHaveLength(38);
    const plan = await t.db.plan.findUniqueOrThrow({ where: { id: 'lc2228' } });
    expect(map.choices).toHaveLength((plan.document as { targets: unknown[] }).targets.length);
    expect(map.targets.map((x) => x.id)).toEqual([LEAFLETS_2017]);
    const leaflets = map.targets[0]!;
    expect(leaflets.states[map.communes.findIndex((c) => c.code === '03487')]!.state).toBe('done');
    // Before the records: nothing done yet.
    const before = await officer.map.planCoverage.query({
      planId: 'lc2228',
      targetId: LEAFLETS_2017,
      asOf: '2017-01-31',
    });
    expect(before.targets[0]!.states.some((s) => s.state === 'done')).toBe(false);
    // Without a target: the first area-coverage one; an unknown target is refused by name.
    const first = await officer.map.planCoverage.query({ planId: 'lc2228' });
    expect(first.targets[0]!.kind).toBe('area_coverage');
    expect((await apiError(officer.map.planCoverage.query({ planId: 'lc2228', targetId: 'khong-co' }))).code).toBe(
      'BAD_REQUEST',
    );
  });

  it('refuses a draft plan outside the officer’s province as if it did not exist, and anonymous callers', async () => {
    await t.db.plan.update({ where: { id: 'lc2228' }, data: { status: 'draft' } });
    try {
      const u = await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' });
      const { api: other } = await signIn(t, u.email);
      expect((await apiError(other.map.planCoverage.query({ planId: 'lc2228' }))).code).toBe('NOT_FOUND');
    } finally {
      await t.db.plan.update({ where: { id: 'lc2228' }, data: { status: 'published' } });
    }
    expect((await apiError(api.map.planCoverage.query({ planId: 'lc2228' }))).code).toBe('UNAUTHORIZED');
  });
});
