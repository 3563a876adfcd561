import { PlanSchema } from '@pcmbn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';
import { planFromRow, planToRow } from '../db/mappers.js';

/**
 * area.options (issue 17): each picker's choices for the caller, from the seeded lists — Trà Vinh 84 (2018-04-06,
 * 2025-03-01), Lai Châu 12 (2016, 2025-03-01, 2025-07-01) and the 2025-07-01 national list where Trà Vinh's
 * communes are Vĩnh Long's (86). 842 is Thành phố Trà Vinh; its officer sees only its units.
 */
let t: AuthTestApi;
let national: ApiClient;
let admin: ApiClient;
let officer: ApiClient;
let viewer: ApiClient;
const CARRIED = 'tv-options-carry';

async function as(role: 'province_admin' | 'district_officer' | 'viewer', scopeAreaCode: string | null) {
  return (await signIn(t, (await createUser(t.db, { role, scopeAreaCode })).email)).api;
}

beforeAll(async () => {
  t = await startAuthTestApi();
  national = await as('province_admin', null);
  admin = await as('province_admin', '84');
  officer = await as('district_officer', '842');
  viewer = await as('viewer', '84');
  // Trà Vinh's 2018 plan carried onto the 01/07/2025 structure (Vĩnh Long) from that date (as plans/carry does).
  const seed = planFromRow(await t.db.plan.findUniqueOrThrow({ where: { id: 'tv651' } }));
  const period = { from: '2025-01-02', to: '2026-12-31' };
  const plan = PlanSchema.parse({ ...seed, id: CARRIED, code: '97/KH-UBND', period, targets: [], reporting: [] });
  await t.db.plan.create({ data: planToRow({ ...plan, activities: [] }) });
  const preview = await admin.plan.carryPreview.query({ id: CARRIED, from: '2025-07-01' });
  const decisions = Object.fromEntries(preview.units.filter((u) => u.needsDecision).map((u) => [u.code, []]));
  await admin.plan.carry.mutate({ id: CARRIED, version: preview.version, from: '2025-07-01', decisions });
});
afterAll(() => t.close());

describe('record pickers', () => {
  it('record-entry: the plan’s communes named with their district; a district officer gets its district’s', async () => {
    const all = await admin.area.options.query({ purpose: 'record-entry', planId: 'tv651', date: '2019-06-01' });
    expect(all).toMatchObject({ purpose: 'record-entry', structure: '2018-04-06' });
    if (all.purpose !== 'record-entry') throw new Error(all.purpose);
    expect(all.areas).toHaveLength(106);
    expect(all.areas).toContainEqual({ code: '29236', name: 'Phường 4', parentName: 'Thành phố Trà Vinh' });
    const own = await officer.area.options.query({ purpose: 'record-entry', planId: 'tv651', date: '2019-06-01' });
    if (own.purpose !== 'record-entry') throw new Error(own.purpose);
    expect(own.areas.length).toBeGreaterThan(0);
    expect(own.areas.length).toBeLessThan(all.areas.length);
    expect(new Set(own.areas.map((a) => a.parentName))).toEqual(new Set(['Thành phố Trà Vinh']));
  });

  it('record-entry of a carried plan: old units before the carry date, the new ones (with their origin) from it', async () => {
    const before = await officer.area.options.query({ purpose: 'record-entry', planId: CARRIED, date: '2025-03-01' });
    expect(before).toMatchObject({ structure: '2018-04-06' });
    if (before.purpose !== 'record-entry') throw new Error(before.purpose);
    expect(before.areas.map((a) => a.name)).toContain('Phường 4');

    const after = await officer.area.options.query({ purpose: 'record-entry', planId: CARRIED, date: '2026-03-10' });
    expect(after).toMatchObject({ structure: '2025-07-01' });
    if (after.purpose !== 'record-entry') throw new Error(after.purpose);
    const longDuc = after.areas.find((a) => a.code === '29263');
    expect(longDuc?.name).toBe('Phường Long Đức');
    expect(longDuc?.parentName).toMatch(/^từ .*Phường 4/);
    expect(after.areas.map((a) => a.name)).not.toContain('Phường 4');
    // The province's new units reach beyond the city: the admin gets more than the city's officer.
    const province = await admin.area.options.query({ purpose: 'record-entry', planId: CARRIED, date: '2026-03-10' });
    if (province.purpose !== 'record-entry') throw new Error(province.purpose);
    expect(province.areas.length).toBeGreaterThan(after.areas.length);
  });

  it('record-filter: districts and communes, inside the officer’s district for a district officer', async () => {
    const own = await officer.area.options.query({ purpose: 'record-filter', planId: 'tv651' });
    if (own.purpose !== 'record-filter') throw new Error(own.purpose);
    expect(own.areas).toContainEqual({ code: '842', name: 'Thành phố Trà Vinh', parentName: 'Tỉnh Trà Vinh' });
    expect(own.areas.filter((a) => a.parentName === 'Tỉnh Trà Vinh')).toHaveLength(1);
  });

  it('plan-derive: every district for the admin, its own for a district officer, none for a viewer', async () => {
    const pick = async (api: ApiClient) => {
      const o = await api.area.options.query({ purpose: 'plan-derive', planId: 'tv651' });
      if (o.purpose !== 'plan-derive') throw new Error(o.purpose);
      return o.districts.map((d) => d.code);
    };
    expect(await pick(admin)).toHaveLength(9);
    expect(await pick(officer)).toEqual(['842']);
    expect(await pick(viewer)).toEqual([]);
  });

  it('a plan the caller may not read is not found', async () => {
    const other = await as('viewer', '12');
    const err = await apiError(other.area.options.query({ purpose: 'record-filter', planId: 'tv651' }));
    expect(err.httpStatus).toBe(404);
  });
});

describe('administration pickers', () => {
  it('user-scope: every province for a national admin (Lai Châu keeps its 2016 districts), its own for a scoped one', async () => {
    const all = await national.area.options.query({ purpose: 'user-scope' });
    if (all.purpose !== 'user-scope') throw new Error(all.purpose);
    const laiChau = all.provinces.find((p) => p.code === '12');
    expect(laiChau?.districts.find((d) => d.code === '107')?.name).toMatch(/Mường Tè/);
    expect(all.provinces.length).toBeGreaterThan(30);
    const own = await admin.area.options.query({ purpose: 'user-scope' });
    if (own.purpose !== 'user-scope') throw new Error(own.purpose);
    expect(own.provinces.map((p) => p.name)).toEqual(['Tỉnh Trà Vinh']);
    expect(own.provinces[0]?.districts.map((d) => d.code)).toContain('844');
    expect((await apiError(viewer.area.options.query({ purpose: 'user-scope' }))).httpStatus).toBe(403);
  });

  it('agency: the admin’s province by structure and level, communes with their district; all provinces to choose', async () => {
    const o = await admin.area.options.query({ purpose: 'agency' });
    if (o.purpose !== 'agency') throw new Error(o.purpose);
    expect(o.provinces.length).toBeGreaterThan(30);
    expect(new Set(o.groups.map((g) => g.provinceCode))).toEqual(new Set(['84']));
    expect(o.groups.map((g) => g.label)).toContain('Cấp xã — danh mục hành chính ngày 06/04/2018');
    const communes = o.groups.find((g) => g.structure === '2018-04-06' && g.level === 'commune');
    expect(communes?.areas).toContainEqual({ code: '29236', name: 'Phường 4 (Thành phố Trà Vinh)' });
    const one = await national.area.options.query({ purpose: 'agency', provinceCode: '12' });
    if (one.purpose !== 'agency') throw new Error(one.purpose);
    expect(new Set(one.groups.map((g) => g.structure))).toEqual(new Set(['2016-11-09', '2025-03-01', '2025-07-01']));
    expect(new Set(one.groups.map((g) => g.provinceCode))).toEqual(new Set(['12']));
  });

  it('kiosk: communes and message targets in scope; a district officer’s district only; a viewer refused', async () => {
    const o = await admin.area.options.query({ purpose: 'kiosk' });
    if (o.purpose !== 'kiosk') throw new Error(o.purpose);
    expect(o.messageTargets[0]).toEqual({ code: '84', label: 'Tỉnh Trà Vinh' });
    expect(o.messageTargets.map((m) => m.code)).toContain('842');
    expect(o.communes.length).toBeGreaterThan(90);
    expect(o.names).toContainEqual({ code: '84', name: 'Tỉnh Trà Vinh' });
    const own = await officer.area.options.query({ purpose: 'kiosk' });
    if (own.purpose !== 'kiosk') throw new Error(own.purpose);
    expect(own.messageTargets).toEqual([{ code: '842', label: 'Thành phố Trà Vinh — Tỉnh Trà Vinh' }]);
    expect(own.communes.length).toBeGreaterThan(0);
    expect(own.communes.every((c) => c.label.endsWith('— Thành phố Trà Vinh'))).toBe(true);
    expect((await apiError(viewer.area.options.query({ purpose: 'kiosk' }))).httpStatus).toBe(403);
  });

  it('kiosk: the communes of one province, or none, with the same message targets', async () => {
    const every = await national.area.options.query({ purpose: 'kiosk' });
    const one = await national.area.options.query({ purpose: 'kiosk', communesIn: '12' });
    const none = await national.area.options.query({ purpose: 'kiosk', communesIn: 'none' });
    if (every.purpose !== 'kiosk' || one.purpose !== 'kiosk' || none.purpose !== 'kiosk') throw new Error('purpose');
    const laiChau = new Set(
      (await national.area.list.query({ provinceCode: '12', level: 'commune' })).map((a) => a.code),
    );
    expect(one.communes.length).toBe(laiChau.size);
    expect(one.communes.every((c) => laiChau.has(c.code))).toBe(true);
    expect(one.communes.length).toBeLessThan(every.communes.length);
    expect(none.communes).toEqual([]);
    expect(one.messageTargets).toEqual(every.messageTargets);
    expect(none.messageTargets).toEqual(every.messageTargets);
    expect(none.names).toEqual(every.names);
    // A province outside the caller's scope (Trà Vinh's admin asking for Lai Châu) offers nothing.
    const outside = await admin.area.options.query({ purpose: 'kiosk', communesIn: '12' });
    if (outside.purpose !== 'kiosk') throw new Error(outside.purpose);
    expect(outside.communes).toEqual([]);
  });

  it('home-filter: the officer’s province and the list its district is in; any province and structure on request', async () => {
    const home = await officer.area.options.query({ purpose: 'home-filter' });
    if (home.purpose !== 'home-filter') throw new Error(home.purpose);
    expect(home.province?.code).toBe('84');
    expect(home.structure).toBe('2025-03-01');
    expect(home.districts).toHaveLength(9);
    const lc = await officer.area.options.query({
      purpose: 'home-filter',
      provinceCode: '12',
      structure: '2016-11-09',
    });
    if (lc.purpose !== 'home-filter') throw new Error(lc.purpose);
    expect(lc).toMatchObject({ structure: '2016-11-09', communeTotal: 108 });
    expect(lc.districts.reduce((n, d) => n + d.communes, 0)).toBe(108);
    const none = await officer.area.options.query({ purpose: 'home-filter', provinceCode: '99' });
    expect(none).toMatchObject({ province: null, districts: [], communeTotal: 0 });
  });
});
