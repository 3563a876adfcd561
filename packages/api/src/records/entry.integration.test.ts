import { PlanSchema } from '@pcmbn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import { planFromRow, planToRow } from '../db/mappers.js';

/**
 * Issue 14 item 6, entry side, through the API with the seeded units and succession links: "a Trà Vinh plan on the
 * 2018 unit list running 2025-01-02 to 2026-12-31"; a 2026 record at Phường 4 (29236) and at 29263 (Phường Long
 * Đức since 01/07/2025, not the 2018 Xã Long Đức).
 */
let t: AuthTestApi;
let admin: Awaited<ReturnType<typeof signIn>>;
const PLAN = 'tv-2025-2026';

beforeAll(async () => {
  t = await startAuthTestApi();
  const seed = planFromRow(await t.db.plan.findUniqueOrThrow({ where: { id: 'tv651' } }));
  const plan = PlanSchema.parse({
    ...seed,
    id: PLAN,
    code: '99/KH-UBND',
    period: { from: '2025-01-02', to: '2026-12-31' },
    activities: [],
    targets: [],
    reporting: [],
  });
  await t.db.plan.create({ data: planToRow(plan) });
  const u = await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' });
  admin = await signIn(t, u.email);
});
afterAll(() => t.close());

const entry = { planId: PLAN, type: 'leaflet' as const, quantity: 100 };

describe('record entry across the 01/07/2025 reform', () => {
  it('refuses a 2026 record at Phường 4 (29236), naming Phường Long Đức', async () => {
    const e = await apiError(admin.api.record.create.mutate({ ...entry, date: '2026-03-10', areaCode: '29236' }));
    expect(e).toMatchObject({ httpStatus: 400, appCode: 'INVALID_INPUT' });
    expect(e.fields).toEqual([
      expect.objectContaining({
        path: 'areaCode',
        vi: expect.stringContaining(
          'Phường 4 (mã 29236, danh mục ngày 06/04/2018) không còn từ 01/07/2025; nay thuộc Phường Long Đức (mã 29263, Tỉnh Vĩnh Long).',
        ) as string,
      }),
    ]);
  });

  it('never stores 29263 dated after 01/07/2025 as the 2018 Xã Long Đức', async () => {
    const e = await apiError(admin.api.record.create.mutate({ ...entry, date: '2026-03-10', areaCode: '29263' }));
    expect(e.fields[0]?.vi).toContain('Mã 29263 từ 01/07/2025 là Phường Long Đức, không phải Xã Long Đức');
    expect(await t.db.activityRecord.count({ where: { planId: PLAN } })).toBe(0);
  });

  it('accepts the same units before the reform', async () => {
    const r = await admin.api.record.create.mutate({ ...entry, date: '2025-06-30', areaCode: '29236' });
    expect(r).toMatchObject({ areaName: 'Phường 4', status: 'draft' });
  });
});
