/**
 * Retention: rows nobody needs after a while — audit entries, sign-in attempts, ended sessions, kiosk usage events,
 * rate-limit buckets, help requests — deleted on a timer by the API itself. Every replica runs the timer; a PostgreSQL advisory lock
 * taken for the transaction lets exactly one of them do the work each time (the others see it held and skip).
 * Periods are settings (days), defaults below and in the README; 0 keeps a kind for ever.
 */
import type { Db } from '../db/client.js';

export interface RetentionDays {
  /** PCMBN_RETAIN_AUDIT_DAYS: audit log entries (default 1,095 — three years, past a plan's reporting cycle). */
  audit: number;
  /** PCMBN_RETAIN_LOGIN_ATTEMPT_DAYS: sign-in attempts (default 90; throttling looks back 15 minutes). */
  loginAttempts: number;
  /** PCMBN_RETAIN_SESSION_DAYS: sessions ended (expired or revoked) this long ago (default 30). */
  sessions: number;
  /** PCMBN_RETAIN_TELEMETRY_DAYS: kiosk usage events already turned into a record or this old, and idle rate-limit
   *  buckets (a day) (default 400: a month's usage can still be approved a year later). */
  telemetry: number;
  /** PCMBN_RETAIN_HELP_REQUEST_DAYS: messages to the hotline desk, handled or not (default 30; never 0 — the public
   *  page promises they are deleted, so 0 and nonsense take the default). */
  helpRequests: number;
}

export const DEFAULT_RETENTION: RetentionDays = {
  audit: 1_095,
  loginAttempts: 90,
  sessions: 30,
  telemetry: 400,
  helpRequests: 30,
};

function days(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback;
}

export function retentionFromEnv(env: NodeJS.ProcessEnv = process.env): RetentionDays {
  return {
    audit: days(env.PCMBN_RETAIN_AUDIT_DAYS, DEFAULT_RETENTION.audit),
    loginAttempts: days(env.PCMBN_RETAIN_LOGIN_ATTEMPT_DAYS, DEFAULT_RETENTION.loginAttempts),
    sessions: days(env.PCMBN_RETAIN_SESSION_DAYS, DEFAULT_RETENTION.sessions),
    telemetry: days(env.PCMBN_RETAIN_TELEMETRY_DAYS, DEFAULT_RETENTION.telemetry),
    helpRequests: days(env.PCMBN_RETAIN_HELP_REQUEST_DAYS, 0) || DEFAULT_RETENTION.helpRequests,
  };
}

/** Any fixed number: the lock is only ever taken here. */
const RETENTION_LOCK = 180_518;

export interface RetentionResult {
  /** False when another replica held the lock and did the work. */
  ran: boolean;
  deleted: {
    audit: number;
    loginAttempts: number;
    sessions: number;
    kioskUsage: number;
    rateLimits: number;
    helpRequests: number;
  };
}

export async function runRetention(db: Db, keep: RetentionDays, now = new Date()): Promise<RetentionResult> {
  const before = (d: number) => new Date(now.getTime() - d * 86_400_000);
  const none = { audit: 0, loginAttempts: 0, sessions: 0, kioskUsage: 0, rateLimits: 0, helpRequests: 0 };
  return db.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<[{ locked: boolean }]>`
        SELECT pg_try_advisory_xact_lock(${RETENTION_LOCK}) AS locked`;
      if (!locked) return { ran: false, deleted: none };
      const deleted = { ...none };
      if (keep.audit > 0)
        deleted.audit = (await tx.auditLog.deleteMany({ where: { at: { lt: before(keep.audit) } } })).count;
      if (keep.loginAttempts > 0)
        deleted.loginAttempts = (
          await tx.loginAttempt.deleteMany({ where: { at: { lt: before(keep.loginAttempts) } } })
        ).count;
      if (keep.sessions > 0) {
        const cutoff = before(keep.sessions);
        deleted.sessions = (
          await tx.session.deleteMany({ where: { OR: [{ expiresAt: { lt: cutoff } }, { revokedAt: { lt: cutoff } }] } })
        ).count;
      }
      if (keep.telemetry > 0)
        deleted.kioskUsage = (
          await tx.kioskUsageEvent.deleteMany({ where: { occurredAt: { lt: before(keep.telemetry) } } })
        ).count;
      if (keep.helpRequests > 0)
        deleted.helpRequests = (
          await tx.helpRequest.deleteMany({ where: { createdAt: { lt: before(keep.helpRequests) } } })
        ).count;
      deleted.rateLimits = (await tx.rateLimitBucket.deleteMany({ where: { updatedAt: { lt: before(1) } } })).count;
      return { ran: true, deleted };
    },
    { timeout: 600_000, maxWait: 10_000 },
  );
}

/** Runs the job now and then every `everyMs` (default 6 h) until stopped; a failure is logged and retried next time. */
export function scheduleRetention(
  db: Db,
  keep: RetentionDays,
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void },
  everyMs = 6 * 3_600_000,
): () => void {
  const run = () =>
    runRetention(db, keep).then(
      (result) => result.ran && log.info({ deleted: result.deleted }, 'retention'),
      (error: unknown) => log.warn({ err: error }, 'retention failed'),
    );
  const first = setTimeout(() => void run(), 10 * 60_000);
  const timer = setInterval(() => void run(), everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
