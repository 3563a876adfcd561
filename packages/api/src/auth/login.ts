import type { Context } from '../trpc.js';
import { appError } from '../errors.js';
import { writeAudit } from './audit.js';
import { burnVerifyTime, verifyPassword } from './password.js';
import { createSession, toAuthUser, type AuthSession, type AuthUser } from './session.js';
import {
  ACCOUNT_LOCK_MS,
  ACCOUNT_MAX_FAILURES,
  accountKey,
  accountLockedMessage,
  ipBlockedMessage,
  ipBlockedUntil,
  ipKey,
  recordAttempt,
} from './throttle.js';

const INVALID = {
  vi: 'Email hoặc mật khẩu không đúng',
  en: 'Wrong e-mail or password',
};

/**
 * Checks credentials with lockout per account (ACCOUNT_MAX_FAILURES consecutive failures lock it for
 * ACCOUNT_LOCK_MS) and per IP (IP_MAX_FAILURES failures in IP_WINDOW_MS). Runs outside a transaction on
 * ctx.rootDb: failures must be recorded and audited although the call then fails.
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
  const keys = [accountKey(email), ...(ctx.ip ? [ipKey(ctx.ip)] : [])];

  if (ctx.ip) {
    const until = await ipBlockedUntil(root, ctx.ip, now);
    if (until) {
      await writeAudit(root, meta, 'auth.login', [
        { entity: 'auth', action: 'auth.login.ip_blocked', after: { email } },
      ]);
      throw appError('TOO_MANY_REQUESTS', 'LOGIN_IP_BLOCKED', ipBlockedMessage(until, now));
    }
  }

  const user = await root.user.findUnique({ where: { email } });
  if (!user) {
    await burnVerifyTime(password);
    await recordAttempt(root, keys, false, now);
    await writeAudit(root, meta, 'auth.login', [
      { entity: 'auth', action: 'auth.login.failed', after: { email, reason: 'unknown_email' } },
    ]);
    throw appError('UNAUTHORIZED', 'INVALID_CREDENTIALS', INVALID);
  }
  const userMeta = { ...meta, userId: user.id };

  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAttempt(root, keys, false, now);
    await writeAudit(root, userMeta, 'auth.login', [
      { entity: 'user', entityId: user.id, action: 'auth.login.locked', after: { lockedUntil: user.lockedUntil } },
    ]);
    throw appError('TOO_MANY_REQUESTS', 'ACCOUNT_LOCKED', accountLockedMessage(user.lockedUntil, now));
  }

  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordAttempt(root, keys, false, now);
    // Count atomically, so parallel guesses cannot slip past the threshold.
    const updated = await root.user.update({ where: { id: user.id }, data: { failedLoginCount: { increment: 1 } } });
    if (updated.failedLoginCount >= ACCOUNT_MAX_FAILURES) {
      const lockedUntil = new Date(now.getTime() + ACCOUNT_LOCK_MS);
      await root.user.update({ where: { id: user.id }, data: { lockedUntil, failedLoginCount: 0 } });
      await writeAudit(root, userMeta, 'auth.login', [
        {
          entity: 'user',
          entityId: user.id,
          action: 'auth.lockout',
          after: { lockedUntil, failures: updated.failedLoginCount },
        },
      ]);
      throw appError('TOO_MANY_REQUESTS', 'ACCOUNT_LOCKED', accountLockedMessage(lockedUntil, now));
    }
    await writeAudit(root, userMeta, 'auth.login', [
      {
        entity: 'user',
        entityId: user.id,
        action: 'auth.login.failed',
        after: { reason: 'wrong_password', failures: updated.failedLoginCount },
      },
    ]);
    const left = ACCOUNT_MAX_FAILURES - updated.failedLoginCount;
    throw appError('UNAUTHORIZED', 'INVALID_CREDENTIALS', {
      vi: `${INVALID.vi}. Còn ${left} lần thử trước khi tài khoản bị tạm khoá.`,
      en: `${INVALID.en}. ${left} attempts left before the account is locked.`,
    });
  }

  if (user.disabledAt) {
    await recordAttempt(root, keys, false, now);
    await writeAudit(root, userMeta, 'auth.login', [
      { entity: 'user', entityId: user.id, action: 'auth.login.failed', after: { reason: 'disabled' } },
    ]);
    throw appError('FORBIDDEN', 'ACCOUNT_DISABLED', {
      vi: 'Tài khoản đã bị vô hiệu hoá. Liên hệ quản trị viên của tỉnh.',
      en: 'This account has been disabled. Contact your province administrator.',
    });
  }

  const { token, session } = await root.$transaction(async (tx) => {
    await recordAttempt(tx, keys, true, now);
    await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    });
    const created = await createSession(tx, user.id, { ip: ctx.ip, userAgent: ctx.userAgent }, now);
    await writeAudit(tx, userMeta, 'auth.login', [
      { entity: 'user', entityId: user.id, after: { sessionId: created.session.id } },
    ]);
    return created;
  });
  return { token, session, user: toAuthUser(user) };
}
