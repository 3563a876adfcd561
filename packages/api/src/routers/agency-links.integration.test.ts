import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';
import { toDbDate } from '../db/dates.js';

/** agency.create/update with organisation links (parent, members, governed unit), and the plan cascade reading them. */

let t: AuthTestApi;
let admin: ApiClient; // province_admin of Trà Vinh (84)
let adminLc: ApiClient; // province_admin of Lai Châu (12)
let viewer: ApiClient;

const TV = '2018-04-06'; // the structure Trà Vinh's units are seeded in (tv651's areaStructure)
const base = { kind: 'other' as const, provinceCode: '84' };

beforeAll(async () => {
  t = await startAuthTestApi();
  admin = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' })).email)).api;
  adminLc = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' })).email)).api;
  viewer = (await signIn(t, (await createUser(t.db, { role: 'viewer', scopeAreaCode: '84' })).email)).api;
});
afterAll(() => t.close());

describe('agency links', () => {
  it('lists the seeded links: parent, members, and the unit with its structure', async () => {
    const agencies = await admin.agency.list.query({ provinceCode: '84', all: true });
    expect(agencies.find((a) => a.id === 'tv-ubnd-844')).toMatchObject({
      parentId: 'tv-ubnd-huyen',
      areaCode: '844',
      areaStructure: TV,
    });
    expect(agencies.find((a) => a.id === 'tv-ubnd-huyen')?.memberIds).toHaveLength(9);
  });

  it('creates a steering committee with members, a parent and an area, then edits them; audited before/after', async () => {
    const created = await admin.agency.create.mutate({
      ...base,
      id: 'tv-test-bcd',
      name: 'Ban Chỉ đạo thử nghiệm tỉnh Trà Vinh',
      parentId: 'tv-ubnd',
      memberIds: ['tv-hlhpn', 'tv-ca', 'tv-hlhpn'],
      areaCode: '84',
      areaStructure: TV,
    });
    expect(created).toMatchObject({
      parentId: 'tv-ubnd',
      memberIds: ['tv-ca', 'tv-hlhpn'],
      areaCode: '84',
      areaStructure: TV,
    });
    expect(await t.db.agencyMember.count({ where: { groupId: 'tv-test-bcd' } })).toBe(2);
    expect(
      (await t.db.auditLog.findFirstOrThrow({ where: { action: 'agency.create', entityId: 'tv-test-bcd' } })).after,
    ).toMatchObject({ memberIds: ['tv-ca', 'tv-hlhpn'] });

    // Only the fields named change: a rename keeps the links.
    expect(
      await admin.agency.update.mutate({ id: 'tv-test-bcd', name: 'Ban Chỉ đạo 138 tỉnh Trà Vinh' }),
    ).toMatchObject({ parentId: 'tv-ubnd', memberIds: ['tv-ca', 'tv-hlhpn'] });
    const updated = await admin.agency.update.mutate({
      id: 'tv-test-bcd',
      memberIds: ['tv-skhcn'],
      parentId: null,
      areaCode: null,
      areaStructure: null,
    });
    expect(updated.memberIds).toEqual(['tv-skhcn']);
    expect(updated).not.toHaveProperty('parentId');
    expect(updated).not.toHaveProperty('areaCode');
    const row = await t.db.agency.findUniqueOrThrow({ where: { id: 'tv-test-bcd' } });
    expect(row).toMatchObject({ parentId: null, areaCode: null, areaStructure: null });
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'agency.update', entityId: 'tv-test-bcd' },
      orderBy: { at: 'desc' },
    });
    expect(audit.before).toMatchObject({
      parentId: 'tv-ubnd',
      memberIds: ['tv-ca', 'tv-hlhpn'],
      areaCode: '84',
      areaStructure: TV,
    });
    expect(audit.after).toMatchObject({ memberIds: ['tv-skhcn'] });
    expect(audit.after).not.toHaveProperty('parentId');
    expect((await admin.agency.update.mutate({ id: 'tv-test-bcd', memberIds: [] })).memberIds).toBeUndefined();
  });

  it('refuses an unknown parent or member, and loops through parents or members', async () => {
    const field = async (call: Promise<unknown>) => {
      const e = await apiError(call);
      expect(e).toMatchObject({ httpStatus: 400, appCode: 'INVALID_INPUT' });
      expect(e.messages.vi).not.toBe(e.messages.en);
      return { path: e.fields[0]?.path, vi: e.messages.vi, en: e.messages.en };
    };
    expect(
      await field(admin.agency.create.mutate({ ...base, id: 'tv-test-x', name: 'X', parentId: 'tv-khong-co' })),
    ).toMatchObject({ path: 'parentId', vi: 'Không có cơ quan "tv-khong-co"' });
    expect(
      await field(
        admin.agency.create.mutate({ ...base, id: 'tv-test-x', name: 'X', memberIds: ['tv-ca', 'tv-khong-co'] }),
      ),
    ).toMatchObject({ path: 'memberIds', en: 'No agency "tv-khong-co"' });
    expect(await field(admin.agency.update.mutate({ id: 'tv-ubnd', parentId: 'tv-ubnd' }))).toMatchObject({
      path: 'parentId',
      en: 'An agency cannot belong to itself',
    });
    expect(
      await field(admin.agency.update.mutate({ id: 'tv-ubnd-huyen', memberIds: ['tv-ubnd-huyen'] })),
    ).toMatchObject({ path: 'memberIds' });

    // tv-ubnd-844 → tv-ubnd-huyen → tv-ubnd: the province's committee cannot belong to the district's.
    expect(await field(admin.agency.update.mutate({ id: 'tv-ubnd', parentId: 'tv-ubnd-844' }))).toMatchObject({
      path: 'parentId',
      vi: expect.stringContaining('trực thuộc'),
    });
    // …nor be a member of it: tv-ubnd-844 belongs to tv-ubnd-huyen, which belongs to tv-ubnd.
    expect(await field(admin.agency.update.mutate({ id: 'tv-ubnd-844', memberIds: ['tv-ubnd'] }))).toMatchObject({
      path: 'memberIds',
      en: expect.stringContaining('"tv-ubnd"'),
    });
    // A loop through membership only: A has member B; B cannot have member A.
    await admin.agency.create.mutate({ ...base, id: 'tv-test-a', name: 'A' });
    await admin.agency.create.mutate({ ...base, id: 'tv-test-b', name: 'B' });
    await admin.agency.update.mutate({ id: 'tv-test-a', memberIds: ['tv-test-b'] });
    expect(await field(admin.agency.update.mutate({ id: 'tv-test-b', memberIds: ['tv-test-a'] }))).toMatchObject({
      path: 'memberIds',
    });
    expect(await field(admin.agency.update.mutate({ id: 'tv-test-a', parentId: 'tv-test-b' }))).toMatchObject({
      path: 'parentId',
    });
    // Nothing of the refused calls was stored.
    expect((await t.db.agency.findUniqueOrThrow({ where: { id: 'tv-ubnd' } })).parentId).toBeNull();
    expect(await t.db.agencyMember.count({ where: { groupId: 'tv-test-b' } })).toBe(0);
    expect(await t.db.agency.count({ where: { id: 'tv-test-x' } })).toBe(0);
  });

  it('refuses an area missing from the given structure, half an area, and links to another province', async () => {
    const field = async (call: Promise<unknown>) => (await apiError(call)).fields[0];
    // 844 is a Trà Vinh district in 2018, but no unit of the 2016 structure (Lai Châu's) has that code.
    expect(
      await field(admin.agency.update.mutate({ id: 'tv-ubnd-844', areaCode: '844', areaStructure: '2016-11-09' })),
    ).toMatchObject({
      path: 'areaCode',
      vi: 'Không có địa bàn mã "844" trong cơ cấu hành chính ngày 09/11/2016',
      en: 'No area "844" in the administrative structure of 2016-11-09',
    });
    expect(
      await field(admin.agency.create.mutate({ ...base, id: 'tv-test-y', name: 'Y', areaCode: '844' })),
    ).toMatchObject({ path: 'areaStructure' });
    expect(await field(admin.agency.update.mutate({ id: 'tv-ubnd-844', areaStructure: null }))).toMatchObject({
      path: 'areaStructure',
      en: 'Give both the administrative structure and the area, or neither',
    });
    expect(
      await field(
        admin.agency.create.mutate({
          ...base,
          id: 'tv-test-y',
          name: 'Y',
          areaCode: '109',
          areaStructure: '2016-11-09',
        }),
      ),
    ).toMatchObject({ path: 'areaCode', en: "Huyện Phong Thổ is not in the agency's province" });
    expect(
      await field(admin.agency.create.mutate({ ...base, id: 'tv-test-y', name: 'Y', parentId: 'lc-ubnd' })),
    ).toMatchObject({ path: 'parentId' });
    expect(
      await field(admin.agency.create.mutate({ ...base, id: 'tv-test-y', name: 'Y', memberIds: ['lc-bao'] })),
    ).toMatchObject({ path: 'memberIds' });
    expect(
      (await apiError(admin.agency.create.mutate({ ...base, id: 'tv-test-y', name: 'Y', areaCode: '8x' }))).appCode,
    ).toBe('INVALID_INPUT');
    expect(
      (await apiError(admin.agency.create.mutate({ ...base, id: 'tv-test-y', name: 'Y', memberIds: ['Không hợp lệ'] })))
        .fields[0]?.path,
    ).toBe('memberIds.0');
  });

  it('keeps other provinces and non-admins out', async () => {
    expect((await apiError(adminLc.agency.update.mutate({ id: 'tv-ubnd-844', parentId: null }))).httpStatus).toBe(404);
    expect((await apiError(viewer.agency.update.mutate({ id: 'tv-ubnd-844', parentId: null }))).httpStatus).toBe(403);
    expect(
      (await apiError(viewer.agency.create.mutate({ ...base, id: 'tv-test-v', name: 'V', memberIds: ['tv-ca'] })))
        .httpStatus,
    ).toBe(403);
    expect((await t.db.agency.findUniqueOrThrow({ where: { id: 'tv-ubnd-844' } })).parentId).toBe('tv-ubnd-huyen');
  });
});

describe('the plan cascade reads the links from the database', () => {
  it('finds the district committee by its stored unit, and its group entry by its stored parent', async () => {
    const derived = await admin.plan.deriveDistrict.mutate({ id: 'tv651', districtCode: '844' });
    const plan = (await admin.plan.get.query({ id: derived.id })).plan;
    expect(plan.issuer).toBe('Ủy ban nhân dân huyện Càng Long');
    expect(plan.duties.length).toBeGreaterThan(0);
    expect(new Set(plan.duties.map((d) => d.agencyId))).toEqual(new Set(['tv-ubnd-844']));
  });

  it('follows an edit: another agency made the committee of Cầu Kè receives its duties', async () => {
    await admin.agency.update.mutate({ id: 'tv-ubnd-845', areaCode: null, areaStructure: null });
    await admin.agency.create.mutate({
      id: 'tv-test-ubnd-845',
      name: 'Ủy ban nhân dân huyện Cầu Kè (thử nghiệm)',
      kind: 'district_committee',
      provinceCode: '84',
      parentId: 'tv-ubnd-huyen',
      areaCode: '845',
      areaStructure: TV,
    });
    const plan = (
      await admin.plan.get.query({
        id: (await admin.plan.deriveDistrict.mutate({ id: 'tv651', districtCode: '845' })).id,
      })
    ).plan;
    expect(plan.issuer).toBe('Ủy ban nhân dân huyện Cầu Kè (thử nghiệm)');
    expect(plan.duties.length).toBeGreaterThan(0);
    expect(new Set(plan.duties.map((d) => d.agencyId))).toEqual(new Set(['tv-test-ubnd-845']));
  });

  it('a committee of the same code in another structure is not the plan’s', async () => {
    // The 2025 structure reuses code 846; a committee linked to that unit governs something else than tv651's 846.
    const s2025 = toDbDate('2025-07-01');
    await t.db.area.create({
      data: { code: '84', structure: s2025, name: 'Tỉnh Trà Vinh', level: 'province', provinceCode: '84' },
    });
    await t.db.area.create({
      data: {
        code: '846',
        structure: s2025,
        name: 'Xã thử nghiệm',
        level: 'commune',
        parentCode: '84',
        provinceCode: '84',
      },
    });
    const moved = await admin.agency.update.mutate({ id: 'tv-ubnd-846', areaCode: '846', areaStructure: '2025-07-01' });
    expect(moved).toMatchObject({ areaCode: '846', areaStructure: '2025-07-01' });
    const plan = (
      await admin.plan.get.query({
        id: (await admin.plan.deriveDistrict.mutate({ id: 'tv651', districtCode: '846' })).id,
      })
    ).plan;
    expect(plan.duties).toEqual([]);
  });
});
