/**
 * Attacks on sign-in (issue 12, items 3 and 4): parallel guesses, guesses packed into one batch request, and telling
 * existing accounts from unknown e-mails by their answers. Each test performs the attack over real HTTP.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUser, freshIp, PASSWORD, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import { ACCOUNT_MAX_FAILURES } from './throttle.js';

/** Argon2 verifications the sign-in ran: the real ones, counted (the server runs in this process). */
const argon = vi.hoisted(() => ({ verifications: 0 }));
vi.mock('./password.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./password.js')>();
  return {
    ...real,
    verifyPassword: async (hash: string, password: string) => {
      argon.verifications += 1;
      return real.verifyPassword(hash, password);
    },
    burnVerifyTime: async (password: string) => {
      argon.verifications += 1;
      return real.burnVerifyTime(password);
    },
  };
});

let t: AuthTestApi;
beforeAll(async () => {
  t = await startAuthTestApi();
});
afterAll(() => t.close());

interface ErrorBody {
  message: string;
  code: number;
  data: { httpStatus: number; appCode: string; messages: { vi: string; en: string }; fields: unknown[] };
}

/** One unbatched `auth.login` request, as a script would send it (no client batching in the way). */
async function rawLogin(email: string, password: string, ip: string) {
  const res = await fetch(`${t.server.url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ json: { email, password, transport: 'token' } }),
  });
  const body = (await res.json()) as { error?: { json: ErrorBody }; result?: unknown };
  return { status: res.status, error: body.error?.json ?? null };
}

/** Checked passwords leave one audit row each: a failure, or the failure that locked the account. */
async function checkedGuesses(userId: string): Promise<number> {
  return t.db.auditLog.count({
    where: { entityId: userId, action: { in: ['auth.login.failed', 'auth.lockout'] } },
  });
}

describe('parallel guesses (item 3)', () => {
  it(`checks at most ${ACCOUNT_MAX_FAILURES} of 25 simultaneous wrong passwords, then refuses the right one`, async () => {
    const user = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const ip = freshIp();
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) => rawLogin(user.email, `wrong guess number ${i}`, ip)),
    );
    expect(answers.every((a) => a.error !== null)).toBe(true);
    expect(await checkedGuesses(user.id)).toBeLessThanOrEqual(ACCOUNT_MAX_FAILURES);
    // The lock holds against the right password (from another address, so the per-IP block plays no part).
    const right = await rawLogin(user.email, PASSWORD, freshIp());
    expect(right.status).toBe(429);
    expect(right.error?.data.appCode).toBe('ACCOUNT_LOCKED');
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil!.getTime()).toBeGreaterThan(
      Date.now(),
    );
  });

  it('refuses auth.login inside a batch request with a clear 400, before checking any password', async () => {
    const user = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const n = 30;
    const input: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) input[i] = { json: { email: user.email, password: `batched guess ${i}` } };
    const res = await fetch(`${t.server.url}/trpc/${Array(n).fill('auth.login').join(',')}?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp() },
      body: JSON.stringify(input),
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('LOGIN_NOT_BATCHABLE');
    expect(text).toContain('Đăng nhập');
    expect(await checkedGuesses(user.id)).toBe(0);
    // Mixed with another call it is refused too.
    const mixed = await fetch(`${t.server.url}/trpc/auth.login,auth.login?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp() },
      body: JSON.stringify({ 0: { json: { email: user.email, password: PASSWORD } }, 1: { json: {} } }),
    });
    expect(mixed.status).toBe(400);
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('the API client still signs in in parallel (it never batches auth.login)', async () => {
    const { client } = await import('../../test/auth.js');
    const users = await Promise.all([1, 2, 3].map(() => createUser(t.db, { role: 'viewer', scopeAreaCode: '12' })));
    const api = client(t);
    const res = await Promise.all(users.map((u) => api.auth.login.mutate({ email: u.email, password: PASSWORD })));
    expect(res.map((r) => r.user.email)).toEqual(users.map((u) => u.email));
  });
});

describe('account enumeration (item 4)', () => {
  /** The time of day in lock messages moves with the clock; everything else must be the same. */
  const sameShape = (e: ErrorBody | null) =>
    e && {
      status: e.data.httpStatus,
      appCode: e.data.appCode,
      message: e.message.replace(/\d+/g, '#'),
      vi: e.data.messages.vi.replace(/\d+/g, '#'),
      en: e.data.messages.en.replace(/\d+/g, '#'),
      fields: e.data.fields,
    };

  it('answers a wrong password for an account and any password for an unknown e-mail alike, lock included', async () => {
    const user = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const unknown = `nobody-${Date.now()}@test.local`;
    for (let i = 1; i <= ACCOUNT_MAX_FAILURES + 1; i++) {
      const known = await rawLogin(user.email, `wrong password ${i}`, freshIp());
      const nobody = await rawLogin(unknown, `wrong password ${i}`, freshIp());
      expect(sameShape(nobody.error), `attempt ${i}`).toEqual(sameShape(known.error));
      expect(known.error!.data.messages.en).not.toMatch(/attempts? left/);
      expect(known.error!.data.messages.vi).not.toMatch(/Còn \d+ lần/);
      if (i >= ACCOUNT_MAX_FAILURES) expect(known.error!.data.appCode).toBe('ACCOUNT_LOCKED');
      else expect(known.error!.data.appCode).toBe('INVALID_CREDENTIALS');
    }
  });

  it('verifies a hash for an unknown e-mail as for a wrong password, so both take as long', async () => {
    // Counted, not timed (timings fail on a busy machine): one argon2 verification per attempt either way; without
    // the dummy verification an unknown e-mail would answer many times faster.
    const user = await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' });
    const verificationsOf = async (email: string) => {
      const before = argon.verifications;
      await rawLogin(email, 'some wrong password', freshIp());
      return argon.verifications - before;
    };
    expect(await verificationsOf(user.email)).toBe(1);
    expect(await verificationsOf(`nobody-${Date.now()}@test.local`)).toBe(1);
  });
});
