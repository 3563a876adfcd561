import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';

/**
 * Issue 12, item 2: four eyes. A province admin took a district officer's draft, changed its quantity to 99,999,
 * submitted and approved it — all 200, createdById still the officer. Same through reject → edit → submit →
 * approve. Whoever entered, changed or submitted a record may not approve it; the record's history says who did what.
 */

const EVENT = 'lc2228-a-2017-2-1-3'; // community_event, Lai Châu 2228
const base = { planId: 'lc2228', activityId: EVENT, date: '2017-05-10', areaCode: '03394', quantity: 1 };

let t: AuthTestApi;
type Who = { id: string; api: ApiClient };
let officer: Who; // district_officer of Tam Đường (106): enters the record
let admin: Who; // province_admin of Lai Châu: edits, submits, tries to approve
let third: Who; // another province_admin of Lai Châu: the independent approver
let outsider: Who; // district_officer of Mường Tè (107)

async function user(role: 'province_admin' | 'district_officer', scopeAreaCode: string, displayName: string) {
  const u = await createUser(t.db, { role, scopeAreaCode });
  await t.db.user.update({ where: { id: u.id }, data: { displayName } });
  return { id: u.id, api: (await signIn(t, u.email)).api };
}

beforeAll(async () => {
  t = await startAuthTestApi();
  officer = await user('district_officer', '106', 'Lò Văn Sáng');
  admin = await user('province_admin', '12', 'Nguyễn Thị Hà');
  third = await user('province_admin', '12', 'Trần Văn Bình');
  outsider = await user('district_officer', '107', 'Pờ Thị Mai');
}, 60_000);
afterAll(() => t.close());

const edit = (id: string, version: number, quantity: number) =>
  admin.api.record.update.mutate({ ...base, id, version, quantity });

describe('four eyes: who changed or submitted a record may not approve it', () => {
  it('update → submit → approve by the same admin is FORBIDDEN with a clear message; nothing is approved', async () => {
    const r = await officer.api.record.create.mutate(base);
    const edited = await edit(r.id, r.version, 99_999);
    const submitted = await admin.api.record.submit.mutate({ id: r.id, version: edited.version });
    expect(submitted.can.approve).toBe(false);
    const error = await apiError(admin.api.record.approve.mutate({ id: r.id, version: submitted.version }));
    expect(error).toMatchObject({ httpStatus: 403, appCode: 'RECORD_FOUR_EYES' });
    expect(error.messages.vi).toMatch(/đã sửa nội dung kết quả này/);
    expect(error.messages.en).toMatch(/changed this record/);
    const bulk = await apiError(
      admin.api.record.approveMany.mutate({ items: [{ id: r.id, version: submitted.version }] }),
    );
    expect(bulk).toMatchObject({ httpStatus: 403, appCode: 'RECORD_FOUR_EYES' });
    expect((await t.db.activityRecord.findUniqueOrThrow({ where: { id: r.id } })).status).toBe('submitted');
  });

  it('reject → edit → submit → approve by the same admin is FORBIDDEN too', async () => {
    const r = await officer.api.record.create.mutate(base);
    const s = await officer.api.record.submit.mutate({ id: r.id, version: r.version });
    const rejected = await admin.api.record.reject.mutate({ id: r.id, version: s.version, reason: 'Xem lại số liệu' });
    const edited = await edit(r.id, rejected.version, 99_999);
    expect(edited.status).toBe('draft');
    const submitted = await admin.api.record.submit.mutate({ id: r.id, version: edited.version });
    const error = await apiError(admin.api.record.approve.mutate({ id: r.id, version: submitted.version }));
    expect(error).toMatchObject({ httpStatus: 403, appCode: 'RECORD_FOUR_EYES' });
    expect((await t.db.activityRecord.findUniqueOrThrow({ where: { id: r.id } })).status).toBe('submitted');
  });

  it('submitting another’s record bars its approval; so does having edited it before the author’s last edit', async () => {
    const a = await officer.api.record.create.mutate(base);
    const s = await admin.api.record.submit.mutate({ id: a.id, version: a.version });
    const error = await apiError(admin.api.record.approve.mutate({ id: a.id, version: s.version }));
    expect(error).toMatchObject({ httpStatus: 403, appCode: 'RECORD_FOUR_EYES' });
    expect(error.messages.vi).toMatch(/đã gửi duyệt kết quả này/);

    const b = await officer.api.record.create.mutate(base);
    const e1 = await edit(b.id, b.version, 99_999);
    const e2 = await officer.api.record.update.mutate({
      ...base,
      id: b.id,
      version: e1.version,
      quantity: 99_999,
      note: 'Đúng',
    });
    const s2 = await officer.api.record.submit.mutate({ id: b.id, version: e2.version });
    expect((await apiError(admin.api.record.approve.mutate({ id: b.id, version: s2.version }))).appCode).toBe(
      'RECORD_FOUR_EYES',
    );
  });

  it('a third officer approves; the history names who entered, changed, submitted and approved, with what changed', async () => {
    const r = await officer.api.record.create.mutate(base);
    const edited = await edit(r.id, r.version, 99_999);
    const submitted = await admin.api.record.submit.mutate({ id: r.id, version: edited.version });
    const approved = await third.api.record.approve.mutate({ id: r.id, version: submitted.version });
    expect(approved).toMatchObject({ status: 'approved', createdById: officer.id });

    const got = await officer.api.record.get.query({ id: r.id });
    expect(got.history.map((h) => [h.action, h.userName, h.version])).toEqual([
      ['created', 'Lò Văn Sáng', 1],
      ['edited', 'Nguyễn Thị Hà', 2],
      ['submitted', 'Nguyễn Thị Hà', 3],
      ['approved', 'Trần Văn Bình', 4],
    ]);
    expect(got.history[1]!.changes).toEqual([{ field: 'quantity', from: 1, to: 99_999 }]);
    expect(got.history.every((h) => h.at instanceof Date)).toBe(true);
    // Authorised like record.get.
    expect((await apiError(outsider.api.record.get.query({ id: r.id }))).httpStatus).toBe(404);
  });

  it('a rejection is in the history with its reason; the author may still correct and resubmit for another approver', async () => {
    const r = await officer.api.record.create.mutate(base);
    const s = await officer.api.record.submit.mutate({ id: r.id, version: r.version });
    const rejected = await admin.api.record.reject.mutate({ id: r.id, version: s.version, reason: 'Thiếu ảnh' });
    const fixed = await officer.api.record.update.mutate({ ...base, id: r.id, version: rejected.version, quantity: 2 });
    const again = await officer.api.record.submit.mutate({ id: r.id, version: fixed.version });
    // The admin only rejected: it may approve the corrected record.
    expect((await admin.api.record.approve.mutate({ id: r.id, version: again.version })).status).toBe('approved');
    const history = (await admin.api.record.get.query({ id: r.id })).history;
    expect(history.map((h) => h.action)).toEqual([
      'created',
      'submitted',
      'rejected',
      'edited',
      'submitted',
      'approved',
    ]);
    expect(history[2]).toMatchObject({ reason: 'Thiếu ảnh', userName: 'Nguyễn Thị Hà' });
    expect(history[3]!.changes).toEqual([{ field: 'quantity', from: 1, to: 2 }]);
  });
});
