import { PlanSchema, type PlanInput } from '@pcmbn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';
import { toDbDate } from '../db/dates.js';

/**
 * Issue 12, item 1: a province may not link its plan into another province's plan. The attack as reported: Trà
 * Vinh's admin set `document.parentPlanId: "lc2228"` on its own plan (200), a Trà Vinh district officer's approved
 * leaflets (55,555) then counted in Lai Châu's plan.status, and plan.get lc2228 listed the Trà Vinh plan as a child.
 */

const TARGET = 'lc2228-t-2018-leaflets';
const ASOF = '2018-12-31';

let t: AuthTestApi;
let adminLc: ApiClient; // province_admin of Lai Châu (12)
let adminTv: ApiClient; // province_admin of Trà Vinh (84)
let adminTv2: ApiClient; // a second Trà Vinh admin (approves the officer's record)
let officerTv: ApiClient; // district_officer of Thành phố Trà Vinh (842)
let national: ApiClient; // province_admin without scope (every province)

const tvPlan = (id: string, overrides: Partial<PlanInput> = {}) =>
  PlanSchema.parse({
    id,
    code: '77/KH-UBND',
    title: 'Kế hoạch thử nghiệm của Trà Vinh',
    issuer: 'Ủy ban nhân dân tỉnh Trà Vinh',
    issuedOn: '2018-05-02',
    provinceCode: '84',
    areaStructure: '2018-04-06',
    period: { from: '2018-05-02', to: '2018-12-31' },
    ...overrides,
  });

const leaflets = async (api: ApiClient) =>
  (await api.plan.status.query({ id: 'lc2228', asOf: ASOF })).results.find((r) => r.targetId === TARGET)!.value;

beforeAll(async () => {
  t = await startAuthTestApi();
  const as = async (role: 'province_admin' | 'district_officer', scopeAreaCode: string | null) =>
    (await signIn(t, (await createUser(t.db, { role, scopeAreaCode })).email)).api;
  adminLc = await as('province_admin', '12');
  adminTv = await as('province_admin', '84');
  adminTv2 = await as('province_admin', '84');
  officerTv = await as('district_officer', '842');
  national = await as('province_admin', null);
}, 60_000);
afterAll(() => t.close());

describe('plan links never cross provinces', () => {
  it('refuses plan.update of a Trà Vinh plan naming Lai Châu’s plan as its parent, with a translated message', async () => {
    const before = await leaflets(adminLc);
    const got = await adminTv.plan.get.query({ id: 'tv651' });
    const error = await apiError(
      adminTv.plan.update.mutate({
        id: 'tv651',
        version: got.version,
        document: { ...got.plan, parentPlanId: 'lc2228' },
      }),
    );
    expect(error).toMatchObject({ httpStatus: 400, appCode: 'PLAN_PARENT_INVALID' });
    expect(error.fields).toEqual([expect.objectContaining({ path: 'document.parentPlanId' })]);
    expect(error.messages.vi).toMatch(/tỉnh khác/);
    expect(error.messages.en).toMatch(/another province/);
    expect((await t.db.plan.findUniqueOrThrow({ where: { id: 'tv651' } })).parentPlanId).toBeNull();

    // The rest of the reported attack: the officer's approved leaflets must not reach Lai Châu.
    const record = await officerTv.record.create.mutate({
      planId: 'tv651',
      type: 'leaflet',
      date: '2018-06-01',
      areaCode: '29242',
      quantity: 55_555,
    });
    await officerTv.record.submit.mutate({ id: record.id, version: record.version });
    await adminTv2.record.approve.mutate({ id: record.id, version: record.version + 1 });
    expect(await leaflets(adminLc)).toBe(before);
    expect((await adminLc.plan.get.query({ id: 'lc2228' })).children.map((c) => c.id)).not.toContain('tv651');
  });

  it('refuses plan.create with another province’s parent, even for an admin of every province', async () => {
    for (const api of [adminTv, national]) {
      const error = await apiError(
        api.plan.create.mutate({ document: tvPlan('tv-child-of-lc', { parentPlanId: 'lc2228' }) }),
      );
      expect(error).toMatchObject({ httpStatus: 400, appCode: 'PLAN_PARENT_INVALID' });
    }
    expect(await t.db.plan.count({ where: { id: 'tv-child-of-lc' } })).toBe(0);
  });

  it('refuses a parent the caller may not read, a plan as its own parent and a loop', async () => {
    // A Lai Châu draft the Trà Vinh admin cannot see: same answer as for a plan that does not exist (no probing).
    await adminLc.plan.create.mutate({
      document: PlanSchema.parse({
        ...tvPlan('lc-hidden'),
        provinceCode: '12',
        areaStructure: '2016-11-09',
        issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
      }),
    });
    const hidden = await apiError(
      adminTv.plan.create.mutate({ document: tvPlan('tv-child-hidden', { parentPlanId: 'lc-hidden' }) }),
    );
    const missing = await apiError(
      adminTv.plan.create.mutate({ document: tvPlan('tv-child-missing', { parentPlanId: 'no-such-plan' }) }),
    );
    expect(hidden.httpStatus).toBe(400);
    expect(hidden.messages.vi).toBe(missing.messages.vi.replace('no-such-plan', 'lc-hidden'));

    await adminTv.plan.create.mutate({ document: tvPlan('tv-a') });
    await adminTv.plan.create.mutate({ document: tvPlan('tv-b', { parentPlanId: 'tv-a' }) });
    const self = await apiError(
      adminTv.plan.update.mutate({ id: 'tv-a', version: 1, document: tvPlan('tv-a', { parentPlanId: 'tv-a' }) }),
    );
    expect(self).toMatchObject({
      httpStatus: 400,
      fields: [expect.objectContaining({ path: 'document.parentPlanId' })],
    });
    const loop = await apiError(
      adminTv.plan.update.mutate({ id: 'tv-a', version: 1, document: tvPlan('tv-a', { parentPlanId: 'tv-b' }) }),
    );
    expect(loop).toMatchObject({ httpStatus: 400, appCode: 'PLAN_PARENT_INVALID' });
    expect(loop.messages.vi).toMatch(/vòng/);
  });

  it('refuses an agency of another province in the document (national agencies are fine)', async () => {
    const doc = tvPlan('tv-foreign-agency', {
      components: [
        {
          id: 'tv-foreign-agency-c1',
          title: 'Nội dung',
          leadAgencyId: 'lc-sldtbxh',
          cooperatingAgencyIds: ['bo-ldtbxh'],
        },
      ],
    });
    const error = await apiError(adminTv.plan.create.mutate({ document: doc }));
    expect(error).toMatchObject({ httpStatus: 400, appCode: 'PLAN_INVALID' });
    expect(error.fields).toEqual([expect.objectContaining({ path: 'document.components.0.leadAgencyId' })]);
    expect(error.fields[0]!.vi).toMatch(/tỉnh khác/);
    const ok = tvPlan('tv-national-agency', {
      components: [
        {
          id: 'tv-national-agency-c1',
          title: 'Nội dung',
          leadAgencyId: 'tv-hlhpn',
          cooperatingAgencyIds: ['bo-ldtbxh'],
        },
      ],
    });
    expect((await adminTv.plan.create.mutate({ document: ok })).status).toBe('draft');
  });

  it('refuses areas of another province (Lai Châu communes in a Trà Vinh plan)', async () => {
    const doc = tvPlan('tv-foreign-area', {
      activities: [
        {
          id: 'tv-foreign-area-a1',
          type: 'leaflet',
          title: 'Phát tờ rơi',
          period: { from: '2018-05-02', to: '2018-12-31' },
          places: [{ name: 'Xã Thèn Sin', areaCode: '03394' }],
          leadAgencyId: 'tv-hlhpn',
          cooperatingAgencyIds: [],
        },
      ],
    });
    const error = await apiError(adminTv.plan.create.mutate({ document: doc }));
    expect(error).toMatchObject({ httpStatus: 400, appCode: 'PLAN_INVALID' });
    expect(error.fields[0]!.path).toBe('document.activities.0.places.0.areaCode');
  });

  it('a link stored before the check (or behind the API) is neither counted nor listed in the other province', async () => {
    const before = await leaflets(adminLc);
    const counted = (await national.plan.status.query({ id: 'lc2228', asOf: ASOF })).recordCount;
    await t.db.plan.create({
      data: {
        id: 'tv-legacy',
        code: '78/KH-UBND',
        title: 'Kế hoạch cũ của Trà Vinh gắn nhầm vào Lai Châu',
        provinceCode: '84',
        areaStructure: toDbDate('2018-04-06'),
        periodFrom: toDbDate('2018-05-02'),
        periodTo: toDbDate('2018-12-31'),
        status: 'published',
        parentPlanId: 'lc2228',
        document: { ...tvPlan('tv-legacy'), parentPlanId: 'lc2228' },
      },
    });
    await t.db.activityRecord.create({
      data: {
        planId: 'tv-legacy',
        type: 'leaflet',
        date: toDbDate('2018-06-01'),
        areaCode: '29242',
        areaStructure: toDbDate('2018-04-06'),
        quantity: 55_555,
        status: 'approved',
      },
    });
    expect(await leaflets(adminLc)).toBe(before);
    expect(await leaflets(national)).toBe(before);
    expect((await national.plan.get.query({ id: 'lc2228' })).children.map((c) => c.id)).not.toContain('tv-legacy');
    expect((await national.plan.list.query({ parentPlanId: 'lc2228' })).map((p) => p.id)).not.toContain('tv-legacy');
    expect((await national.plan.get.query({ id: 'tv-legacy' })).parent).toBeNull();
    expect((await national.plan.status.query({ id: 'lc2228', asOf: ASOF })).recordCount).toBe(counted);
  });

  it('a district plan of the same province still rolls up', async () => {
    const derived = await adminLc.plan.deriveDistrict.mutate({ id: 'lc2228', districtCode: '109' });
    expect((await adminLc.plan.get.query({ id: 'lc2228' })).children.map((c) => c.id)).toContain(derived.id);
    const before = await leaflets(adminLc);
    await t.db.activityRecord.create({
      data: {
        planId: derived.id,
        type: 'leaflet',
        date: toDbDate('2018-06-01'),
        areaCode: '03549',
        areaStructure: toDbDate('2016-11-09'),
        quantity: 100,
        status: 'approved',
      },
    });
    expect(await leaflets(adminLc)).toBe(before + 100);
  });
});
