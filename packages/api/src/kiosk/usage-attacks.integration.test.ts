import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, freshIp, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import { createApiClient, type ApiClient } from '../client.js';

/**
 * Issue 12.9: a paired kiosk's token sent 500 events × count 1,000 dated 2017-06-15 for a device paired in 2026,
 * and one kiosk.approveUsage turned them into an approved record of 500,000. These tests replay it.
 */

let t: AuthTestApi;
let pairer: { id: string; api: ApiClient };
let second: { id: string; api: ApiClient };
let communeCode: string;

function kiosk(token?: string): ApiClient {
  return createApiClient(t.server.url, {
    headers: token ? { authorization: `Kiosk ${token}` } : {},
    forwardedFor: freshIp(),
  });
}

async function pairedKiosk(name: string): Promise<{ token: string; id: string }> {
  const anon = kiosk();
  const { code, secret } = await anon.kiosk.requestPairing.mutate();
  const paired = await pairer.api.kiosk.pair.mutate({ code, name, areaCode: communeCode });
  const status = await anon.kiosk.pairingStatus.mutate({ secret });
  if (status.status !== 'paired') throw new Error('not paired');
  return { token: status.token, id: paired.id };
}

const event = (kind: 'session' | 'page_view' | 'quiz_completed', at: Date, count = 1) => ({
  idempotencyKey: randomUUID(),
  kind,
  occurredAt: at.toISOString(),
  count,
});

async function user(role: 'province_admin' | 'district_officer', scopeAreaCode: string) {
  const u = await createUser(t.db, { role, scopeAreaCode });
  return { id: u.id, api: (await signIn(t, u.email)).api };
}

beforeAll(async () => {
  t = await startAuthTestApi();
  pairer = await user('province_admin', '84');
  second = await user('province_admin', '84');
  const commune = await t.db.area.findFirstOrThrow({
    where: { provinceCode: '84', level: 'commune' },
    orderBy: { code: 'asc' },
  });
  communeCode = commune.code;
});
afterAll(() => t.close());

describe('kiosk.usage refuses what no screen did', () => {
  it('500 events × 1,000 dated 2017 on a kiosk paired today: none stored', async () => {
    const { token, id } = await pairedKiosk('Ki-ốt giả mạo');
    const forged = Array.from({ length: 500 }, () => event('session', new Date('2017-06-15T03:00:00Z'), 1000));
    const r = await kiosk(token).kiosk.usage.mutate({ events: forged });
    expect(r.accepted).toEqual([]);
    expect(r.rejected).toHaveLength(500);
    expect(new Set(r.rejected.map((x) => x.code))).toEqual(new Set(['KIOSK_EVENT_BEFORE_PAIRING']));
    expect(await t.db.kioskUsageEvent.count({ where: { deviceId: id } })).toBe(0);
  });

  it('refuses future dates beyond a small clock skew, and counts above what a screen does in a minute', async () => {
    const { token, id } = await pairedKiosk('Ki-ốt đồng hồ');
    const now = Date.now();
    const future = event('session', new Date(now + 24 * 3600_000));
    const skewed = event('session', new Date(now + 2 * 60_000));
    const big = event('session', new Date(now), 1000);
    const r = await kiosk(token).kiosk.usage.mutate({ events: [future, skewed, big] });
    expect(r.accepted).toEqual([skewed.idempotencyKey]);
    expect(r.rejected).toEqual([
      { idempotencyKey: future.idempotencyKey, code: 'KIOSK_EVENT_IN_FUTURE' },
      { idempotencyKey: big.idempotencyKey, code: 'KIOSK_EVENT_COUNT_TOO_HIGH' },
    ]);
    expect(await t.db.kioskUsageEvent.count({ where: { deviceId: id } })).toBe(1);
  });

  it('caps a day at 1,440 sessions, across batches', async () => {
    const { token, id } = await pairedKiosk('Ki-ốt đông');
    const at = new Date();
    const api = kiosk(token);
    let accepted = 0;
    const codes: string[] = [];
    for (let batch = 0; batch < 3; batch++) {
      const r = await api.kiosk.usage.mutate({ events: Array.from({ length: 500 }, () => event('session', at)) });
      accepted += r.accepted.length;
      codes.push(...r.rejected.map((x) => x.code));
    }
    // Events dated at the very turn of a day in Vietnam could split across two days; `at` is "now", one day.
    expect(accepted).toBe(1440);
    expect(codes).toEqual(Array.from({ length: 60 }, () => 'KIOSK_EVENT_DAY_LIMIT'));
    expect(await t.db.kioskUsageEvent.count({ where: { deviceId: id } })).toBe(1440);
  });
});

describe('kiosk.approveUsage is four-eyes', () => {
  it('the first call asks for approval; neither who asked nor who paired the kiosk may approve; another admin does', async () => {
    const { token, id } = await pairedKiosk('Ki-ốt bốn mắt');
    const now = new Date();
    const month = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 7);
    await kiosk(token).kiosk.usage.mutate({ events: Array.from({ length: 5 }, () => event('session', now)) });
    const plan = await t.db.plan.findFirstOrThrow({ where: { provinceCode: '84' } });

    const asked = await pairer.api.kiosk.approveUsage.mutate({ deviceId: id, month, planId: plan.id });
    expect(asked).toMatchObject({ created: true, status: 'submitted', quantity: 5 });
    const stored = await t.db.activityRecord.findUniqueOrThrow({ where: { id: asked.recordId } });
    expect(stored).toMatchObject({ status: 'submitted', approvedById: null });

    // The same person again: refused (asked and paired).
    const self = await apiError(pairer.api.kiosk.approveUsage.mutate({ deviceId: id, month, planId: plan.id }));
    expect(self).toMatchObject({ httpStatus: 403, appCode: 'RECORD_FOUR_EYES' });
    expect(self.messages.vi).toMatch(/bốn mắt/);
    // Nor through the records' approval.
    const viaRecord = await apiError(pairer.api.record.approve.mutate({ id: asked.recordId, version: stored.version }));
    expect(viaRecord.httpStatus).toBe(403);

    const approved = await second.api.kiosk.approveUsage.mutate({ deviceId: id, month, planId: plan.id });
    expect(approved).toMatchObject({ recordId: asked.recordId, created: false, status: 'approved', quantity: 5 });
    expect(await t.db.activityRecord.findUniqueOrThrow({ where: { id: asked.recordId } })).toMatchObject({
      status: 'approved',
      approvedById: second.id,
      createdById: pairer.id,
    });
  });

  it('who paired the kiosk may not approve a month another admin asked for', async () => {
    const { token, id } = await pairedKiosk('Ki-ốt ghép nối');
    const now = new Date();
    const month = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 7);
    await kiosk(token).kiosk.usage.mutate({ events: [event('session', now)] });
    const plan = await t.db.plan.findFirstOrThrow({ where: { provinceCode: '84' } });
    const asked = await second.api.kiosk.approveUsage.mutate({ deviceId: id, month, planId: plan.id });
    expect(asked.status).toBe('submitted');
    const refused = await apiError(pairer.api.kiosk.approveUsage.mutate({ deviceId: id, month, planId: plan.id }));
    expect(refused).toMatchObject({ httpStatus: 403, appCode: 'RECORD_FOUR_EYES' });
    expect(refused.messages.vi).toMatch(/ghép nối ki-ốt/);
  });

  it('flags a day busier than a screen usually is, for the approving officer', async () => {
    const { token, id } = await pairedKiosk('Ki-ốt bất thường');
    const now = new Date();
    const month = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 7);
    const api = kiosk(token);
    for (let i = 0; i < 2; i++)
      await api.kiosk.usage.mutate({ events: Array.from({ length: 200 }, () => event('session', now)) });
    const plan = await t.db.plan.findFirstOrThrow({ where: { provinceCode: '84' } });
    const asked = await second.api.kiosk.approveUsage.mutate({ deviceId: id, month, planId: plan.id });
    expect(asked.flags).toEqual([expect.objectContaining({ sessions: 400, reason: 'busy_day' })]);
    const record = await t.db.activityRecord.findUniqueOrThrow({ where: { id: asked.recordId } });
    expect(record.note).toMatch(/cần kiểm tra/);
  });
});
