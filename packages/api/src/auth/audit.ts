import type { DbClient } from '../db/client.js';
import type { Prisma } from '../generated/prisma/client.js';

/** What a handler says about its change; the audit middleware adds who, when, action, request id and IP. */
export interface AuditEntry {
  /** Table or concept: 'user', 'plan', 'record'… Defaults to the first segment of the procedure path. */
  entity?: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  /** Defaults to the procedure path ('user.create'). */
  action?: string;
  /** Defaults to the signed-in user (sign-in sets the user who just signed in). */
  userId?: string | null;
}

export interface AuditMeta {
  userId: string | null;
  requestId: string;
  ip: string | null;
}

// Secrets never go into the log, whatever a handler passes.
const SECRET_KEYS = new Set([
  'password',
  'passwordHash',
  'currentPassword',
  'newPassword',
  'temporaryPassword',
  'token',
  'tokenHash',
]);

export function redact(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined || depth > 20) return value ?? null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEYS.has(k) ? '[redacted]' : redact(v, depth + 1);
    return out;
  }
  return value;
}

const json = (value: unknown): Prisma.InputJsonValue | undefined =>
  value === undefined || value === null ? undefined : (redact(value) as Prisma.InputJsonValue);

export async function writeAudit(
  db: DbClient,
  meta: AuditMeta,
  action: string,
  entries: readonly AuditEntry[],
): Promise<void> {
  const defaultEntity = action.split('.')[0] ?? action;
  const rows = (entries.length > 0 ? entries : [{}]).map((e) => ({
    userId: e.userId === undefined ? meta.userId : e.userId,
    requestId: meta.requestId,
    ip: meta.ip,
    action: e.action ?? action,
    entity: e.entity ?? defaultEntity,
    entityId: e.entityId ?? null,
    before: json(e.before),
    after: json(e.after),
  }));
  await db.auditLog.createMany({ data: rows });
}
