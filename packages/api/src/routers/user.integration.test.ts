import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, client, createUser, PASSWORD, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';

let t: AuthTestApi;
let admin: ApiClient;
let adminId: string;
beforeAll(async () => {
  t = await startAuthTestApi();
  const a = await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' });
  adminId = a.id;
  admin = (await signIn(t, a.email)).api;
});
afterAll(() => t.close());

describe('user management (province_admin only)', () => {
  it('creates an account with a temporary password shown once; the user must change it', async () => {
    const created = await admin.user.create.mutate({
      email: 'New.Officer@Test.local',
      displayName: 'Cán bộ huyện',
      role: 'district_officer',
      scopeAreaCode: '105',
    });
    expect(created.user).toMatchObject({
      email: 'new.officer@test.local',
      role: 'district_officer',
      scopeAreaCode: '105',
      mustChangePassword: true,
    });
    expect(created.temporaryPassword).toHaveLength(20);
    const { api } = await signIn(t, 'new.officer@test.local', created.temporaryPassword);
    expect((await api.auth.me.query()).mustChangePassword).toBe(true);
    // Audited with the new user's id and no secret.
    const row = await t.db.auditLog.findFirstOrThrow({ where: { action: 'user.create', entityId: created.user.id } });
    expect(row).toMatchObject({ userId: adminId, entity: 'user' });
    expect(JSON.stringify(row.after)).not.toMatch(/passwordHash|temporaryPassword|\$argon2/);
    expect(row.requestId).toBeTruthy();
  });

  it('checks role, scope and agency together', async () => {
    const wrongLevel = await apiError(
      admin.user.create.mutate({
        email: 'a@test.local',
        displayName: 'A',
        role: 'district_officer',
        scopeAreaCode: '12',
      }),
    );
    expect(wrongLevel).toMatchObject({
      appCode: 'INVALID_INPUT',
      fields: [expect.objectContaining({ path: 'scopeAreaCode' })],
    });
    const noAgency = await apiError(
      admin.user.create.mutate({
        email: 'b@test.local',
        displayName: 'B',
        role: 'agency_officer',
        scopeAreaCode: '12',
      }),
    );
    expect(noAgency.fields[0]?.path).toBe('agencyId');
    const otherProvince = await apiError(
      admin.user.create.mutate({ email: 'c@test.local', displayName: 'C', role: 'viewer', scopeAreaCode: '84' }),
    );
    expect(otherProvince.httpStatus).toBe(403);
    await admin.user.create.mutate({ email: 'dup@test.local', displayName: 'D', role: 'viewer', scopeAreaCode: '12' });
    expect(
      await apiError(
        admin.user.create.mutate({ email: 'dup@test.local', displayName: 'D', role: 'viewer', scopeAreaCode: '12' }),
      ),
    ).toMatchObject({
      httpStatus: 409,
      appCode: 'EMAIL_TAKEN',
    });
    expect(await t.db.user.count({ where: { email: { in: ['a@test.local', 'b@test.local', 'c@test.local'] } } })).toBe(
      0,
    );
  });

  it('lists only the accounts of its province', async () => {
    const other = await createUser(t.db, { role: 'viewer', scopeAreaCode: '84' });
    const list = await admin.user.list.query();
    expect(list.some((u) => u.scopeAreaCode === '105')).toBe(true);
    expect(list.some((u) => u.scopeAreaCode === '84')).toBe(false);
    expect(list.some((u) => u.id === other.id)).toBe(false);
    expect((await apiError(admin.user.resetPassword.mutate({ id: other.id }))).httpStatus).toBe(404);
  });

  it('update changes role/scope, audits before and after, and signs the user out', async () => {
    const u = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const { api } = await signIn(t, u.email);
    const updated = await admin.user.update.mutate({ id: u.id, role: 'district_officer', scopeAreaCode: '106' });
    expect(updated).toMatchObject({ role: 'district_officer', scopeAreaCode: '106' });
    expect((await apiError(api.auth.me.query())).appCode).toBe('UNAUTHENTICATED');
    const row = await t.db.auditLog.findFirstOrThrow({ where: { action: 'user.update', entityId: u.id } });
    expect(row.before).toMatchObject({ role: 'viewer' });
    expect(row.after).toMatchObject({ role: 'district_officer' });
    expect((await apiError(admin.user.update.mutate({ id: adminId, role: 'viewer' }))).httpStatus).toBe(403);
  });

  it('disable signs the user out and blocks sign-in; enabling again restores it', async () => {
    const u = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const { api } = await signIn(t, u.email);
    await admin.user.disable.mutate({ id: u.id });
    expect((await apiError(api.auth.me.query())).appCode).toBe('UNAUTHENTICATED');
    expect((await apiError(client(t).auth.login.mutate({ email: u.email, password: PASSWORD }))).appCode).toBe(
      'ACCOUNT_DISABLED',
    );
    await admin.user.disable.mutate({ id: u.id, disabled: false });
    await signIn(t, u.email);
    expect((await apiError(admin.user.disable.mutate({ id: adminId }))).httpStatus).toBe(403);
  });

  it('resetPassword gives a temporary password, forces a change, unlocks and signs out', async () => {
    const u = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const { api } = await signIn(t, u.email);
    await t.db.user.update({ where: { id: u.id }, data: { lockedUntil: new Date(Date.now() + 600_000) } });
    const { temporaryPassword } = await admin.user.resetPassword.mutate({ id: u.id });
    expect((await apiError(api.auth.me.query())).appCode).toBe('UNAUTHENTICATED');
    const again = await signIn(t, u.email, temporaryPassword);
    expect((await again.api.auth.me.query()).mustChangePassword).toBe(true);
    expect(
      await t.db.auditLog.count({ where: { action: 'user.resetPassword', entityId: u.id, userId: adminId } }),
    ).toBe(1);
  });

  it('other roles are refused, and nothing is written or audited', async () => {
    for (const role of ['viewer', 'agency_officer', 'district_officer'] as const) {
      const u = await createUser(t.db, {
        role,
        scopeAreaCode: role === 'district_officer' ? '105' : '12',
        agencyId: role === 'agency_officer' ? 'lc-ubnd' : null,
      });
      const { api } = await signIn(t, u.email);
      expect(await apiError(api.user.list.query())).toMatchObject({ httpStatus: 403, appCode: 'FORBIDDEN' });
      expect((await apiError(api.user.resetPassword.mutate({ id: adminId }))).httpStatus).toBe(403);
      expect((await apiError(api.audit.list.query())).httpStatus).toBe(403);
    }
    expect(await t.db.auditLog.count({ where: { action: 'user.resetPassword', entityId: adminId } })).toBe(0);
    expect((await apiError(client(t).user.list.query())).httpStatus).toBe(401);
  });
});

describe('audit.list', () => {
  it('pages and filters by entity, user and date, newest first', async () => {
    const page = await admin.audit.list.query({ entity: 'user', userId: adminId, pageSize: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    expect(page.items.every((i) => i.entity === 'user' && i.userId === adminId)).toBe(true);
    expect(page.items[0]!.at.getTime()).toBeGreaterThanOrEqual(page.items[1]!.at.getTime());
    const future = await admin.audit.list.query({ from: new Date(Date.now() + 3_600_000) });
    expect(future.total).toBe(0);
    const logins = await admin.audit.list.query({ action: 'auth.login' });
    expect(logins.items.length).toBeGreaterThan(0);
  });
});
