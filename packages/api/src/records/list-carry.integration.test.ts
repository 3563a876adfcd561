import { PlanSchema } from '@pcmbn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import { planFromRow, planToRow } from '../db/mappers.js';

/**
 * Issue 14 (done when: "a record entered in a new Vĩnh Long ward counts"): record.list's area filter reads a carried
 * plan's old units over the new ones. Thành phố Trà Vinh (842) finds the record at Phường Long Đức (29263 of
 * 01/07/2025) beside the one at Phường 4 before the carry; so does a district officer of the city, by scope.
 */
let t: AuthTestApi;
let admin: Awaited<ReturnType<typeof signIn>>;
let city: Awaited<ReturnType<typeof signIn>>;
const PLAN = 'tv-carry-list';
const PERIOD = { from: '2025-01-02', to: '2026-12-31' };
const ids: Record<'before' | 'after', string> = { before: '', after: '' };

beforeAll(async () => {
  t = await startAuthTestApi();
  const seed = planFromRow(await t.db.plan.findUniqueOrThrow({ where: { id: 'tv651' } }));
  const plan = PlanSchema.parse({
    ...seed,
    id: PLAN,
    code: '99/KH-UBND',
    period: PERIOD,
    activities: [],
    targets: [],
    reporting: [],
  });
  await t.db.plan.create({ data: planToRow(plan) });
  admin = await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' })).email);
  city = await signIn(t, (await createUser(t.db, { role: 'district_officer', scopeAreaCode: '842' })).email);
  ids.before = (
    await admin.api.record.create.mutate({ planId: PLAN, type: 'leaflet', date: '2025-03-01', areaCode: '29236' })
  ).id;
  const p = await admin.api.plan.carryPreview.query({ id: PLAN, from: '2025-07-01' });
  const decisions = Object.fromEntries(p.units.filter((u) => u.needsDecision).map((u) => [u.code, []]));
  await admin.api.plan.carry.mutate({ id: PLAN, version: p.version, from: '2025-07-01', decisions });
  ids.after = (
    await admin.api.record.create.mutate({ planId: PLAN, type: 'leaflet', date: '2026-03-10', areaCode: '29263' })
  ).id;
});
afterAll(async () => {
  await t.close();
});

const found = async (api: typeof admin.api, areaCode?: string) =>
  (
    await api.record.list.query({ planId: PLAN, ...(areaCode ? { areaCode } : {}), sort: 'date', order: 'asc' })
  ).items.map((i) => `${i.date} ${i.areaName}`);

describe('record.list over a carried plan', () => {
  it('the old city finds the records at its new ward after the carry', async () => {
    expect(await found(admin.api, '842')).toEqual(['2025-03-01 Phường 4', '2026-03-10 Phường Long Đức']);
    expect(await found(admin.api, '84')).toEqual(['2025-03-01 Phường 4', '2026-03-10 Phường Long Đức']);
  });

  it('an old commune finds what it went into; the new ward finds its own records', async () => {
    expect(await found(admin.api, '29236')).toEqual(['2025-03-01 Phường 4', '2026-03-10 Phường Long Đức']);
    // 29263 is also the 2018 Xã Long Đức, which went into Phường Long Đức too: both readings agree here.
    expect(await found(admin.api, '29263')).toContain('2026-03-10 Phường Long Đức');
    // Another city commune (Phường 1, 29239) went into Phường Trà Vinh: nothing of Long Đức.
    expect(await found(admin.api, '29239')).toEqual([]);
  });

  it("a district officer of the city sees the new ward's record by scope", async () => {
    expect(await found(city.api)).toEqual(['2025-03-01 Phường 4', '2026-03-10 Phường Long Đức']);
  });
});
