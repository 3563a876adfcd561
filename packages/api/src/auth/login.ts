import type { Context } from '../server/context.js';
import type { Db } from '../db/client.js';
import { appError } from '../errors.js';
import type { User } from '../generated/prisma/client.js';
import { writeAudit } from './audit.js';
import { burnVerifyTime, verifyPassword } from './password.js';
import { createSession, toAuthUser, type AuthSession, type AuthUser } from './session.js';
import {
  accountKey,
  accountLockedMessage,
  forgetAttempts,
  ipBlockedMessage,
  ipBlockedUntil,
  ipKey,
  markAttemptsSucceeded,
  nextAttempt,
  startAttempt,
  type AttemptStep,
} from './throttle.js';

const INVALID = {
  vi: 'Email hoặc mật khẩu không đúng',
  en: 'Wrong e-mail or password',
};

/**
 * Counts one attempt on `email` under a row lock, before any password is checked: the account's counter
 * (`User.failedLoginCount`, `lockedUntil`), or for an address without an account its `LoginThrottle` row, kept the
 * same way so both answer alike. A short transaction of its own: the lock is not held while the password is checked.
 */
async function countAttempt(root: Db, email: string, now: Date): Promise<{ user: User | null; step: AttemptStep }> {
  return root.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "User" WHERE "email" = ${email} FOR UPDATE`;
      if (locked.length > 0) {
        const user = await tx.user.findUniqueOrThrow({ where: { email } });
        const step = nextAttempt({ failures: user.failedLoginCount, lockedUntil: user.lockedUntil }, now);
        if (!step.check) return { user, step };
        const counted = await tx.user.update({
          where: { id: user.id },
          data: { failedLoginCount: step.next.failures, lockedUntil: step.next.lockedUntil },
        });
        return { user: counted, step };
      }
      await tx.$executeRaw`
        INSERT INTO "LoginThrottle" ("key", "failures", "updatedAt") VALUES (${email}, 0, ${now})
        ON CONFLICT ("key") DO NOTHING`;
      await tx.$queryRaw`SELECT "key" FROM "LoginThrottle" WHERE "key" = ${email} FOR UPDATE`;
      const row = await tx.loginThrottle.findUniqueOrThrow({ where: { key: email } });
      const step = nextAttempt(row, now);
      if (step.check) {
        await tx.loginThrottle.update({
          where: { key: email },
          data: { failures: step.next.failures, lockedUntil: step.next.lockedUntil },
        });
      }
      return { user: null, step };
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}

/**
 * Checks credentials with lockout per e-mail address (ACCOUNT_MAX_FAILURES consecutive failures lock it for
 * ACCOUNT_LOCK_MS, whether or not it has an account) and per IP (IP_MAX_FAILURES failures in IP_WINDOW_MS). Both are
 * counted before the password is checked, atomically, so parallel guesses cannot slip past them. An existing account
 * with a wrong password and an unknown address get the same answers, at the same cost (a hash is verified either way).
 * Runs outside a transaction on ctx.rootDb: failures must be recorded and audited although the call then fails.
 */
export async function login(
  ctx: Context,
  emailInput: string,
  password: string,
  now = new Date(),
): Promise<{ token: string; session: AuthSession; user: AuthUser }> {
  const email = emailInput.trim().toLowerCase();
  const root = ctx.rootDb;
  const meta = { userId: null, requestId: ctx.requestId, ip: ctx.ip };

  const attemptIds = await startAttempt(root, [accountKey(email), ...(ctx.ip ? [ipKey(ctx.ip)] : [])], now);
  if (ctx.ip) {
    const until = await ipBlockedUntil(root, ctx.ip, now, attemptIds);
    if (until) {
      await forgetAttempts(root, attemptIds);
      await writeAudit(root, meta, 'auth.login', [
        { entity: 'auth', action: 'auth.login.ip_blocked', after: { email } },
      ]);
      throw appError('TOO_MANY_REQUESTS', 'LOGIN_IP_BLOCKED', ipBlockedMessage(until, now));
    }
  }

  const { user, step } = await countAttempt(root, email, now);
  const userMeta = user ? { ...meta, userId: user.id } : meta;
  const subject = user ? { entity: 'user', entityId: user.id } : { entity: 'auth' };

  if (!step.check) {
    await writeAudit(root, userMeta, 'auth.login', [
      { ...subject, action: 'auth.login.locked', after: user ? { lockedUntil: step.lockedUntil } : { email } },
    ]);
    throw appError('TOO_MANY_REQUESTS', 'ACCOUNT_LOCKED', accountLockedMessage(step.lockedUntil, now));
  }

  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnVerifyTime(password), false);
  if (!valid) {
    if (step.locksOnFailure) {
      await writeAudit(root, userMeta, 'auth.login', [
        {
          ...subject,
          action: 'auth.lockout',
          after: { ...(user ? {} : { email }), lockedUntil: step.locksOnFailure, failures: step.attempt },
        },
      ]);
      throw appError('TOO_MANY_REQUESTS', 'ACCOUNT_LOCKED', accountLockedMessage(step.locksOnFailure, now));
    }
    await writeAudit(root, userMeta, 'auth.login', [
      {
        ...subject,
        action: 'auth.login.failed',
        after: user
          ? { reason: 'wrong_password', failures: step.attempt }
          : { email, reason: 'unknown_email', failures: step.attempt },
      },
    ]);
    // No count of attempts left: an unknown address would have to invent one, and the difference would tell.
    throw appError('UNAUTHORIZED', 'INVALID_CREDENTIALS', INVALID);
  }
  // From here on the password was right, so `user` exists.
  const account = user!;

  if (account.disabledAt) {
    await writeAudit(root, userMeta, 'auth.login', [
      { entity: 'user', entityId: account.id, action: 'auth.login.failed', after: { reason: 'disabled' } },
    ]);
    throw appError('FORBIDDEN', 'ACCOUNT_DISABLED', {
      vi: 'Tài khoản đã bị vô hiệu hoá. Liên hệ quản trị viên của tỉnh.',
      en: 'This account has been disabled. Contact your province administrator.',
    });
  }

  const { token, session } = await root.$transaction(async (tx) => {
    await markAttemptsSucceeded(tx, attemptIds);
    await tx.user.update({
      where: { id: account.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    });
    const created = await createSession(tx, account.id, { ip: ctx.ip, userAgent: ctx.userAgent }, now);
    await writeAudit(tx, userMeta, 'auth.login', [
      { entity: 'user', entityId: account.id, after: { sessionId: created.session.id } },
    ]);
    return created;
  });
  return { token, session, user: toAuthUser(account) };
}
