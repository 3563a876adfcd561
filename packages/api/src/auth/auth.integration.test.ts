import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiError,
  client,
  createUser,
  freshIp,
  PASSWORD,
  signIn,
  startAuthTestApi,
  type AuthTestApi,
} from '../../test/auth.js';
import { ACCOUNT_MAX_FAILURES, IP_MAX_FAILURES } from './throttle.js';
import { SESSION_MAX_MS } from './session.js';
import { LIMITS } from '../server/rate-limit.js';

let t: AuthTestApi;
beforeAll(async () => {
  t = await startAuthTestApi();
});
afterAll(() => t.close());

describe('auth.login', () => {
  it('signs in with the right password and auth.me returns the user', async () => {
    const user = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const res = await client(t).auth.login.mutate({
      email: user.email.toUpperCase(),
      password: PASSWORD,
      transport: 'token',
    });
    expect(res.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.user).toMatchObject({
      email: user.email,
      role: 'viewer',
      scopeAreaCode: '12',
      mustChangePassword: false,
    });
    const me = await client(t, { token: res.token }).auth.me.query();
    expect(me.id).toBe(user.id);
    // Only the SHA-256 of the token is stored.
    const sessions = await t.db.session.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(sessions[0]!.tokenHash).not.toContain(res.token!);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it('refuses a wrong password in Vietnamese and English, and an unknown e-mail the same way', async () => {
    const user = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const wrong = await apiError(client(t).auth.login.mutate({ email: user.email, password: 'not the password' }));
    expect(wrong).toMatchObject({ httpStatus: 401, appCode: 'INVALID_CREDENTIALS' });
    expect(wrong.messages.vi).toContain('Email hoặc mật khẩu không đúng');
    expect(wrong.messages.en).toContain('Wrong e-mail or password');
    const unknown = await apiError(
      client(t).auth.login.mutate({ email: 'nobody@test.local', password: 'whatever it is' }),
    );
    expect(unknown).toMatchObject({ httpStatus: 401, appCode: 'INVALID_CREDENTIALS' });
  });

  it(`locks the account after ${ACCOUNT_MAX_FAILURES} failures, says until when, and refuses even the right password`, async () => {
    const user = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    for (let i = 1; i < ACCOUNT_MAX_FAILURES; i++) {
      expect((await apiError(client(t).auth.login.mutate({ email: user.email, password: `wrong ${i}` }))).appCode).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    const locked = await apiError(client(t).auth.login.mutate({ email: user.email, password: 'wrong last' }));
    expect(locked).toMatchObject({ httpStatus: 429, appCode: 'ACCOUNT_LOCKED' });
    expect(locked.messages.vi).toMatch(/tạm bị khoá.*thử lại sau 15 phút \(lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}\)/);
    expect(locked.messages.en).toMatch(/locked.*Try again in 15 minutes/);
    const still = await apiError(client(t).auth.login.mutate({ email: user.email, password: PASSWORD }));
    expect(still.appCode).toBe('ACCOUNT_LOCKED');
    const audit = await t.db.auditLog.findMany({ where: { entityId: user.id }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual([
      ...Array(ACCOUNT_MAX_FAILURES - 1).fill('auth.login.failed'),
      'auth.lockout',
      'auth.login.locked',
    ]);
    // Once the lock has passed, the right password works and resets the counter.
    await t.db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    await client(t).auth.login.mutate({ email: user.email, password: PASSWORD });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(0);
  });

  it(`blocks an IP after ${IP_MAX_FAILURES} failures on any accounts, not other IPs`, async () => {
    const user = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const ip = freshIp();
    for (let i = 0; i < IP_MAX_FAILURES; i++) {
      await apiError(client(t, { ip }).auth.login.mutate({ email: `guess${i}@test.local`, password: 'guess guess' }));
    }
    const blocked = await apiError(client(t, { ip }).auth.login.mutate({ email: user.email, password: PASSWORD }));
    expect(blocked).toMatchObject({ httpStatus: 429, appCode: 'LOGIN_IP_BLOCKED' });
    expect(blocked.messages.vi).toContain('từ địa chỉ này');
    expect(blocked.messages.vi).toMatch(/thử lại sau \d+ phút/);
    await client(t).auth.login.mutate({ email: user.email, password: PASSWORD });
    const row = await t.db.auditLog.findFirst({ where: { action: 'auth.login.ip_blocked', ip } });
    expect(row).not.toBeNull();
  });

  it('refuses a disabled account after checking the password', async () => {
    const user = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    await t.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await apiError(client(t).auth.login.mutate({ email: user.email, password: PASSWORD }))).appCode).toBe(
      'ACCOUNT_DISABLED',
    );
    expect((await apiError(client(t).auth.login.mutate({ email: user.email, password: 'wrong wrong' }))).appCode).toBe(
      'INVALID_CREDENTIALS',
    );
  });

  it('validates its input with field messages', async () => {
    const bad = await apiError(client(t).auth.login.mutate({ email: 'not-an-email', password: '' }));
    expect(bad.appCode).toBe('INVALID_INPUT');
    expect(bad.fields.map((f) => f.path).sort()).toEqual(['email', 'password']);
  });
});

describe('sessions', () => {
  it('rejects an unknown, expired or revoked token with UNAUTHENTICATED', async () => {
    expect(await apiError(client(t, { token: 'x'.repeat(43) }).auth.me.query())).toMatchObject({
      httpStatus: 401,
      appCode: 'UNAUTHENTICATED',
    });
    const user = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const a = await signIn(t, user.email);
    await t.db.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect((await apiError(a.api.auth.me.query())).appCode).toBe('UNAUTHENTICATED');
    const b = await signIn(t, user.email);
    await t.db.session.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    expect((await apiError(b.api.auth.me.query())).appCode).toBe('UNAUTHENTICATED');
  });

  it('slides the expiry on use, never past the maximum lifetime', async () => {
    const user = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const { api } = await signIn(t, user.email);
    const createdAt = new Date(Date.now() - SESSION_MAX_MS + 60 * 60 * 1000);
    await t.db.session.updateMany({
      where: { userId: user.id },
      data: { createdAt, lastSeenAt: new Date(Date.now() - 5 * 60 * 1000), expiresAt: new Date(Date.now() + 60_000) },
    });
    const me = await api.auth.me.query();
    expect(me.sessionExpiresAt.getTime()).toBe(createdAt.getTime() + SESSION_MAX_MS);
  });

  it('logout revokes the token and is audited', async () => {
    const user = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const { api } = await signIn(t, user.email);
    await api.auth.logout.mutate();
    expect((await apiError(api.auth.me.query())).appCode).toBe('UNAUTHENTICATED');
    expect(await t.db.auditLog.count({ where: { action: 'auth.logout', userId: user.id } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: 'auth.login', userId: user.id } })).toBe(1);
  });
});

describe('auth.changePassword', () => {
  it('requires the current password and 12+ characters, clears mustChangePassword and signs out other sessions', async () => {
    const user = await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12', mustChangePassword: true });
    const other = await signIn(t, user.email);
    const { api } = await signIn(t, user.email);
    // While the change is pending only me/logout/changePassword work.
    expect((await api.auth.me.query()).mustChangePassword).toBe(true);
    expect(await apiError(api.user.list.query())).toMatchObject({
      httpStatus: 403,
      appCode: 'PASSWORD_CHANGE_REQUIRED',
    });

    const wrong = await apiError(
      api.auth.changePassword.mutate({ currentPassword: 'nope nope', newPassword: 'a brand new password' }),
    );
    expect(wrong).toMatchObject({
      appCode: 'WRONG_CURRENT_PASSWORD',
      fields: [expect.objectContaining({ path: 'currentPassword' })],
    });
    const short = await apiError(api.auth.changePassword.mutate({ currentPassword: PASSWORD, newPassword: 'short' }));
    expect(short).toMatchObject({
      appCode: 'PASSWORD_TOO_SHORT',
      fields: [expect.objectContaining({ path: 'newPassword' })],
    });
    expect(short.messages.vi).toContain('12');
    const same = await apiError(api.auth.changePassword.mutate({ currentPassword: PASSWORD, newPassword: PASSWORD }));
    expect(same.appCode).toBe('PASSWORD_UNCHANGED');

    const res = await api.auth.changePassword.mutate({
      currentPassword: PASSWORD,
      newPassword: 'a brand new password',
    });
    expect(res.revokedSessions).toBe(1);
    expect((await api.auth.me.query()).mustChangePassword).toBe(false);
    expect(await api.user.list.query()).toEqual(expect.any(Array));
    expect((await apiError(other.api.auth.me.query())).appCode).toBe('UNAUTHENTICATED');
    await signIn(t, user.email, 'a brand new password');
    expect((await apiError(client(t).auth.login.mutate({ email: user.email, password: PASSWORD }))).appCode).toBe(
      'INVALID_CREDENTIALS',
    );
    const actions = (
      await t.db.auditLog.findMany({ where: { userId: user.id, action: { startsWith: 'auth.changePassword' } } })
    ).map((a) => a.action);
    expect(actions.sort()).toEqual(['auth.changePassword', 'auth.changePassword.failed']);
  });
});

describe('cookie transport', () => {
  it('sets an httpOnly SameSite=Lax cookie; cookie mutations need the CSRF header', async () => {
    const user = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const res = await fetch(`${t.server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { email: user.email, password: PASSWORD } }),
    });
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^pcmbn_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    const body = (await res.json()) as { result: { data: { json: { token: string | null } } } };
    expect(body.result.data.json.token).toBeNull();
    const cookie = setCookie.split(';')[0]!;

    const me = await fetch(`${t.server.url}/trpc/auth.me`, { headers: { cookie } });
    expect(me.status).toBe(200);

    const forged = await fetch(`${t.server.url}/trpc/auth.logout`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(forged.status).toBe(403);
    expect(JSON.stringify(await forged.json())).toContain('CSRF_HEADER_MISSING');

    const ok = await fetch(`${t.server.url}/trpc/auth.logout`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-pcmbn-csrf': '1' },
      body: '{}',
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('set-cookie')).toMatch(/^pcmbn_session=; .*Max-Age=0/);
    expect((await fetch(`${t.server.url}/trpc/auth.me`, { headers: { cookie } })).status).toBe(401);
  });

  it('marks the cookie Secure when a trusted proxy says the request came over HTTPS', async () => {
    const user = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const res = await fetch(`${t.server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', 'x-forwarded-for': freshIp() },
      body: JSON.stringify({ json: { email: user.email, password: PASSWORD } }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/; Secure$/);
  });
});

describe('client IP', () => {
  it('records the forwarded address from a trusted proxy in the audit log', async () => {
    const user = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    await client(t, { ip: '203.0.113.7' }).auth.login.mutate({ email: user.email, password: PASSWORD });
    const row = await t.db.auditLog.findFirstOrThrow({ where: { userId: user.id, action: 'auth.login' } });
    expect(row.ip).toBe('203.0.113.7');
  });
});

describe('rate limit on auth.login', () => {
  it('answers 429 RATE_LIMITED after the burst from one IP (default limits)', async () => {
    const { startApiServer } = await import('../server/http.js');
    const { pino } = await import('pino');
    const { createApiClient } = await import('../client.js');
    const server = await startApiServer({
      databaseUrl: t.databaseUrl,
      port: 0,
      logger: pino({ level: 'silent' }),
      trustedProxies: 'loopback',
    });
    try {
      const ip = freshIp();
      const api = createApiClient(server.url, { forwardedFor: ip });
      const codes: string[] = [];
      // Parallel, so the burst is spent before many tokens refill; the per-IP lockout (20 failures) answers some
      // first. Each sign-in is its own request (never batched), so on a busy machine they arrive over a few seconds,
      // one token a second: 15 over the burst leave room for that.
      const n = LIMITS.login.capacity + 15;
      const results = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          apiError(api.auth.login.mutate({ email: `flood${i}@test.local`, password: 'flood flood' })),
        ),
      );
      for (const r of results) codes.push(r.appCode);
      expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(4);
      expect(results.find((r) => r.appCode === 'RATE_LIMITED')!.httpStatus).toBe(429);
      // Another address is not affected.
      expect(
        (
          await apiError(
            createApiClient(server.url, { forwardedFor: freshIp() }).auth.login.mutate({
              email: 'x@test.local',
              password: 'flood flood',
            }),
          )
        ).appCode,
      ).toBe('INVALID_CREDENTIALS');
    } finally {
      await server.close();
    }
  });
});
