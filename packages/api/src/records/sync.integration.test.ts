import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, client, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';
import { planFromRow, planToRow } from '../db/mappers.js';
import { PHOTO_CHUNK_BYTES } from './sync-schemas.js';

/**
 * The field app's sync (issue 19) through the API: a district officer of Huyện Mường Tè (107) syncing records of
 * Lai Châu 2228's 2018 border conferences (lc2228-a-2018-3-1-5) at Xã Mù Cả, Xã Ka Lăng and Xã Thu Lũm.
 */
const PLAN = 'lc2228';
const CONFERENCE = 'lc2228-a-2018-3-1-5';
const MU_CA = '03451';
const KA_LANG = '03439';
const DAO_SAN = '03571'; // Huyện Phong Thổ: outside the officer's district

let t: AuthTestApi;
let officer: { id: string; email: string };
let anon: ApiClient;
let credential: string;

const record = (fields: Record<string, unknown> = {}) => ({
  planId: PLAN,
  activityId: CONFERENCE,
  date: '2018-05-10',
  areaCode: MU_CA,
  quantity: 1,
  reached: { total: 80, women: 45 },
  note: 'Hội nghị tại nhà văn hóa bản',
  idempotencyKey: randomUUID(),
  ...fields,
});

async function issue(email: string): Promise<string> {
  const session = await signIn(t, email);
  return (await session.api.record.sync.issue.mutate()).token;
}

beforeAll(async () => {
  t = await startAuthTestApi();
  officer = await createUser(t.db, { role: 'district_officer', scopeAreaCode: '107' });
  anon = client(t);
  credential = await issue(officer.email);
});
afterAll(() => t.close());

describe('the credential', () => {
  it('is issued only to a signed-in officer who enters records', async () => {
    expect(await apiError(anon.record.sync.issue.mutate())).toMatchObject({ httpStatus: 401 });
    const viewer = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    expect(await apiError((await signIn(t, viewer.email)).api.record.sync.issue.mutate())).toMatchObject({
      httpStatus: 403,
      messages: { vi: expect.stringContaining('không dùng được ứng dụng thực địa') as string },
    });
  });

  it('is no session: it opens nothing outside record.sync', async () => {
    const asSession = client(t, { token: credential });
    expect(await apiError(asSession.auth.me.query())).toMatchObject({ httpStatus: 401 });
    expect(await apiError(asSession.record.list.query({}))).toMatchObject({ httpStatus: 401 });
  });
});

describe('bootstrap', () => {
  it('holds the officer’s plans, activities and only the communes of their district, versioned', async () => {
    const first = await anon.record.sync.bootstrap.mutate({ credential, since: null });
    if (first.unchanged) throw new Error('expected data');
    const plan = first.plans.find((p) => p.id === PLAN);
    expect(plan?.activities.map((a) => a.id)).toContain(CONFERENCE);
    const codes = plan?.communes.map((c) => c.code) ?? [];
    expect(codes).toEqual(expect.arrayContaining([MU_CA, KA_LANG, '03436']));
    expect(codes).not.toContain(DAO_SAN);
    expect(plan?.communes.find((c) => c.code === MU_CA)).toEqual({
      code: MU_CA,
      name: 'Xã Mù Cả',
      parentName: 'Huyện Mường Tè',
    });
    expect(first.idleDays).toBe(30);
    expect(await anon.record.sync.bootstrap.mutate({ credential, since: first.version })).toEqual({
      unchanged: true,
      version: first.version,
      idleDays: 30,
    });
  });
});

describe('push', () => {
  it('stores a record once however often its key is sent (also at the same time)', async () => {
    const r = record();
    const first = await anon.record.sync.push.mutate({ credential, deviceVersion: null, record: r });
    const again = await anon.record.sync.push.mutate({ credential, deviceVersion: null, record: r });
    expect(first).toMatchObject({ outcome: 'stored', replay: false });
    expect(again).toEqual({
      outcome: 'stored',
      recordId: first.outcome === 'stored' ? first.recordId : '',
      replay: true,
    });
    expect(await t.db.activityRecord.count({ where: { idempotencyKey: r.idempotencyKey } })).toBe(1);

    // Two tabs of the app (or a retry while the first try is still running) send one key at the same time: both
    // are answered with the one record, the later one as a replay — never an error that stops the device's sync.
    for (const [areaCode, date] of [
      [KA_LANG, '2018-05-11'],
      [MU_CA, '2018-05-12'],
      [KA_LANG, '2018-05-13'],
    ] as const) {
      const race = record({ areaCode, date });
      const both = await Promise.all(
        [1, 2].map(() => anon.record.sync.push.mutate({ credential, deviceVersion: null, record: race })),
      );
      expect(both.map((b) => (b.outcome === 'stored' ? b.replay : b.outcome)).sort()).toEqual([false, true]);
      expect(new Set(both.map((b) => (b.outcome === 'stored' ? b.recordId : '')))).toHaveLength(1);
      expect(await t.db.activityRecord.count({ where: { idempotencyKey: race.idempotencyKey } })).toBe(1);
    }

    const row = await t.db.activityRecord.findFirstOrThrow({ where: { idempotencyKey: r.idempotencyKey } });
    expect(row).toMatchObject({ status: 'draft', createdById: officer.id, areaCode: MU_CA, activityId: CONFERENCE });
    const audit = await t.db.auditLog.findMany({ where: { entityId: row.id } });
    expect(audit.map((a) => [a.action, a.userId])).toEqual([['record.sync.push', officer.id]]);
  });

  it('refuses with the reason, in Vietnamese and English, and stores nothing', async () => {
    const late = record({ date: '2019-01-03' });
    const refused = await anon.record.sync.push.mutate({ credential, deviceVersion: null, record: late });
    expect(refused).toMatchObject({
      outcome: 'refused',
      code: 'DATE_OUTSIDE_PLAN',
      vi: expect.stringContaining('03/01/2019 nằm ngoài thời gian thực hiện kế hoạch') as string,
      en: expect.stringContaining('lies outside the plan period') as string,
    });
    const outOfYear = await anon.record.sync.push.mutate({
      credential,
      deviceVersion: null,
      record: record({ date: '2017-12-20' }),
    });
    expect(outOfYear).toMatchObject({ outcome: 'refused', code: 'DATE_OUTSIDE_ACTIVITY' });

    const elsewhere = await anon.record.sync.push.mutate({
      credential,
      deviceVersion: null,
      record: record({ areaCode: DAO_SAN }),
    });
    expect(elsewhere).toMatchObject({
      outcome: 'refused',
      code: 'FORBIDDEN',
      vi: 'Bạn không còn được nhập kết quả tại Xã Dào San (phạm vi tài khoản đã đổi).',
    });
    expect(await t.db.activityRecord.count({ where: { idempotencyKey: late.idempotencyKey } })).toBe(0);
  });

  it('refuses a likely duplicate until the officer confirms it is other work', async () => {
    const base = record({ date: '2018-06-01', areaCode: KA_LANG, quantity: 2 });
    await anon.record.sync.push.mutate({ credential, deviceVersion: null, record: base });
    const twin = { ...base, idempotencyKey: randomUUID() };
    expect(await anon.record.sync.push.mutate({ credential, deviceVersion: null, record: twin })).toMatchObject({
      outcome: 'refused',
      code: 'LIKELY_DUPLICATE',
      vi: expect.stringContaining('tại Xã Ka Lăng ngày 01/06/2018') as string,
    });
    expect(
      await anon.record.sync.push.mutate({
        credential,
        deviceVersion: null,
        record: { ...twin, confirmDuplicate: true },
      }),
    ).toMatchObject({ outcome: 'stored', replay: false });
  });

  it('says the plan changed when an activity was removed while the device was offline', async () => {
    const snapshot = await anon.record.sync.bootstrap.mutate({ credential, since: null });
    const copy = planFromRow(await t.db.plan.findUniqueOrThrow({ where: { id: PLAN } }));
    const planId = 'lc-field-test';
    await t.db.plan.create({ data: planToRow({ ...copy, id: planId, code: '1/KH-TEST', reporting: [], targets: [] }) });
    const before = await anon.record.sync.bootstrap.mutate({ credential, since: snapshot.version });
    expect(before.unchanged).toBe(false);
    const row = await t.db.plan.findUniqueOrThrow({ where: { id: planId } });
    const plan = planFromRow(row);
    await t.db.plan.update({
      where: { id: planId },
      data: planToRow({ ...plan, activities: plan.activities.filter((a) => a.id !== CONFERENCE) }),
    });
    const refused = await anon.record.sync.push.mutate({
      credential,
      deviceVersion: before.version,
      record: record({ planId }),
    });
    expect(refused).toMatchObject({
      outcome: 'refused',
      code: 'PLAN_CHANGED',
      vi: expect.stringMatching(/^Kế hoạch đã thay đổi khi máy không có mạng\. Hoạt động/) as string,
    });
  });
});

describe('photos in chunks, then submit', () => {
  it('resumes from what the server holds and attaches each photo once', async () => {
    const r = record({ date: '2018-07-02', areaCode: '03436' });
    const pushed = await anon.record.sync.push.mutate({ credential, deviceVersion: null, record: r });
    expect(pushed.outcome).toBe('stored');
    const size = PHOTO_CHUNK_BYTES * 2 + 1000;
    const bytes = Buffer.alloc(size, 7);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
    const photoKey = randomUUID();
    const chunk = (offset: number) => ({
      credential,
      recordKey: r.idempotencyKey,
      photoKey,
      fileName: 'hoi-nghi-mu-ca.png',
      size,
      offset,
      data: bytes.subarray(offset, Math.min(size, offset + PHOTO_CHUNK_BYTES)).toString('base64'),
    });
    const photo = (offset: number) => anon.record.sync.photo.mutate(chunk(offset));
    expect(await photo(0)).toEqual({ received: PHOTO_CHUNK_BYTES, done: false });
    // The answer was lost and the device sends the first chunk again: nothing changes.
    expect(await photo(0)).toEqual({ received: PHOTO_CHUNK_BYTES, done: false });
    // A chunk beyond what the server holds: it says where to go on from.
    expect(await photo(PHOTO_CHUNK_BYTES * 2)).toEqual({ received: PHOTO_CHUNK_BYTES, done: false });
    expect(await photo(PHOTO_CHUNK_BYTES)).toEqual({ received: PHOTO_CHUNK_BYTES * 2, done: false });
    expect(await photo(PHOTO_CHUNK_BYTES * 2)).toEqual({ received: size, done: true });
    expect(await photo(PHOTO_CHUNK_BYTES * 2)).toEqual({ received: size, done: true });
    const rec = await t.db.activityRecord.findFirstOrThrow({
      where: { idempotencyKey: r.idempotencyKey },
      include: { attachments: true },
    });
    expect(rec.attachments).toHaveLength(1);
    expect(rec.attachments[0]).toMatchObject({ fileName: 'hoi-nghi-mu-ca.png', mimeType: 'image/png', size });
    expect(await t.db.fieldPhotoUpload.count({ where: { photoKey } })).toBe(0);

    const submitted = await anon.record.sync.submit.mutate({ credential, recordKey: r.idempotencyKey });
    expect(submitted).toEqual({ recordId: rec.id, status: 'submitted' });
    expect(await anon.record.sync.submit.mutate({ credential, recordKey: r.idempotencyKey })).toEqual(submitted);
  });

  it('answers a photo chunk and a submit sent twice at once (two tabs) with one attachment and one submission', async () => {
    const r = record({ date: '2018-07-04', areaCode: KA_LANG });
    await anon.record.sync.push.mutate({ credential, deviceVersion: null, record: r });
    const bytes = Buffer.alloc(2000, 5);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
    const last = {
      credential,
      recordKey: r.idempotencyKey,
      photoKey: randomUUID(),
      fileName: 'ka-lang.png',
      size: bytes.length,
      offset: 0,
      data: bytes.toString('base64'),
    };
    const photos = await Promise.all([1, 2].map(() => anon.record.sync.photo.mutate(last)));
    expect(photos).toEqual([1, 2].map(() => ({ received: bytes.length, done: true })));
    const submits = await Promise.all(
      [1, 2].map(() => anon.record.sync.submit.mutate({ credential, recordKey: r.idempotencyKey })),
    );
    expect(submits.map((x) => x.status)).toEqual(['submitted', 'submitted']);
    const rec = await t.db.activityRecord.findFirstOrThrow({
      where: { idempotencyKey: r.idempotencyKey },
      include: { attachments: true },
    });
    expect(rec.attachments).toHaveLength(1);
    expect(await t.db.recordEvent.count({ where: { recordId: rec.id, action: 'submitted' } })).toBe(1);
  });

  it('refuses a file that is no photo', async () => {
    const r = record({ date: '2018-07-03' });
    await anon.record.sync.push.mutate({ credential, deviceVersion: null, record: r });
    const e = await apiError(
      anon.record.sync.photo.mutate({
        credential,
        recordKey: r.idempotencyKey,
        photoKey: randomUUID(),
        fileName: 'x.png',
        size: 9,
        offset: 0,
        data: Buffer.from('not a png').toString('base64'),
      }),
    );
    expect(e).toMatchObject({ httpStatus: 415, appCode: 'FILE_TYPE_NOT_ALLOWED' });
  });
});

describe('a credential that may no longer sync', () => {
  const tryPush = (token: string) =>
    apiError(anon.record.sync.push.mutate({ credential: token, deviceVersion: null, record: record() }));

  it('is refused once revoked (sign-out on the device)', async () => {
    const token = await issue(officer.email);
    await anon.record.sync.revoke.mutate({ credential: token });
    expect(await tryPush(token)).toMatchObject({ httpStatus: 401, appCode: 'FIELD_CREDENTIAL_REFUSED' });
  });

  it('is refused when the account is disabled, and stores nothing for it', async () => {
    const other = await createUser(t.db, { role: 'district_officer', scopeAreaCode: '107' });
    const token = await issue(other.email);
    await t.db.user.update({ where: { id: other.id }, data: { disabledAt: new Date() } });
    const e = await tryPush(token);
    expect(e).toMatchObject({
      httpStatus: 401,
      appCode: 'FIELD_CREDENTIAL_REFUSED',
      messages: { vi: expect.stringContaining('các kết quả chưa gửi vẫn còn trên máy') as string },
    });
    expect(await apiError(anon.record.sync.bootstrap.mutate({ credential: token, since: null }))).toMatchObject({
      httpStatus: 401,
    });
    expect(await t.db.activityRecord.count({ where: { createdById: other.id } })).toBe(0);
  });

  it('is refused after PCMBN_FIELD_IDLE_DAYS without use', async () => {
    const token = await issue(officer.email);
    const row = await t.db.fieldCredential.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    await t.db.fieldCredential.update({
      where: { id: row.id },
      data: { lastUsedAt: new Date(Date.now() - 30 * 24 * 60 * 60 * 1000 - 1000) },
    });
    expect(await tryPush(token)).toMatchObject({ httpStatus: 401, appCode: 'FIELD_CREDENTIAL_REFUSED' });
  });
});

describe('a returned record corrected offline (rule 5)', () => {
  let reviewer: ApiClient;
  beforeAll(async () => {
    const u = await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' });
    reviewer = (await signIn(t, u.email)).api;
  });

  /** A record the officer sent from the device, submitted, then returned by the reviewer with `reason`. */
  async function returned(fields: Record<string, unknown>, reason: string) {
    const r = record(fields);
    await anon.record.sync.push.mutate({ credential, deviceVersion: null, record: r });
    const s = await anon.record.sync.submit.mutate({ credential, recordKey: r.idempotencyKey });
    const row = await t.db.activityRecord.findUniqueOrThrow({ where: { id: s.recordId } });
    const back = await reviewer.record.reject.mutate({ id: row.id, version: row.version, reason });
    return { r, id: row.id, version: back.version };
  }
  const edit = (id: string, baseVersion: number, fields: Record<string, unknown>) => ({
    credential,
    recordId: id,
    baseVersion,
    editKey: randomUUID(),
    record: { ...record(fields), idempotencyKey: undefined },
  });

  it('lists the officer’s own returned records with the reviewer’s reason and the version to edit from', async () => {
    const { id, version } = await returned({ date: '2018-08-01', areaCode: KA_LANG }, 'Thiếu số phụ nữ tham dự');
    const { records } = await anon.record.sync.returned.mutate({ credential });
    expect(records.find((x) => x.id === id)).toMatchObject({
      id,
      planId: PLAN,
      activityId: CONFERENCE,
      date: '2018-08-01',
      areaCode: KA_LANG,
      reason: 'Thiếu số phụ nữ tham dự',
      version,
    });
    const other = await createUser(t.db, { role: 'district_officer', scopeAreaCode: '107' });
    const theirs = await anon.record.sync.returned.mutate({ credential: await issue(other.email) });
    expect(theirs.records).toEqual([]);
  });

  it('applies the correction once through a retry, audited, then submits it again', async () => {
    const { id, version } = await returned({ date: '2018-08-02' }, 'Sai số người tham dự');
    const e = edit(id, version, { date: '2018-08-02', reached: { total: 95, women: 50 } });
    const first = await anon.record.sync.update.mutate(e);
    const again = await anon.record.sync.update.mutate(e);
    expect(first).toEqual({ outcome: 'stored', recordId: id, replay: false });
    expect(again).toEqual({ outcome: 'stored', recordId: id, replay: true });
    const row = await t.db.activityRecord.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'draft', version: version + 1, reached: { total: 95, women: 50 } });
    expect(await t.db.recordEvent.count({ where: { recordId: id, action: 'edited' } })).toBe(1);
    const audit = await t.db.auditLog.findMany({ where: { entityId: id, action: 'record.sync.update' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ userId: officer.id, before: { status: 'rejected' }, after: { status: 'draft' } });

    const submitted = await anon.record.sync.submit.mutate({ credential, recordId: id });
    expect(submitted).toEqual({ recordId: id, status: 'submitted' });
    expect(await anon.record.sync.submit.mutate({ credential, recordId: id })).toEqual(submitted);
    // The edit sent once more after the submission (a lost answer): nothing changes.
    expect(await anon.record.sync.update.mutate(e)).toEqual({ outcome: 'stored', recordId: id, replay: true });
    expect(await t.db.recordEvent.count({ where: { recordId: id, action: 'submitted' } })).toBe(2);
    expect((await anon.record.sync.returned.mutate({ credential })).records.map((x) => x.id)).not.toContain(id);
  });

  it('refuses a second device’s stale edit with the reason, and accepts an identical one', async () => {
    const { id, version } = await returned({ date: '2018-08-03' }, 'Sai xã');
    const phone = edit(id, version, { date: '2018-08-03', areaCode: KA_LANG });
    expect(await anon.record.sync.update.mutate(phone)).toMatchObject({ outcome: 'stored', replay: false });
    const tablet = edit(id, version, { date: '2018-08-03', areaCode: '03436' });
    expect(await anon.record.sync.update.mutate(tablet)).toMatchObject({
      outcome: 'refused',
      code: 'RECORD_CHANGED_ELSEWHERE',
      vi: expect.stringContaining('đã được sửa ở nơi khác') as string,
    });
    const same = edit(id, version, { date: '2018-08-03', areaCode: KA_LANG });
    expect(await anon.record.sync.update.mutate(same)).toEqual({ outcome: 'stored', recordId: id, replay: true });
    // Still refused once the phone's correction was submitted.
    await anon.record.sync.submit.mutate({ credential, recordId: id });
    expect(await anon.record.sync.update.mutate(tablet)).toMatchObject({ code: 'RECORD_CHANGED_ELSEWHERE' });
    expect(await t.db.activityRecord.findUniqueOrThrow({ where: { id } })).toMatchObject({ areaCode: KA_LANG });
  });

  it('refuses an edit of a record approved meanwhile, of another officer’s record, and one the plan refuses', async () => {
    const { id, version } = await returned({ date: '2018-08-04' }, 'Thiếu ảnh');
    // Corrected online in the console, submitted and approved while the device was offline.
    const officerApi = (await signIn(t, officer.email)).api;
    const fields = { ...record({ date: '2018-08-04', quantity: 2 }), idempotencyKey: undefined, planId: undefined };
    const fixed = await officerApi.record.update.mutate({ id, version, ...fields });
    const sent = await officerApi.record.submit.mutate({ id, version: fixed.version });
    await reviewer.record.approve.mutate({ id, version: sent.version });
    expect(await anon.record.sync.update.mutate(edit(id, version, { date: '2018-08-04', quantity: 3 }))).toMatchObject({
      outcome: 'refused',
      code: 'RECORD_NOT_EDITABLE',
    });
    expect(await t.db.activityRecord.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'approved',
      quantity: 2,
    });

    const other = await createUser(t.db, { role: 'district_officer', scopeAreaCode: '107' });
    const otherCredential = await issue(other.email);
    const b = await returned({ date: '2018-08-05' }, 'Sai ngày');
    expect(
      await anon.record.sync.update.mutate({
        ...edit(b.id, b.version, { date: '2018-08-06' }),
        credential: otherCredential,
      }),
    ).toMatchObject({ outcome: 'refused', code: 'RECORD_GONE' });
    expect(
      await apiError(anon.record.sync.submit.mutate({ credential: otherCredential, recordId: b.id })),
    ).toMatchObject({
      httpStatus: 404,
    });
    expect(
      await anon.record.sync.update.mutate(edit(b.id, b.version, { date: '2018-08-05', areaCode: DAO_SAN })),
    ).toMatchObject({ outcome: 'refused', code: 'FORBIDDEN' });
    expect(await anon.record.sync.update.mutate(edit(b.id, b.version, { date: '2019-01-03' }))).toMatchObject({
      outcome: 'refused',
      code: 'DATE_OUTSIDE_PLAN',
    });
    expect(await t.db.activityRecord.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      status: 'rejected',
      version: b.version,
    });
  });
});
