import { createHash, randomBytes } from 'node:crypto';
import type { DbClient } from '../db/client.js';
import type { UserRole } from '../generated/prisma/client.js';

/** A session dies after this long without use (sliding)… */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** …and this long after sign-in whatever happens. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** lastSeenAt/expiresAt are written at most this often per session. */
const TOUCH_EVERY_MS = 60 * 1000;

export const SESSION_COOKIE = 'pcmbn_session';
export const CSRF_HEADER = 'x-pcmbn-csrf';

/** The signed-in user as procedures see it. */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  agencyId: string | null;
  /** A province code (province_admin, agency_officer, viewer) or a district code (district_officer); null = every province. */
  scopeAreaCode: string | null;
  mustChangePassword: boolean;
}

export interface AuthSession {
  id: string;
  expiresAt: Date;
}

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function toAuthUser(row: AuthUser): AuthUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    agencyId: row.agencyId,
    scopeAreaCode: row.scopeAreaCode,
    mustChangePassword: row.mustChangePassword,
  };
}

export async function createSession(
  db: DbClient,
  userId: string,
  meta: { ip: string | null; userAgent: string | null },
  now = new Date(),
): Promise<{ token: string; session: AuthSession }> {
  const token = newSessionToken();
  const row = await db.session.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
  });
  return { token, session: { id: row.id, expiresAt: row.expiresAt } };
}

/** The live session for `token` and its user, sliding its expiry forward; null when unknown, expired, revoked or the user is disabled. */
export async function resolveSession(
  db: DbClient,
  token: string,
  now = new Date(),
): Promise<{ user: AuthUser; session: AuthSession } | null> {
  if (token.length < 20 || token.length > 200) return null;
  const row = await db.session.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.revokedAt || row.expiresAt <= now || row.user.disabledAt) return null;
  let expiresAt = row.expiresAt;
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, row.createdAt.getTime() + SESSION_MAX_MS));
    await db.session.update({ where: { id: row.id }, data: { lastSeenAt: now, expiresAt } });
  }
  return { user: toAuthUser(row.user), session: { id: row.id, expiresAt } };
}

/** Revokes a user's live sessions, except `keepSessionId`. */
export async function revokeSessions(
  db: DbClient,
  userId: string,
  keepSessionId?: string,
  now = new Date(),
): Promise<number> {
  const result = await db.session.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: now },
  });
  return result.count;
}
