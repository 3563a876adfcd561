import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';

/**
 * Issue 15 item 1: the officer's inbox on Lai Châu 2228 (2016 units; 106 Huyện Tam Đường, 03394 one of its
 * communes). The district officer enters and submits; the province admin sees it waiting for approval, the officer
 * sees it waiting for another officer; a returned record comes back to its author with the reason; reports of the
 * officer's committee are due as of 10/01/2019 (the plan ended with 2018; its last yearly report is still owed)
 * and not years later.
 */

const EVENT = 'lc2228-a-2017-2-1-3'; // community_event, Lai Châu 2228
const base = { planId: 'lc2228', activityId: EVENT, date: '2017-05-10', areaCode: '03394', quantity: 1 };

let t: AuthTestApi;
type Who = { id: string; api: ApiClient };
let officer: Who; // district officer of Tam Đường, its committee's agency
let admin: Who; // province admin of Lai Châu
let outsider: Who; // district officer of Mường Tè (107)

async function user(role: 'province_admin' | 'district_officer', scopeAreaCode: string, agencyId: string | null) {
  const u = await createUser(t.db, { role, scopeAreaCode, agencyId });
  await t.db.user.update({ where: { id: u.id }, data: { displayName: `Cán bộ ${scopeAreaCode}` } });
  return { id: u.id, api: (await signIn(t, u.email)).api };
}

beforeAll(async () => {
  t = await startAuthTestApi();
  officer = await user('district_officer', '106', 'lc-ubnd-106');
  admin = await user('province_admin', '12', null);
  outsider = await user('district_officer', '107', 'lc-ubnd-107');
}, 60_000);
afterAll(() => t.close());

describe('inbox.summary', () => {
  it('a submitted record waits for the admin, not for its author; a returned one comes back with its reason', async () => {
    const draft = await officer.api.record.create.mutate(base);
    let mine = await officer.api.inbox.summary.query({ asOf: '2019-01-10' });
    expect(mine.drafts.items.map((r) => r.id)).toContain(draft.id);
    expect(mine.drafts.items.find((r) => r.id === draft.id)).toMatchObject({
      what: expect.not.stringMatching(/lc2228|community_event/),
      areaName: expect.not.stringMatching(/\d{5}/),
    });

    const submitted = await officer.api.record.submit.mutate({ id: draft.id, version: draft.version });
    // Its author is told another officer must approve it, not that there is nothing to do.
    const seen = await officer.api.record.get.query({ id: draft.id });
    expect(seen.approvalRefusal?.vi).toMatch(/cần một người khác duyệt/);
    mine = await officer.api.inbox.summary.query({ asOf: '2019-01-10' });
    expect(mine.drafts.items.map((r) => r.id)).not.toContain(draft.id);
    expect(mine.awaitingOthers.items.map((r) => r.id)).toContain(draft.id);
    expect(mine.toApprove.items.map((r) => r.id)).not.toContain(draft.id);

    const review = await admin.api.inbox.summary.query({ asOf: '2019-01-10' });
    expect(review.toApprove.count).toBeGreaterThanOrEqual(1);
    expect(review.toApprove.items.find((r) => r.id === draft.id)).toMatchObject({ enteredBy: 'Cán bộ 106' });
    const other = await outsider.api.inbox.summary.query({ asOf: '2019-01-10' });
    expect(other.toApprove.items.map((r) => r.id)).not.toContain(draft.id);

    await admin.api.record.reject.mutate({ id: draft.id, version: submitted.version, reason: 'Thiếu số người dự' });
    mine = await officer.api.inbox.summary.query({ asOf: '2019-01-10' });
    expect(mine.returned.items.find((r) => r.id === draft.id)).toMatchObject({ reason: 'Thiếu số người dự' });
    expect(
      (await admin.api.inbox.summary.query({ asOf: '2019-01-10' })).toApprove.items.map((r) => r.id),
    ).not.toContain(draft.id);
  });

  it('lists the committee’s due report in its plan year, and none of an ended plan years later', async () => {
    const then = await officer.api.inbox.summary.query({ asOf: '2019-01-10' });
    expect(then.reports.count).toBeGreaterThanOrEqual(1);
    expect(then.reports.items.every((r) => r.agencyId === 'lc-ubnd-106')).toBe(true);
    expect(then.reports.items[0]).toMatchObject({ planId: 'lc2228', agencyName: expect.stringMatching(/Tam Đường/) });
    expect(then.homeArea).toMatchObject({ code: '106', name: 'Huyện Tam Đường' });

    const now = await officer.api.inbox.summary.query({ asOf: '2026-12-05' });
    expect(now.reports.count).toBe(0);
    expect(now.noDataTargets.items.filter((i) => i.planId === 'lc2228')).toEqual([]);
    expect(now.endedPlans.map((p) => p.id)).toContain('lc2228');
  });
});
