import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, freshIp, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import { createApiClient, type ApiClient } from '../client.js';
import { toDbDate } from '../db/dates.js';

/**
 * Issue 12, items 11, 15 and 17: each test performs the attack against a real server and database.
 * Lai Châu 2228 (2016 structure): 106 Huyện Tam Đường (03394 Xã Thèn Sin), 109 Huyện Phong Thổ (03549).
 */
const PLAN = 'lc2228';
const STRUCTURE = '2016-11-09';
const MISSING_ID = '00000000-0000-0000-0000-000000000000';

let t: AuthTestApi;
let adminLc: ApiClient;
let adminTv: ApiClient;
let officer106: ApiClient;
let officer107: ApiClient;
let officer106Token: string;

beforeAll(async () => {
  t = await startAuthTestApi();
  adminLc = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' })).email)).api;
  adminTv = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' })).email)).api;
  const o106 = await signIn(
    t,
    // Of the focal department, whose report consolidates every record: what it holds depends on the reader only.
    (await createUser(t.db, { role: 'district_officer', scopeAreaCode: '106', agencyId: 'lc-sldtbxh' })).email,
  );
  officer106 = o106.api;
  officer106Token = o106.token;
  officer107 = (await signIn(t, (await createUser(t.db, { role: 'district_officer', scopeAreaCode: '107' })).email))
    .api;
});
afterAll(() => t.close());

describe('item 11: a report holds only what its caller may read', () => {
  beforeAll(async () => {
    const structure = toDbDate(STRUCTURE);
    const approved = { planId: PLAN, type: 'community_event', areaStructure: structure, status: 'approved' } as const;
    await t.db.activityRecord.createMany({
      data: [
        { ...approved, date: toDbDate('2017-05-10'), areaCode: '03394', quantity: 1, reached: { total: 123 } },
        { ...approved, date: toDbDate('2017-06-11'), areaCode: '03549', quantity: 1, reached: { total: 98765 } },
      ],
    });
  });
  // The receiving department's consolidated report (a group such as lc-so-nganh gets no document, issue 13).
  const key = { planId: PLAN, ruleId: 'lc2228-r-yearly', period: '2017', agencyId: 'lc-sldtbxh' };

  async function sheets(api: ApiClient) {
    const file = await api.report.generate.mutate({ ...key, format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    // Names, not codes (issue 13.6): the area column of each sheet.
    const codes = (name: string, column: number) => {
      const sheet = wb.getWorksheet(name)!;
      const out: string[] = [];
      sheet.eachRow((row, n) => void (n > 2 && out.push(row.getCell(column).text)));
      return out.sort();
    };
    return { results: codes('Kết quả', 4), activities: codes('Hoạt động', 2) };
  }

  it('XLSX: the district officer of 106 gets the records of its communes only; the province admin all', async () => {
    const mine = await sheets(officer106);
    expect(mine.results).toEqual(['Xã Thèn Sin']);
    expect(mine.activities).toEqual(['Xã Thèn Sin']);
    const all = await sheets(adminLc);
    expect(all.results).toEqual(['Thị trấn Phong Thổ', 'Xã Thèn Sin']);
  });

  it('DOCX: no figure of another district reaches the district officer', async () => {
    const text = async (api: ApiClient) => {
      const file = await api.report.generate.mutate({ ...key, format: 'docx' });
      return strFromU8(unzipSync(Buffer.from(file.base64, 'base64'))['word/document.xml']!);
    };
    const figures = /98[.,]?765|98[.,]?888/;
    expect(await text(adminLc)).toMatch(figures);
    expect(await text(officer106)).not.toMatch(figures);
  });
});

describe('item 15: a session that must change its password reaches nothing else', () => {
  it('plan.list, plan.get and the other signed-in reads answer PASSWORD_CHANGE_REQUIRED; auth.me still works', async () => {
    const u = await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12', mustChangePassword: true });
    const { api } = await signIn(t, u.email);
    expect((await api.auth.me.query()).mustChangePassword).toBe(true);
    for (const call of [
      () => api.plan.list.query({}),
      () => api.plan.get.query({ id: PLAN }),
      () => api.agency.list.query({}),
      () => api.record.list.query({}),
    ]) {
      expect(await apiError(call())).toMatchObject({ httpStatus: 403, appCode: 'PASSWORD_CHANGE_REQUIRED' });
    }
  });
});

describe('item 17', () => {
  let plan106: string;
  let plan109: string;
  beforeAll(async () => {
    plan106 = (await adminLc.plan.deriveDistrict.mutate({ id: PLAN, districtCode: '106' })).id;
    plan109 = (await adminLc.plan.deriveDistrict.mutate({ id: PLAN, districtCode: '109' })).id;
  });

  it('(a) plan.get lists only the child plans the caller may read', async () => {
    const children = (await officer106.plan.get.query({ id: PLAN })).children.map((c) => c.id);
    expect(children).toEqual([plan106]);
    const all = (await adminLc.plan.get.query({ id: PLAN })).children.map((c) => c.id);
    expect(all.sort()).toEqual([plan106, plan109].sort());
  });

  it('(b) what the caller may not read answers as a missing id would: records, plans, reports, users', async () => {
    const same = async (denied: Promise<unknown>, missing: Promise<unknown>) => {
      const [a, b] = [await apiError(denied), await apiError(missing)];
      expect({ httpStatus: a.httpStatus, appCode: a.appCode }).toEqual({ httpStatus: 404, appCode: 'NOT_FOUND' });
      expect({ httpStatus: b.httpStatus, appCode: b.appCode }).toEqual({ httpStatus: 404, appCode: 'NOT_FOUND' });
    };
    const r = await officer106.record.create.mutate({
      planId: PLAN,
      activityId: 'lc2228-a-2017-2-1-3',
      date: '2017-05-10',
      areaCode: '03394',
      quantity: 1,
    });
    await same(officer107.record.get.query({ id: r.id }), officer107.record.get.query({ id: MISSING_ID }));
    await same(
      officer107.record.submit.mutate({ id: r.id, version: r.version }),
      officer107.record.submit.mutate({ id: MISSING_ID, version: 1 }),
    );
    await same(
      officer107.record.update.mutate({
        id: r.id,
        version: r.version,
        activityId: r.activityId!,
        date: r.date,
        areaCode: r.areaCode,
        quantity: 2,
      }),
      officer107.record.update.mutate({
        id: MISSING_ID,
        version: 1,
        activityId: r.activityId!,
        date: r.date,
        areaCode: r.areaCode,
        quantity: 2,
      }),
    );
    await same(officer106.plan.get.query({ id: plan109 }), officer106.plan.get.query({ id: 'no-such-plan' }));
    await same(officer106.plan.status.query({ id: plan109 }), officer106.plan.status.query({ id: 'no-such-plan' }));
    await same(
      officer106.report.due.query({ planId: plan109 }),
      officer106.report.due.query({ planId: 'no-such-plan' }),
    );
    const lcUser = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    await same(
      adminTv.user.resetPassword.mutate({ id: lcUser.id }),
      adminTv.user.resetPassword.mutate({ id: MISSING_ID }),
    );
  });

  it('(c) a Trà Vinh admin cannot tie an account to a Lai Châu agency', async () => {
    const before = await t.db.user.count();
    const denied = await apiError(
      adminTv.user.create.mutate({
        email: 'spy@test.local',
        displayName: 'Spy',
        role: 'agency_officer',
        scopeAreaCode: '84',
        agencyId: 'lc-so-nganh',
      }),
    );
    expect(denied).toMatchObject({ httpStatus: 400, appCode: 'INVALID_INPUT' });
    expect(denied.fields[0]?.path).toBe('agencyId');
    expect(await t.db.user.count()).toBe(before);
    const mine = await adminTv.user.create.mutate({
      email: 'tv-officer@test.local',
      displayName: 'TV',
      role: 'agency_officer',
      scopeAreaCode: '84',
      agencyId: 'tv-hlhpn',
    });
    expect(mine.user.agencyId).toBe('tv-hlhpn');
    expect(
      (await apiError(adminTv.user.update.mutate({ id: mine.user.id, agencyId: 'lc-so-nganh' }))).fields[0]?.path,
    ).toBe('agencyId');
  });

  it('(d) a district officer cannot file a record under another province’s agency', async () => {
    const before = await t.db.activityRecord.count();
    const denied = await apiError(
      officer106.record.create.mutate({
        planId: PLAN,
        activityId: 'lc2228-a-2017-2-1-3',
        date: '2017-05-10',
        areaCode: '03394',
        quantity: 1,
        agencyId: 'tv-hlhpn',
      }),
    );
    expect(denied).toMatchObject({ httpStatus: 400, appCode: 'INVALID_INPUT' });
    expect(denied.fields[0]?.path).toBe('agencyId');
    expect(await t.db.activityRecord.count()).toBe(before);
  });

  it('(e) a province admin does not see the failed sign-ins of other provinces', async () => {
    const tvUser = await createUser(t.db, { role: 'viewer', scopeAreaCode: '84' });
    const anon = createApiClient(t.server.url, { forwardedFor: freshIp() });
    await apiError(anon.auth.login.mutate({ email: tvUser.email, password: 'wrong password 123' }));
    await apiError(anon.auth.login.mutate({ email: 'nobody-at-tra-vinh@test.local', password: 'wrong password 123' }));
    const failures = await adminLc.audit.list.query({ action: 'auth.login', pageSize: 200 });
    expect(failures.items.filter((i) => i.action.startsWith('auth.login.'))).toEqual([]);
    const tv = await adminTv.audit.list.query({ action: 'auth.login.failed', pageSize: 200 });
    expect(tv.items.map((i) => i.userId)).toContain(tvUser.id);
  });

  it('(f) kiosk.pair is throttled per user and per address', async () => {
    const attempt = (api: ApiClient, n: number) =>
      apiError(api.kiosk.pair.mutate({ code: `ZZ${n}`, name: 'K', areaCode: '03394' }));
    // One user, a new address every time: the user's bucket runs dry.
    const codes: string[] = [];
    for (let i = 0; i < 15; i++) {
      const api = createApiClient(t.server.url, { token: officer106Token, forwardedFor: freshIp() });
      codes.push((await attempt(api, i)).appCode);
    }
    expect(codes).toContain('RATE_LIMITED');
    // Several users behind one address: the address's bucket runs dry.
    const ip = freshIp();
    const seen: string[] = [];
    for (let u = 0; u < 4; u++) {
      const email = (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' })).email;
      const { api } = await signIn(t, email, undefined, ip);
      for (let i = 0; i < 8; i++) seen.push((await attempt(api, i)).appCode);
    }
    expect(seen.slice(0, 8)).not.toContain('RATE_LIMITED');
    expect(seen).toContain('RATE_LIMITED');
  });
});
