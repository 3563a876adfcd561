import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { AuditEntry } from '../auth/audit.js';
import { resolveSession, CSRF_HEADER, SESSION_COOKIE, type AuthSession, type AuthUser } from '../auth/session.js';
import type { Db, DbClient } from '../db/client.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { databaseUnavailable } from '../errors.js';
import { PublicReadCache } from './public-cache.js';
import { RateLimiter, type RateLimitStore } from './rate-limit.js';
import { clientIp, isHttps, parseCookies } from './request.js';

/** What every procedure gets (src/trpc.ts builds the procedures on it; features import the type from here). */
export interface Context {
  /** Queries: the client. Mutations: the transaction the whole procedure (and its audit rows) runs in. */
  db: DbClient;
  /** The client itself, outside any transaction. Never use it inside a mutation: holding the transaction's
   *  connection while waiting for another one can exhaust the pool. Use ctx.auditFailure for failure records. */
  rootDb: Db;
  /** A streaming replica for stale-tolerant reads (public answers), when DATABASE_REPLICA_URL is set. */
  replicaDb?: Db;
  log: Logger;
  requestId: string;
  /** Client address (socket, or X-Forwarded-For from a trusted proxy). */
  ip: string | null;
  userAgent: string | null;
  /** The signed-in user, when the request carries a live session token. */
  user: AuthUser | null;
  session: AuthSession | null;
  /** How the token came: 'bearer' (servers) or 'cookie' (browsers; mutations then need the CSRF header). */
  tokenSource: 'bearer' | 'cookie' | null;
  /** `Authorization: Kiosk <token>`: a paired kiosk's credential, resolved by kioskProcedure (src/kiosk/procedure.ts). */
  kioskToken?: string | null;
  /** The request carried `x-pcmbn-csrf: 1`. */
  csrfHeader: boolean;
  /** Cookies should be Secure (request came over HTTPS). */
  https: boolean;
  /** Adds a Set-Cookie header to the response. */
  setCookie(header: string): void;
  rateLimiter: RateLimitStore;
  /** A few seconds of memory for public.* answers (src/server/public-cache.ts); a mutation drops what it changed. */
  publicCache: PublicReadCache;
  /** Records an audit entry for this mutation (see src/auth/audit.ts); a no-op in queries. */
  audit(entry: AuditEntry): void;
  /** Records an audit entry that is written even when the mutation fails (after its rollback), e.g. a wrong password. */
  auditFailure(entry: AuditEntry): void;
}

export interface ContextDeps {
  db: Db;
  /** A streaming replica for stale-tolerant reads (public.*), when DATABASE_REPLICA_URL is set. */
  replicaDb?: Db;
  log: Logger;
  trustedProxies: ReadonlySet<string>;
  rateLimiter: RateLimitStore;
  publicCache: PublicReadCache;
}

function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/.exec(header);
  return match ? match[1]! : null;
}

function kioskToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Kiosk\s+([A-Za-z0-9_-]{20,200})\s*$/.exec(header);
  return match ? match[1]! : null;
}

/** Looking up the session needs the database: when it is gone, answer 503 like the procedures do (src/trpc.ts). */
function unavailableAs503(error: unknown): never {
  throw isDatabaseUnavailable(error) ? databaseUnavailable() : error;
}

/** The tRPC context of one HTTP request: client address, session (Bearer header first, then cookie). */
export async function createRequestContext(
  deps: ContextDeps,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
): Promise<Context> {
  const ip = clientIp(req, deps.trustedProxies);
  const bearer = bearerToken(req);
  const cookie = bearer ? null : (parseCookies(req.headers.cookie)[SESSION_COOKIE] ?? null);
  const token = bearer ?? cookie;
  const resolved = token ? await resolveSession(deps.db, token).catch(unavailableAs503) : null;
  const ua = req.headers['user-agent'];
  return {
    db: deps.db,
    rootDb: deps.db,
    ...(deps.replicaDb ? { replicaDb: deps.replicaDb } : {}),
    log: deps.log.child({ reqId: requestId }),
    requestId,
    ip,
    userAgent: typeof ua === 'string' ? ua : null,
    user: resolved?.user ?? null,
    session: resolved?.session ?? null,
    tokenSource: bearer ? 'bearer' : cookie ? 'cookie' : null,
    csrfHeader: req.headers[CSRF_HEADER] === '1',
    kioskToken: kioskToken(req),
    https: isHttps(req, deps.trustedProxies),
    setCookie(header) {
      const prev = res.getHeader('set-cookie');
      const list = Array.isArray(prev) ? prev : typeof prev === 'string' ? [prev] : [];
      res.setHeader('set-cookie', [...list, header]);
    },
    rateLimiter: deps.rateLimiter,
    publicCache: deps.publicCache,
    audit: () => undefined,
    auditFailure: () => undefined,
  };
}

/** A context for in-process calls (tests, scripts): no HTTP, optional user. */
export function createInternalContext(db: Db, log: Logger, extra: Partial<Context> = {}): Context {
  return {
    db,
    rootDb: db,
    log,
    requestId: randomUUID(),
    ip: null,
    userAgent: null,
    user: null,
    session: null,
    tokenSource: null,
    csrfHeader: false,
    https: false,
    setCookie: () => undefined,
    rateLimiter: new RateLimiter(),
    // In-process calls (tests, scripts) read the database every time.
    publicCache: new PublicReadCache(0),
    audit: () => undefined,
    auditFailure: () => undefined,
    ...extra,
  };
}
