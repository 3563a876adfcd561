import { PlanSchema } from '@pcmbn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';

/** The reason the 01/07/2025 structure is seeded: a plan and its records in today's communes, with no district. */

let t: AuthTestApi;
let admin: ApiClient; // province_admin of Vĩnh Long (86), which Trà Vinh is part of since 01/07/2025

const plan = PlanSchema.parse({
  id: 'vl-2026',
  code: '12/KH-UBND',
  title: 'Kế hoạch truyền thông phòng, chống mua bán người năm 2026',
  issuer: 'Ủy ban nhân dân tỉnh Vĩnh Long',
  issuedOn: '2026-01-05',
  provinceCode: '86',
  areaStructure: '2025-07-01',
  period: { from: '2026-01-05', to: '2026-12-31' },
  components: [
    { id: 'vl-2026-c1', title: 'Truyền thông tại cộng đồng', leadAgencyId: 'vl-hlhpn', cooperatingAgencyIds: [] },
  ],
  activities: [
    {
      id: 'vl-2026-a-1',
      componentId: 'vl-2026-c1',
      type: 'community_event',
      title: 'Nói chuyện chuyên đề tại ấp, khóm',
      period: { from: '2026-01-05', to: '2026-12-31' },
    },
  ],
});

beforeAll(async () => {
  t = await startAuthTestApi();
  admin = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '86' })).email)).api;
});
afterAll(() => t.close());

describe('a 2026 plan on the 01/07/2025 structure', () => {
  it('is created, published and takes a record in a ward of former Trà Vinh, now in Vĩnh Long', async () => {
    const created = await admin.plan.create.mutate({ document: plan });
    await admin.plan.publish.mutate({ id: created.id, version: created.version });
    const record = await admin.record.create.mutate({
      planId: 'vl-2026',
      activityId: 'vl-2026-a-1',
      date: '2026-03-10',
      areaCode: '29242',
      quantity: 1,
    });
    expect(record).toMatchObject({ areaName: 'Phường Trà Vinh', status: 'draft' });
  });

  it("refuses a code of the plans' old structures that is no unit of 01/07/2025 (Phường 2 of 2018)", async () => {
    const error = await apiError(
      admin.record.create.mutate({
        planId: 'vl-2026',
        activityId: 'vl-2026-a-1',
        date: '2026-03-10',
        areaCode: '29245',
        quantity: 1,
      }),
    );
    expect(error.fields[0]?.path).toBe('areaCode');
  });
});
