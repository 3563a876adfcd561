import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { resolveSession, CSRF_HEADER, SESSION_COOKIE } from '../auth/session.js';
import type { Db } from '../db/client.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { databaseUnavailable } from '../errors.js';
import type { Context } from '../trpc.js';
import { PublicReadCache } from './public-cache.js';
import { RateLimiter, type RateLimitStore } from './rate-limit.js';
import { clientIp, isHttps, parseCookies } from './request.js';

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
