import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlanSchema } from '@pcmbn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import { planFromRow, planToRow } from '../db/mappers.js';

/**
 * Issue 14 item 6 through the API with the seeded units and links: a Trà Vinh plan on the 2018 list running
 * 2025-01-02 to 2026-12-31 is carried onto the 01/07/2025 structure; a record entered at Phường Long Đức of Vĩnh
 * Long after the date counts toward its target on Thành phố Trà Vinh, beside a record of the old Phường 4 before.
 */
let t: AuthTestApi;
let admin: Awaited<ReturnType<typeof signIn>>;
let reviewer: Awaited<ReturnType<typeof signIn>>;
let viewer: Awaited<ReturnType<typeof signIn>>;
const PLAN = 'tv-carry';
const PERIOD = { from: '2025-01-02', to: '2026-12-31' };

let uploadDir: string;

beforeAll(async () => {
  uploadDir = await mkdtemp(join(tmpdir(), 'pcmbn-carry-'));
  process.env.PCMBN_UPLOAD_DIR = uploadDir;
  t = await startAuthTestApi();
  const seed = planFromRow(await t.db.plan.findUniqueOrThrow({ where: { id: 'tv651' } }));
  const plan = PlanSchema.parse({
    ...seed,
    id: PLAN,
    code: '98/KH-UBND',
    period: PERIOD,
    activities: [],
    targets: [
      {
        id: 'tv-carry-t1',
        title: '2 buổi truyền thông tại thành phố Trà Vinh',
        kind: 'output_count',
        activityTypes: ['community_event'],
        minQuantity: 2,
        areaCodes: ['842'],
        period: PERIOD,
      },
    ],
    reporting: [],
  });
  await t.db.plan.create({ data: planToRow(plan) });
  admin = await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' })).email);
  reviewer = await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' })).email);
  viewer = await signIn(t, (await createUser(t.db, { role: 'viewer', scopeAreaCode: '84' })).email);
});
afterAll(async () => {
  await t.close();
  await rm(uploadDir, { recursive: true, force: true });
});

async function approved(input: { date: string; areaCode: string }) {
  const r = await admin.api.record.create.mutate({ planId: PLAN, type: 'community_event', quantity: 1, ...input });
  const s = await admin.api.record.submit.mutate({ id: r.id, version: r.version });
  await reviewer.api.record.approve.mutate({ id: s.id, version: s.version });
  return r;
}

describe('plan.carryPreview and plan.carry', () => {
  it('previews every commune → its Vĩnh Long unit, names the undecided ones, and refuses a viewer', async () => {
    const p = await admin.api.plan.carryPreview.query({ id: PLAN, from: '2025-07-01' });
    expect(p).toMatchObject({ provinceCode: '86', provinceName: 'Tỉnh Vĩnh Long', carried: null });
    const phuong4 = p.units.find((u) => u.code === '29236')!;
    expect(phuong4).toMatchObject({ name: 'Phường 4', parentName: 'Thành phố Trà Vinh', outcome: 'merged' });
    expect(phuong4.successors.map((s) => s.name)).toEqual(['Phường Long Đức']);
    expect(p.units.filter((u) => u.needsDecision).map((u) => u.name)).toEqual(
      expect.arrayContaining(['Phường 2', 'Phường 6']),
    );
    expect(p.targets[0]?.places[0]?.to.map((s) => s.name)).toContain('Phường Long Đức');
    expect((await apiError(viewer.api.plan.carryPreview.query({ id: PLAN, from: '2025-07-01' }))).httpStatus).toBe(403);
  });

  it('carries once the officer decides, audits it, and the target counts records of both structures', async () => {
    const before = await approved({ date: '2025-03-01', areaCode: '29236' });
    expect(before.areaName).toBe('Phường 4');
    const p = await admin.api.plan.carryPreview.query({ id: PLAN, from: '2025-07-01' });
    const undecided = await apiError(admin.api.plan.carry.mutate({ id: PLAN, version: p.version, from: '2025-07-01' }));
    expect(undecided).toMatchObject({ httpStatus: 400, appCode: 'PLAN_CARRY_UNDECIDED' });
    expect(undecided.messages.vi).toContain('Cần chọn đơn vị mới cho Phường 2 (mã 29245)');
    const decisions = Object.fromEntries(p.units.filter((u) => u.needsDecision).map((u) => [u.code, []]));
    const carried = await admin.api.plan.carry.mutate({ id: PLAN, version: p.version, from: '2025-07-01', decisions });
    expect(carried.warnings.map((w) => w.code)).not.toContain('structure.crosses_reform');
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'plan.carry', entityId: PLAN } });
    expect(audit.after).toMatchObject({ carry: { from: '2025-07-01', structure: '2025-07-01', provinceCode: '86' } });

    const after = await approved({ date: '2026-03-10', areaCode: '29263' });
    expect(after.areaName).toBe('Phường Long Đức');
    const row = await t.db.activityRecord.findUniqueOrThrow({ where: { id: after.id } });
    expect(row.areaStructure.toISOString().slice(0, 10)).toBe('2025-07-01');
    // Phường Hòa Thuận (29398, from Phường 5 of the city and Xã Hòa Thuận of Châu Thành) is read, approved and
    // named among the new units; it lies only partly in the city, so it does not count toward the city's target.
    const hoaThuan = await approved({ date: '2026-04-10', areaCode: '29398' });
    const got = await admin.api.record.get.query({ id: hoaThuan.id });
    expect(got).toMatchObject({ areaName: 'Phường Hòa Thuận', status: 'approved' });
    expect((await admin.api.record.get.query({ id: after.id })).areaName).toBe('Phường Long Đức');
    const status = await admin.api.plan.status.query({ id: PLAN, asOf: '2026-06-30' });
    expect(status.results[0]).toMatchObject({ targetId: 'tv-carry-t1', value: 2, status: 'achieved' });

    // After the date the old units are gone: Phường 4 is refused, naming Phường Long Đức.
    const gone = await apiError(
      admin.api.record.create.mutate({ planId: PLAN, type: 'leaflet', date: '2026-03-10', areaCode: '29236' }),
    );
    expect(gone.fields[0]?.path).toBe('areaCode');
  });
});

describe('record.import into a carried plan', () => {
  it('stores rows before the carry date at old units and rows after it at new ones', async () => {
    const csv = [
      'Ngày,Loại hoạt động,Địa bàn,Số lượng',
      '05/03/2025,leaflet,Phường 4,10',
      '01/05/2026,leaflet,Phường Long Đức,20',
    ].join('\n');
    const res = await fetch(`${t.server.url}/files/imports?name=carry.csv`, {
      method: 'POST',
      body: csv,
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(res.status).toBe(201);
    const { uploadId } = (await res.json()) as { uploadId: string };
    const preview = await admin.api.record.import.mutate({ planId: PLAN, uploadId, dryRun: true });
    expect(preview.errors).toEqual([]);
    expect(preview.preview.map((r) => r.areaName)).toEqual(['Phường 4', 'Phường Long Đức']);
    const done = await admin.api.record.import.mutate({ planId: PLAN, uploadId, dryRun: false });
    const rows = await t.db.activityRecord.findMany({ where: { importId: done.importId! }, orderBy: { date: 'asc' } });
    expect(rows.map((r) => `${r.areaCode}@${r.areaStructure.toISOString().slice(0, 10)}`)).toEqual([
      '29236@2018-04-06',
      '29263@2025-07-01',
    ]);
  });
});
