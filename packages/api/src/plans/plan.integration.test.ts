import { PlanSchema, laiChau2228, type Plan } from '@pcmbn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, client, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';
import { toDbDate } from '../db/dates.js';

/** plan.* against a real PostgreSQL through real HTTP: happy paths, each role, conflicts, bad input. */

let t: AuthTestApi;
let admin: ApiClient; // province_admin of Lai Châu (12)
let adminId: string;
let adminTv: ApiClient; // province_admin of Trà Vinh (84)
let viewer: ApiClient; // viewer of Lai Châu
let bao: ApiClient; // agency_officer of Báo Lai Châu (cooperates on lc2228-c1 only)
let phongTho: ApiClient; // district_officer of Phong Thổ (109)
let tamDuong: ApiClient; // district_officer of Tam Đường (106)
let anonymous: ApiClient;

const minimal = (id: string, overrides: Partial<Plan> = {}) =>
  PlanSchema.parse({
    id,
    code: '99/KH-UBND',
    title: 'Kế hoạch thử nghiệm',
    issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
    issuedOn: '2017-01-05',
    provinceCode: '12',
    areaStructure: '2016-11-09',
    period: { from: '2017-01-05', to: '2017-12-31' },
    ...overrides,
  });

beforeAll(async () => {
  t = await startAuthTestApi();
  const a = await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' });
  adminId = a.id;
  admin = (await signIn(t, a.email)).api;
  adminTv = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' })).email)).api;
  viewer = (await signIn(t, (await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' })).email)).api;
  bao = (
    await signIn(t, (await createUser(t.db, { role: 'agency_officer', scopeAreaCode: '12', agencyId: 'lc-bao' })).email)
  ).api;
  phongTho = (await signIn(t, (await createUser(t.db, { role: 'district_officer', scopeAreaCode: '109' })).email)).api;
  tamDuong = (await signIn(t, (await createUser(t.db, { role: 'district_officer', scopeAreaCode: '106' })).email)).api;
  anonymous = client(t);
}, 60_000);
afterAll(() => t.close());

describe('plan.list', () => {
  it('anonymous callers see published plans; signed-in users the plans of their area, drafts included', async () => {
    await admin.plan.create.mutate({ document: minimal('lc-list-draft') });
    expect((await anonymous.plan.list.query()).map((p) => p.id)).not.toContain('lc-list-draft');
    expect(await anonymous.plan.list.query({ status: 'draft' })).toEqual([]);
    const mine = await admin.plan.list.query();
    expect(mine.map((p) => p.id)).toEqual(expect.arrayContaining(['lc2228', 'lc-list-draft']));
    expect(mine.map((p) => p.id)).not.toContain('tv651');
    expect((await viewer.plan.list.query({ status: 'draft' })).map((p) => p.id)).toEqual(['lc-list-draft']);
    expect((await adminTv.plan.list.query()).map((p) => p.id)).toEqual(['tv651']);
    const lc = mine.find((p) => p.id === 'lc2228')!;
    expect(lc).toMatchObject({
      code: '2228/KH-UBND',
      status: 'published',
      issuedOn: '2016-11-09',
      scopeAreaCode: null,
      parentPlanId: null,
    });
    expect(lc.issuer).toContain('Lai Châu');
  });

  it('filters by province and rejects a bad province code', async () => {
    expect((await anonymous.plan.list.query({ provinceCode: '84' })).map((p) => p.id)).toEqual(['tv651']);
    expect(await apiError(anonymous.plan.list.query({ provinceCode: '8' }))).toMatchObject({
      httpStatus: 400,
      appCode: 'INVALID_INPUT',
      fields: [expect.objectContaining({ path: 'provinceCode' })],
    });
  });
});

describe('plan.get', () => {
  it('gives the agency names of the plan’s time and of today', async () => {
    const got = await anonymous.plan.get.query({ id: 'tv651' });
    expect(got.agencyNames.atIssue['tv-stttt']).toBe('Sở Thông tin và Truyền thông tỉnh Trà Vinh');
    expect(got.agencyNames.today['tv-stttt']).toBe('Sở Khoa học và Công nghệ tỉnh Vĩnh Long');
    expect(got.access).toEqual({ write: false, editParts: false });
    expect(got.plan.targets).toHaveLength(6);
  });

  it('tells each role what it may do, refuses other provinces and hides drafts from anonymous callers', async () => {
    expect((await admin.plan.get.query({ id: 'lc2228' })).access).toEqual({ write: true, editParts: true });
    expect((await bao.plan.get.query({ id: 'lc2228' })).access).toEqual({ write: false, editParts: true });
    expect((await viewer.plan.get.query({ id: 'lc2228' })).access).toEqual({ write: false, editParts: false });
    expect((await phongTho.plan.get.query({ id: 'lc2228' })).access.write).toBe(false);
    // Outside the caller's area the plan does not exist for it (issue 12: 404 like a missing id, not 403).
    expect(await apiError(adminTv.plan.get.query({ id: 'lc2228' }))).toMatchObject({
      httpStatus: 404,
      appCode: 'NOT_FOUND',
    });
    await admin.plan.create.mutate({ document: minimal('lc-get-draft') });
    expect(await apiError(anonymous.plan.get.query({ id: 'lc-get-draft' }))).toMatchObject({ httpStatus: 404 });
    expect(await apiError(anonymous.plan.get.query({ id: 'Not An Id' }))).toMatchObject({
      httpStatus: 400,
      appCode: 'INVALID_INPUT',
    });
  });
});

describe('plan.create', () => {
  it('stores a draft at version 1 and audits it', async () => {
    const created = await admin.plan.create.mutate({ document: minimal('lc-create') });
    expect(created).toMatchObject({ id: 'lc-create', version: 1, status: 'draft' });
    const row = await t.db.auditLog.findFirstOrThrow({ where: { action: 'plan.create', entityId: 'lc-create' } });
    expect(row).toMatchObject({ userId: adminId, entity: 'plan', before: null });
    expect(row.after).toMatchObject({ status: 'draft', version: 1, document: { id: 'lc-create' } });
  });

  it('validatePlan errors come back as BAD_REQUEST naming the field, in both languages; nothing is stored', async () => {
    const bad = minimal('lc-bad', { period: { from: '2017-12-31', to: '2017-01-01' } });
    const error = await apiError(admin.plan.create.mutate({ document: bad }));
    expect(error).toMatchObject({ httpStatus: 400, appCode: 'PLAN_INVALID' });
    expect(error.fields).toEqual([expect.objectContaining({ path: 'document.period' })]);
    expect(error.fields[0]!.vi).toContain('sau ngày kết thúc');
    expect(error.fields[0]!.en).toContain('starts after it ends');
    const unknownAgency = minimal('lc-bad2', {
      components: [{ id: 'lc-bad2-c1', title: 'Nội dung', leadAgencyId: 'no-such-agency', cooperatingAgencyIds: [] }],
    });
    expect((await apiError(admin.plan.create.mutate({ document: unknownAgency }))).fields[0]).toMatchObject({
      path: 'document.components.0.leadAgencyId',
    });
    const schema = await apiError(admin.plan.create.mutate({ document: { ...minimal('lc-bad3'), title: '' } }));
    expect(schema).toMatchObject({
      httpStatus: 400,
      appCode: 'INVALID_INPUT',
      fields: [expect.objectContaining({ path: 'document.title' })],
    });
    expect(await t.db.plan.count({ where: { id: { in: ['lc-bad', 'lc-bad2', 'lc-bad3'] } } })).toBe(0);
  });

  it('refuses a taken id, other roles and other provinces', async () => {
    expect(await apiError(admin.plan.create.mutate({ document: minimal('lc2228') }))).toMatchObject({
      httpStatus: 409,
      appCode: 'PLAN_ID_TAKEN',
    });
    for (const api of [viewer, bao, phongTho, adminTv]) {
      expect(await apiError(api.plan.create.mutate({ document: minimal('lc-forbidden') }))).toMatchObject({
        httpStatus: 403,
        appCode: 'FORBIDDEN',
      });
    }
    expect((await apiError(anonymous.plan.create.mutate({ document: minimal('lc-forbidden') }))).httpStatus).toBe(401);
    expect(await t.db.plan.count({ where: { id: 'lc-forbidden' } })).toBe(0);
  });
});

describe('plan.update', () => {
  it('saves a new document, bumps the version and audits before and after', async () => {
    await admin.plan.create.mutate({ document: minimal('lc-upd') });
    const saved = await admin.plan.update.mutate({
      id: 'lc-upd',
      version: 1,
      document: minimal('lc-upd', { title: 'Tên mới' }),
    });
    expect(saved.version).toBe(2);
    expect((await admin.plan.get.query({ id: 'lc-upd' })).plan.title).toBe('Tên mới');
    expect((await t.db.plan.findUniqueOrThrow({ where: { id: 'lc-upd' } })).title).toBe('Tên mới');
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'plan.update', entityId: 'lc-upd' } });
    expect(audit.before).toMatchObject({ version: 1, document: { title: 'Kế hoạch thử nghiệm' } });
    expect(audit.after).toMatchObject({ version: 2, document: { title: 'Tên mới' } });
  });

  it('a stale version is a CONFLICT with a clear message and overwrites nothing', async () => {
    await admin.plan.create.mutate({ document: minimal('lc-conflict') });
    await admin.plan.update.mutate({
      id: 'lc-conflict',
      version: 1,
      document: minimal('lc-conflict', { title: 'Lần sửa thứ nhất' }),
    });
    const error = await apiError(
      admin.plan.update.mutate({
        id: 'lc-conflict',
        version: 1,
        document: minimal('lc-conflict', { title: 'Lần sửa thứ hai' }),
      }),
    );
    expect(error).toMatchObject({ httpStatus: 409, appCode: 'PLAN_VERSION_CONFLICT' });
    expect(error.messages.vi).toContain('Kế hoạch đã được người khác sửa');
    const row = await t.db.plan.findUniqueOrThrow({ where: { id: 'lc-conflict' } });
    expect(row).toMatchObject({ version: 2, title: 'Lần sửa thứ nhất' });
  });

  it('two saves of the same version at once: one wins, the other is a conflict', async () => {
    await admin.plan.create.mutate({ document: minimal('lc-race') });
    const results = await Promise.allSettled(
      ['A', 'B'].map((x) =>
        admin.plan.update.mutate({ id: 'lc-race', version: 1, document: minimal('lc-race', { title: `Bản ${x}` }) }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await t.db.plan.findUniqueOrThrow({ where: { id: 'lc-race' } })).version).toBe(2);
  });

  it('an agency officer edits the parts its agency works on, and nothing else', async () => {
    const { version, plan } = await bao.plan.get.query({ id: 'lc2228' });
    const c1 = plan.activities.findIndex((a) => a.componentId === 'lc2228-c1');
    const edited = structuredClone(plan);
    edited.activities[c1]!.description = 'Báo Lai Châu mở chuyên mục hằng tháng.';
    const saved = await bao.plan.update.mutate({ id: 'lc2228', version, document: edited });
    expect(saved.version).toBe(version + 1);
    const target = structuredClone(edited);
    target.targets[0]!.title = 'Chỉ tiêu bị sửa';
    const error = await apiError(bao.plan.update.mutate({ id: 'lc2228', version: saved.version, document: target }));
    expect(error).toMatchObject({
      httpStatus: 403,
      appCode: 'PLAN_PART_FORBIDDEN',
      fields: [expect.objectContaining({ path: 'document.targets' })],
    });
    const c2 = structuredClone(edited);
    c2.activities[c2.activities.findIndex((a) => a.componentId === 'lc2228-c2')]!.title = 'Sửa phần của cơ quan khác';
    expect(
      (await apiError(bao.plan.update.mutate({ id: 'lc2228', version: saved.version, document: c2 }))).appCode,
    ).toBe('PLAN_PART_FORBIDDEN');
    expect((await t.db.plan.findUniqueOrThrow({ where: { id: 'lc2228' } })).version).toBe(saved.version);
  });

  it('viewers, district officers (on a provincial plan) and other provinces are refused; the id cannot change', async () => {
    const { version, plan } = await admin.plan.get.query({ id: 'lc2228' });
    for (const api of [viewer, phongTho]) {
      expect(await apiError(api.plan.update.mutate({ id: 'lc2228', version, document: plan }))).toMatchObject({
        httpStatus: 403,
      });
    }
    expect((await apiError(adminTv.plan.update.mutate({ id: 'lc2228', version, document: plan }))).httpStatus).toBe(
      404,
    );
    expect(
      await apiError(admin.plan.update.mutate({ id: 'lc2228', version, document: { ...plan, id: 'lc9999' } })),
    ).toMatchObject({ httpStatus: 400, fields: [expect.objectContaining({ path: 'document.id' })] });
    const moved = await apiError(
      admin.plan.update.mutate({ id: 'lc2228', version, document: { ...plan, provinceCode: '84' } }),
    );
    expect(moved.httpStatus).toBe(403);
    expect(await apiError(admin.plan.update.mutate({ id: 'lc2228', version: 0, document: plan }))).toMatchObject({
      httpStatus: 400,
      appCode: 'INVALID_INPUT',
    });
  });
});

describe('plan.publish / plan.archive', () => {
  it('draft → published → archived, each audited; a wrong transition or version is refused', async () => {
    await admin.plan.create.mutate({ document: minimal('lc-life') });
    expect(await apiError(viewer.plan.publish.mutate({ id: 'lc-life', version: 1 }))).toMatchObject({
      httpStatus: 403,
    });
    expect(await apiError(admin.plan.publish.mutate({ id: 'lc-life', version: 7 }))).toMatchObject({
      httpStatus: 409,
      appCode: 'PLAN_VERSION_CONFLICT',
    });
    const published = await admin.plan.publish.mutate({ id: 'lc-life', version: 1 });
    expect(published).toMatchObject({ status: 'published', version: 2 });
    expect((await anonymous.plan.list.query()).map((p) => p.id)).toContain('lc-life');
    expect(await apiError(admin.plan.publish.mutate({ id: 'lc-life', version: 2 }))).toMatchObject({
      httpStatus: 409,
      appCode: 'PLAN_STATUS_INVALID',
    });
    expect((await admin.plan.archive.mutate({ id: 'lc-life', version: 2 })).status).toBe('archived');
    expect(await apiError(admin.plan.archive.mutate({ id: 'lc-life', version: 3 }))).toMatchObject({
      appCode: 'PLAN_STATUS_INVALID',
    });
    const audits = await t.db.auditLog.findMany({
      where: { entityId: 'lc-life', action: { in: ['plan.publish', 'plan.archive'] } },
      orderBy: { at: 'asc' },
    });
    expect(audits.map((a) => [a.before, a.after])).toEqual([
      [
        { status: 'draft', version: 1 },
        { status: 'published', version: 2 },
      ],
      [
        { status: 'published', version: 2 },
        { status: 'archived', version: 3 },
      ],
    ]);
  });
});

describe('plan.deriveDistrict and plan.status (roll-up)', () => {
  it('makes a district plan with the dropped targets, for the province admin or the district’s officer only', async () => {
    expect(await apiError(tamDuong.plan.deriveDistrict.mutate({ id: 'lc2228', districtCode: '109' }))).toMatchObject({
      httpStatus: 403,
    });
    expect(await apiError(viewer.plan.deriveDistrict.mutate({ id: 'lc2228', districtCode: '109' }))).toMatchObject({
      httpStatus: 403,
    });
    const derived = await phongTho.plan.deriveDistrict.mutate({
      id: 'lc2228',
      districtCode: '109',
      code: '15/KH-UBND',
      issuedOn: '2016-12-01',
    });
    expect(derived).toMatchObject({ id: 'lc2228-109', version: 1, status: 'draft' });
    expect(derived.dropped.length).toBeGreaterThan(0);
    expect(derived.dropped.map((d) => d.id)).toContain('lc2228-t-2017-leaflets');
    const got = await phongTho.plan.get.query({ id: 'lc2228-109' });
    expect(got.plan).toMatchObject({ parentPlanId: 'lc2228', scopeAreaCode: '109', code: '15/KH-UBND' });
    expect(got.plan.targets.map((x) => x.id)).toContain('lc2228-109-t-2017-session-phong-tho');
    expect(got.access.write).toBe(true);
    expect((await admin.plan.get.query({ id: 'lc2228' })).children.map((c) => c.id)).toContain('lc2228-109');
    expect(await t.db.auditLog.count({ where: { action: 'plan.deriveDistrict', entityId: 'lc2228-109' } })).toBe(1);
    expect(await apiError(admin.plan.deriveDistrict.mutate({ id: 'lc2228', districtCode: '109' }))).toMatchObject({
      httpStatus: 409,
      appCode: 'PLAN_ID_TAKEN',
    });
  });

  it('refuses a commune, an unknown code and a bad code with field errors', async () => {
    expect(await apiError(admin.plan.deriveDistrict.mutate({ id: 'lc2228', districtCode: '03391' }))).toMatchObject({
      httpStatus: 400,
      appCode: 'PLAN_INVALID',
      fields: [expect.objectContaining({ path: 'districtCode' })],
    });
    expect(await apiError(admin.plan.deriveDistrict.mutate({ id: 'lc2228', districtCode: '999' }))).toMatchObject({
      httpStatus: 400,
      appCode: 'AREA_UNKNOWN',
    });
    expect(await apiError(admin.plan.deriveDistrict.mutate({ id: 'lc2228', districtCode: 'abc' }))).toMatchObject({
      httpStatus: 400,
      appCode: 'INVALID_INPUT',
    });
  });

  it('plan.status counts approved records of the plan and its district plans, as of any date', async () => {
    const target = 'lc2228-t-2017-session-phong-tho';
    const before = (await admin.plan.status.query({ id: 'lc2228', asOf: '2018-12-31' })).results.find(
      (r) => r.targetId === target,
    )!;
    expect(before).toMatchObject({ status: 'missed', value: 0 });
    const record = (planId: string, status: 'approved' | 'draft') => ({
      planId,
      type: 'community_event',
      date: toDbDate('2017-06-01'),
      areaCode: '03391',
      areaStructure: toDbDate('2016-11-09'),
      quantity: 1,
      status,
    });
    await t.db.activityRecord.createMany({ data: [record('lc2228-109', 'approved'), record('lc2228', 'draft')] });
    const after = await admin.plan.status.query({ id: 'lc2228', asOf: '2018-12-31' });
    expect(after.results.find((r) => r.targetId === target)).toMatchObject({ status: 'achieved', value: 1 });
    expect(after.results).toHaveLength(laiChau2228.targets!.length);
    // Before the record's date the target was not met yet.
    expect(
      (await admin.plan.status.query({ id: 'lc2228', asOf: '2017-05-31' })).results.find((r) => r.targetId === target)!
        .value,
    ).toBe(0);
    // Missing communes come with their names.
    const coverage = after.results.find((r) => r.targetId === 'lc2228-t-2017-leaflets-coverage')!;
    expect(coverage.missing.length).toBeGreaterThan(0);
    expect(after.areaNames[coverage.missing[0]!]).toMatch(/^(Xã|Phường|Thị trấn) /);
    // The district plan sees its own record.
    const child = await phongTho.plan.status.query({ id: 'lc2228-109', asOf: '2018-12-31' });
    expect(child.results.find((r) => r.targetId === 'lc2228-109-t-2017-session-phong-tho')).toMatchObject({
      status: 'achieved',
    });
  });

  it('plan.status: roles and bad input', async () => {
    expect((await viewer.plan.status.query({ id: 'lc2228' })).asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await apiError(adminTv.plan.status.query({ id: 'lc2228' }))).httpStatus).toBe(404);
    expect((await apiError(anonymous.plan.status.query({ id: 'lc2228' }))).httpStatus).toBe(401);
    expect(await apiError(admin.plan.status.query({ id: 'lc2228', asOf: '2018-02-30' }))).toMatchObject({
      httpStatus: 400,
      fields: [expect.objectContaining({ path: 'asOf' })],
    });
    expect((await apiError(admin.plan.status.query({ id: 'no-such-plan' }))).httpStatus).toBe(404);
  });
});

describe('dashboard', () => {
  it('by area, by component, over time and the coverage grid, for readers of the plan', async () => {
    const asOf = '2018-12-31';
    const byArea = await viewer.dashboard.byArea.query({ planId: 'lc2228', asOf, level: 'district' });
    expect(byArea.rows).toHaveLength(8);
    expect(byArea.rows.find((r) => r.code === '109')!.records).toBeGreaterThanOrEqual(1);
    const byComponent = await viewer.dashboard.byComponent.query({ planId: 'lc2228', asOf });
    expect(byComponent.components.map((c) => c.componentId)).toEqual(
      expect.arrayContaining(['lc2228-c1', 'lc2228-c2']),
    );
    const overTime = await viewer.dashboard.overTime.query({ planId: 'lc2228', every: 'quarter' });
    expect(overTime.buckets[0]!.label).toBe('2016-Q4');
    expect(overTime.series).toHaveLength(laiChau2228.targets!.length);
    const grid = await viewer.dashboard.coverageGrid.query({ planId: 'lc2228', asOf });
    expect(grid).toMatchObject({ targetId: 'lc2228-t-2017-leaflets-coverage', level: 'commune', total: 108 });
    expect(grid.cells[0]!.name).toBeTruthy();
    expect(
      await apiError(viewer.dashboard.coverageGrid.query({ planId: 'lc2228', targetId: 'no-such-target' })),
    ).toMatchObject({ httpStatus: 400, fields: [expect.objectContaining({ path: 'targetId' })] });
    expect(
      await apiError(viewer.dashboard.overTime.query({ planId: 'lc2228', from: '2018-01-01', to: '2017-01-01' })),
    ).toMatchObject({ httpStatus: 400 });
    expect((await apiError(adminTv.dashboard.byArea.query({ planId: 'lc2228', level: 'commune' }))).httpStatus).toBe(
      404,
    );
    expect((await apiError(anonymous.dashboard.byComponent.query({ planId: 'lc2228' }))).httpStatus).toBe(401);
  });
});
