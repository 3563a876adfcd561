import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createUser, freshIp, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import { createApiClient, type ApiClient } from '../client.js';

/** The public answers' few seconds of memory, over real HTTP against the real database. */

let t: AuthTestApi;
let token: string;
let admin: ApiClient;

beforeAll(async () => {
  t = await startAuthTestApi({ publicCacheMs: 60_000 });
  token = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: null })).email)).token;
  admin = client(t, { token, ip: freshIp() });
});
afterAll(() => t.close());

const ARTICLE = { slug: 'goi-tro-giup', lang: 'vi' as const };
const title = async () => (await client(t, { ip: freshIp() }).public.article.query(ARTICLE)).title;
const PROGRESS = { provinceCode: '84', asOf: '2019-12-31' };
const progressPlans = async () =>
  (await client(t, { ip: freshIp() }).public.planProgress.query(PROGRESS)).plans.map((p) => p.id);

async function touchOtherArticle() {
  const other = (await admin.content.list.query({ kind: 'article', lang: 'vi' })).find(
    (item) => item.slug !== ARTICLE.slug,
  )!;
  await admin.content.update.mutate({ id: other.id, version: other.version, summary: `${other.summary ?? ''} ` });
}

/** A change behind the API's back that planProgress would show if it were computed again: the plan withdrawn. */
async function withdrawBehindTheApi(planId: string) {
  await t.db.plan.update({ where: { id: planId }, data: { status: 'draft' } });
}

describe('public answers kept in memory', () => {
  it('a change behind the API is not seen until a content mutation through the API drops content answers', async () => {
    const before = await title();
    await t.db.content.update({ where: { slug_lang: ARTICLE }, data: { title: 'Sửa thẳng trong cơ sở dữ liệu' } });
    // Answered from memory: the database was not asked again.
    expect(await title()).toBe(before);

    // A committed content change drops content answers; here an admin edits another article.
    await touchOtherArticle();
    expect(await title()).toBe('Sửa thẳng trong cơ sở dữ liệu');
  });

  it('a refused mutation leaves the cache as it was', async () => {
    const before = await title();
    await t.db.content.update({ where: { slug_lang: ARTICLE }, data: { title: 'Lần sửa thứ hai' } });
    await expect(admin.content.update.mutate({ id: 'khong-co', version: 1, title: 'x' })).rejects.toThrow();
    expect(await title()).toBe(before);
  });

  it('an article change does not drop progress figures; a record of the plan does', async () => {
    const plans = await progressPlans();
    expect(plans.length).toBeGreaterThan(0);
    const planId = plans[0]!;
    await withdrawBehindTheApi(planId);
    try {
      await touchOtherArticle();
      expect(await progressPlans()).toEqual(plans);

      // A record of that plan changes through the API: its figures are computed again.
      expect(planId).toBe('tv651');
      await admin.record.create.mutate({
        planId,
        type: 'leaflet',
        date: '2018-06-01',
        areaCode: '29242',
        quantity: 10,
      });
      expect(await progressPlans()).not.toContain(planId);
    } finally {
      await t.db.plan.update({ where: { id: planId }, data: { status: 'published' } });
    }
  });

  it('a kiosk heartbeat and a sign-in drop nothing and write no audit row', async () => {
    const before = await title();
    const communeCode = (await t.db.area.findFirstOrThrow({ where: { provinceCode: '84', level: 'commune' } })).code;
    const anon = createApiClient(t.server.url, { forwardedFor: freshIp() });
    const { code, secret } = await anon.kiosk.requestPairing.mutate();
    await admin.kiosk.pair.mutate({ code, name: 'Nhà văn hóa ấp 1', areaCode: communeCode });
    const status = await anon.kiosk.pairingStatus.mutate({ secret });
    if (status.status !== 'paired') throw new Error('not paired');
    const device = createApiClient(t.server.url, {
      headers: { authorization: `Kiosk ${status.token}` },
      forwardedFor: freshIp(),
    });
    // Pairing itself is a change the audit log keeps, and drops nothing public either.
    expect(await title()).toBe(before);

    await t.db.content.update({ where: { slug_lang: ARTICLE }, data: { title: 'Sau nhịp tim' } });
    const audits = await t.db.auditLog.count();
    await device.kiosk.heartbeat.mutate({ contentVersion: 1, appVersion: '0.1.0' });
    await signIn(t, (await createUser(t.db, { role: 'viewer', scopeAreaCode: '84' })).email);
    expect(await title()).toBe(before);
    // The heartbeat is telemetry: the kiosk's last-seen row, no audit row (a sign-in keeps its own).
    expect(await t.db.auditLog.count({ where: { action: 'kiosk.heartbeat' } })).toBe(0);
    const seen = await t.db.kioskDevice.findFirstOrThrow({ where: { name: 'Nhà văn hóa ấp 1' } });
    expect(seen.lastHeartbeatAt).not.toBeNull();
    expect(await t.db.auditLog.count()).toBeGreaterThanOrEqual(audits);
  });

  it('500 cached reads from one address all answer 200: a commune behind one NAT address is not refused', async () => {
    const oneAddress = client(t, { ip: '203.0.113.7' });
    await oneAddress.public.home.query({ lang: 'vi' });
    const answers = await Promise.allSettled(
      Array.from({ length: 500 }, () => oneAddress.public.home.query({ lang: 'vi' })),
    );
    expect(answers.filter((a) => a.status === 'rejected')).toEqual([]);
  });
});
