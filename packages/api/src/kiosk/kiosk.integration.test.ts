import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, freshIp, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import { createApiClient, type ApiClient } from '../client.js';

let t: AuthTestApi;
let admin: ApiClient;
let adminId: string;
let communeCode: string;
let otherDistrictCommune: string;

/** A client as the kiosk sees the API: anonymous, or with its device token. */
function kiosk(token?: string): ApiClient {
  return createApiClient(t.server.url, {
    headers: token ? { authorization: `Kiosk ${token}` } : {},
    forwardedFor: freshIp(),
  });
}

async function pairedKiosk(name = 'Nhà văn hóa'): Promise<{ token: string; id: string }> {
  const anon = kiosk();
  const { code, secret } = await anon.kiosk.requestPairing.mutate();
  const paired = await admin.kiosk.pair.mutate({ code, name, areaCode: communeCode });
  const status = await anon.kiosk.pairingStatus.mutate({ secret });
  if (status.status !== 'paired') throw new Error('not paired');
  return { token: status.token, id: paired.id };
}

beforeAll(async () => {
  t = await startAuthTestApi();
  const a = await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' });
  adminId = a.id;
  admin = (await signIn(t, a.email)).api;
  const communes = await t.db.area.findMany({
    where: { provinceCode: '84', level: 'commune' },
    orderBy: { code: 'asc' },
  });
  communeCode = communes[0]!.code;
  otherDistrictCommune = communes.find((c) => c.parentCode !== communes[0]!.parentCode)!.code;
});
afterAll(() => t.close());

describe('pairing', () => {
  it('gives a 6-symbol code and a secret; the token comes once, after an officer paired it', async () => {
    const anon = kiosk();
    const { code, secret, expiresAt } = await anon.kiosk.requestPairing.mutate();
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(await anon.kiosk.pairingStatus.mutate({ secret })).toMatchObject({ status: 'pending', code });

    const paired = await admin.kiosk.pair.mutate({
      code: `${code.slice(0, 3)}-${code.slice(3).toLowerCase()}`,
      name: 'Ki-ốt xã',
      areaCode: communeCode,
    });
    const status = await anon.kiosk.pairingStatus.mutate({ secret });
    expect(status.status).toBe('paired');
    const token = (status as { token: string }).token;
    // Once: the secret no longer works, and the code cannot be used again.
    expect(await anon.kiosk.pairingStatus.mutate({ secret })).toEqual({ status: 'expired' });
    expect((await apiError(admin.kiosk.pair.mutate({ code, name: 'again', areaCode: communeCode }))).appCode).toBe(
      'PAIRING_CODE_UNKNOWN',
    );

    const device = await t.db.kioskDevice.findUniqueOrThrow({ where: { id: paired.id } });
    expect(device).toMatchObject({
      status: 'active',
      pairingCode: null,
      areaCode: communeCode,
      provinceCode: '84',
      pairedById: adminId,
    });
    expect(device.tokenHash).not.toContain(token);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'kiosk.pair', entityId: paired.id } });
    expect(audit.userId).toBe(adminId);
    expect((await kiosk(token).kiosk.bundle.query({})).notModified).toBe(false);
  });

  it('refuses an expired code, and a pending secret is no device token', async () => {
    const anon = kiosk();
    const { code, secret } = await anon.kiosk.requestPairing.mutate();
    expect((await apiError(kiosk(secret).kiosk.bundle.query({}))).appCode).toBe('KIOSK_UNAUTHORIZED');
    await t.db.kioskDevice.update({
      where: { pairingCode: code },
      data: { pairingExpiresAt: new Date(Date.now() - 1000) },
    });
    expect(await anon.kiosk.pairingStatus.mutate({ secret })).toEqual({ status: 'expired' });
    expect((await apiError(admin.kiosk.pair.mutate({ code, name: 'late', areaCode: communeCode }))).appCode).toBe(
      'PAIRING_CODE_UNKNOWN',
    );
  });

  it('district officers pair only in their communes; other roles not at all', async () => {
    const anon = kiosk();
    const { code } = await anon.kiosk.requestPairing.mutate();
    const district = (
      await t.db.area.findUniqueOrThrow({
        where: {
          code_structure: {
            code: communeCode,
            structure: (await t.db.area.findFirstOrThrow({ where: { code: communeCode } })).structure,
          },
        },
      })
    ).parentCode!;
    const officer = (
      await signIn(t, (await createUser(t.db, { role: 'district_officer', scopeAreaCode: district })).email)
    ).api;
    expect(
      (await apiError(officer.kiosk.pair.mutate({ code, name: 'x', areaCode: otherDistrictCommune }))).httpStatus,
    ).toBe(403);
    const viewer = (await signIn(t, (await createUser(t.db, { role: 'viewer', scopeAreaCode: '84' })).email)).api;
    expect((await apiError(viewer.kiosk.pair.mutate({ code, name: 'x', areaCode: communeCode }))).httpStatus).toBe(403);
    const other = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' })).email))
      .api;
    expect((await apiError(other.kiosk.pair.mutate({ code, name: 'x', areaCode: communeCode }))).httpStatus).toBe(403);
    await officer.kiosk.pair.mutate({ code, name: 'Ki-ốt huyện', areaCode: communeCode });
  });

  it('a revoked token is refused', async () => {
    const { token, id } = await pairedKiosk();
    await kiosk(token).kiosk.heartbeat.mutate({ contentVersion: 1, appVersion: 'test' });
    expect(await admin.kiosk.revoke.mutate({ id })).toEqual({ id, status: 'revoked' });
    expect((await apiError(kiosk(token).kiosk.bundle.query({}))).appCode).toBe('KIOSK_UNAUTHORIZED');
    expect(
      (await apiError(kiosk(token).kiosk.heartbeat.mutate({ contentVersion: 1, appVersion: 'test' }))).httpStatus,
    ).toBe(401);
    expect((await apiError(kiosk().kiosk.bundle.query({}))).httpStatus).toBe(401);
  });
});

describe('bundle and heartbeat', () => {
  it('carries articles in three languages with 111 substituted, the 15-question quiz and today’s contacts', async () => {
    const { token } = await pairedKiosk();
    const res = await kiosk(token).kiosk.bundle.query({});
    if (res.notModified) throw new Error('expected a bundle');
    const b = res.bundle;
    expect(b.version).toBeGreaterThanOrEqual(1);
    expect(b.hotline?.number).toBe('111');
    expect(b.emergency.map((c) => c.number)).toEqual(expect.arrayContaining(['113', '114', '115']));
    expect(new Set(b.articles.map((a) => a.lang))).toEqual(new Set(['vi', 'en', 'km']));
    const help = b.articles.find((a) => a.slug === 'goi-tro-giup' && a.lang === 'vi')!;
    expect(help.html).toContain('111');
    expect(help.html).not.toMatch(/\{\{|18001567|<script/);
    expect(b.quiz.map((q) => q.lang).sort()).toEqual(['en', 'km', 'vi']);
    for (const q of b.quiz) expect(q.questions).toHaveLength(15);
    expect(JSON.stringify(b.quiz)).not.toContain('{{hotline}}');
    expect(b.kiosk.province).toMatch(/Trà Vinh/);

    // Same content → not modified; a publish bumps the version and the etag.
    expect(await kiosk(token).kiosk.bundle.query({ etag: b.etag })).toEqual({ notModified: true, version: b.version });
    await t.db.contentRelease.update({ where: { scope: 'all' }, data: { version: { increment: 1 } } });
    const next = await kiosk(token).kiosk.bundle.query({ etag: b.etag });
    expect(next.notModified).toBe(false);
    if (!next.notModified) expect(next.bundle.version).toBe(b.version + 1);
  });

  it('heartbeat records time and versions; the list shows the kiosk online with its commune', async () => {
    const { token, id } = await pairedKiosk('Ki-ốt nhịp tim');
    const beat = await kiosk(token).kiosk.heartbeat.mutate({ contentVersion: 3, appVersion: '0.1.0' });
    expect(beat.contentVersion).toBeGreaterThanOrEqual(1);
    const list = await admin.kiosk.list.query();
    const row = list.devices.find((d) => d.id === id)!;
    expect(row).toMatchObject({
      online: true,
      contentVersion: 3,
      appVersion: '0.1.0',
      status: 'active',
      areaCode: communeCode,
    });
    expect(row.lastHeartbeatAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    await t.db.kioskDevice.update({ where: { id }, data: { lastHeartbeatAt: new Date(Date.now() - 11 * 60_000) } });
    expect((await admin.kiosk.list.query()).devices.find((d) => d.id === id)!.online).toBe(false);
    // Other provinces do not see it.
    const other = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' })).email))
      .api;
    expect((await other.kiosk.list.query()).devices.some((d) => d.id === id)).toBe(false);
  });
});

describe('usage', () => {
  const events = (n: number, at = new Date()) =>
    Array.from({ length: n }, (_, i) => ({
      idempotencyKey: randomUUID(),
      kind: (['session', 'page_view', 'quiz_completed'] as const)[i % 3]!,
      // Within the few minutes since the kiosk was paired (earlier usage is refused).
      occurredAt: new Date(at.getTime() - i * 100).toISOString(),
    }));

  it('stores 1,000 events exactly once: sent twice, and again in shuffled overlapping batches', async () => {
    const { token, id } = await pairedKiosk('Ki-ốt 1000');
    const api = kiosk(token);
    const all = events(1000);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < all.length; i += 500) await api.kiosk.usage.mutate({ events: all.slice(i, i + 500) });
    }
    const shuffled = [...all].sort(() => Math.random() - 0.5);
    const batches: (typeof all)[] = [];
    for (let i = 0; i < shuffled.length; i += 300) batches.push(shuffled.slice(Math.max(0, i - 100), i + 300));
    const results = await Promise.all(batches.map((b) => api.kiosk.usage.mutate({ events: b })));
    expect(results.every((r) => r.accepted.length === 0)).toBe(true);
    expect(await t.db.kioskUsageEvent.count({ where: { deviceId: id } })).toBe(1000);

    const first = await api.kiosk.usage.mutate({ events: [...events(3), all[0]!] });
    expect(first.accepted).toHaveLength(3);
    expect(first.known).toEqual([all[0]!.idempotencyKey]);
  });

  it('refuses personal data and oversized batches', async () => {
    const { token } = await pairedKiosk();
    const bad = await apiError(
      kiosk(token).kiosk.usage.mutate({ events: [{ ...events(1)[0]!, data: { name: 'Nguyễn Văn A' } as never }] }),
    );
    expect(bad.appCode).toBe('INVALID_INPUT');
    expect((await apiError(kiosk(token).kiosk.usage.mutate({ events: events(501) }))).appCode).toBe('INVALID_INPUT');
  });

  it('approveUsage asks for approval, another admin approves: one kiosk_interactions record per device, month and plan', async () => {
    const { token, id } = await pairedKiosk('Ki-ốt minh chứng');
    const now = new Date();
    const month = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 7);
    const [y, m] = month.split('-').map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    await kiosk(token).kiosk.usage.mutate({ events: events(9, now) });
    const plan = await t.db.plan.findFirstOrThrow({ where: { provinceCode: '84' } });
    const other = await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' });
    const approver = (await signIn(t, other.email)).api;
    const first = await admin.kiosk.approveUsage.mutate({ deviceId: id, month, planId: plan.id });
    expect(first).toMatchObject({ created: true, status: 'submitted', quantity: 3, date: lastDay });
    // Waiting for a second admin, the month reads as submitted, not approved.
    expect((await admin.kiosk.usageByMonth.query({ id, year: y }))[0]?.approvals).toEqual([
      { planId: plan.id, recordId: first.recordId, quantity: 3, status: 'submitted' },
    ]);
    const approved = await approver.kiosk.approveUsage.mutate({ deviceId: id, month, planId: plan.id });
    const again = await approver.kiosk.approveUsage.mutate({ deviceId: id, month, planId: plan.id });
    expect(approved).toMatchObject({ created: false, status: 'approved', recordId: first.recordId });
    expect(again).toMatchObject({ created: false, status: 'approved', recordId: first.recordId });
    const records = await t.db.activityRecord.findMany({
      where: { type: 'kiosk_interactions', planId: plan.id, areaCode: communeCode },
    });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 'approved', quantity: 3, approvedById: other.id, reached: null });
    expect(await t.db.kioskUsageEvent.count({ where: { deviceId: id, recordId: first.recordId } })).toBe(9);

    const byMonth = await admin.kiosk.usageByMonth.query({ id, year: y });
    expect(byMonth).toEqual([
      expect.objectContaining({
        month,
        sessions: 3,
        pageViews: 3,
        quizzesCompleted: 3,
        approvals: [{ planId: plan.id, recordId: first.recordId, quantity: 3, status: 'approved' }],
      }),
    ]);
    const laiChau = await t.db.plan.findFirstOrThrow({ where: { provinceCode: '12' } });
    expect(
      (await apiError(admin.kiosk.approveUsage.mutate({ deviceId: id, month, planId: laiChau.id }))).httpStatus,
    ).toBe(403);
    expect(
      (await apiError(admin.kiosk.approveUsage.mutate({ deviceId: id, month: '2026-09', planId: plan.id }))).appCode,
    ).toBe('KIOSK_NO_USAGE');
  });
});
