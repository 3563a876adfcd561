/**
 * The field app's sync credential (issue 19). Issued once to an officer signed in the ordinary way; the device keeps
 * the token (random, 256 bits; the database keeps its SHA-256, like sessions) and sends it with every sync call. It
 * lets the device do exactly four things — read the officer's own plans, activities and communes, create the
 * officer's records, attach photos to them and submit them — because only record.sync.* accept it: it is no session
 * and opens nothing else. It stops working when revoked (sign-out on the device, or by an administrator), when the
 * officer's account is disabled, or after PCMBN_FIELD_IDLE_DAYS (default 30) without use.
 */
import { can, FIELD_IDLE_DAYS_DEFAULT } from '@pcmbn/domain';
import { hashToken, newSessionToken, toAuthUser, type AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { appError } from '../errors.js';

/** Days without use after which a credential is refused (and the device wipes what it holds). */
export function fieldIdleDays(): number {
  const days = Number(process.env.PCMBN_FIELD_IDLE_DAYS);
  return Number.isInteger(days) && days > 0 ? days : FIELD_IDLE_DAYS_DEFAULT;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** lastUsedAt is written at most this often. */
const TOUCH_EVERY_MS = 60 * 1000;

export async function issueFieldCredential(
  db: DbClient,
  user: AuthUser,
  userAgent: string | null,
): Promise<{ id: string; token: string }> {
  // Only those who enter records get a credential: a viewer has nothing to send.
  if (!can(user, 'record.enter')) {
    throw appError('FORBIDDEN', 'FORBIDDEN', {
      vi: 'Vai trò của bạn không nhập kết quả thực hiện nên không dùng được ứng dụng thực địa',
      en: 'Your role does not enter records, so it cannot use the field app',
    });
  }
  const token = newSessionToken();
  const row = await db.fieldCredential.create({
    data: { tokenHash: hashToken(token), userId: user.id, userAgent: userAgent?.slice(0, 300) ?? null },
  });
  return { id: row.id, token };
}

export function refused(): never {
  throw appError('UNAUTHORIZED', 'FIELD_CREDENTIAL_REFUSED', {
    vi: 'Thiết bị này không còn được phép gửi dữ liệu (đã đăng xuất, tài khoản bị khóa hoặc quá lâu không kết nối). Hãy đăng nhập lại khi có mạng; các kết quả chưa gửi vẫn còn trên máy.',
    en: 'This device may no longer send data (signed out, account disabled or out of contact too long). Sign in again when online; unsent records stay on the device.',
  });
}

/** The officer behind a live credential, or FIELD_CREDENTIAL_REFUSED (401). Moves lastUsedAt forward. */
export async function resolveFieldCredential(
  db: DbClient,
  token: string,
  now = new Date(),
): Promise<{ credentialId: string; user: AuthUser }> {
  const row = await db.fieldCredential.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.revokedAt || row.user.disabledAt || row.user.mustChangePassword) refused();
  if (now.getTime() - row.lastUsedAt.getTime() >= fieldIdleDays() * DAY_MS) refused();
  if (!can(row.user, 'record.enter')) refused();
  if (now.getTime() - row.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    await db.fieldCredential.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { credentialId: row.id, user: toAuthUser(row.user) };
}

/** Revokes the credential behind `token` (idempotent; an unknown token changes nothing). */
export async function revokeFieldCredential(db: DbClient, token: string, now = new Date()): Promise<string | null> {
  const row = await db.fieldCredential.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row) return null;
  if (!row.revokedAt) await db.fieldCredential.update({ where: { id: row.id }, data: { revokedAt: now } });
  return row.id;
}
