import { can, type Action } from '@pcmbn/domain';
import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import { writeAudit, type AuditEntry } from './auth/audit.js';
import { CSRF_HEADER } from './auth/session.js';
import { isDatabaseUnavailable } from './db/unavailable.js';
import { appError, databaseUnavailable, describeError } from './errors.js';
import type { Context } from './server/context.js';
import { changedTags, tagsOfPublicAnswer } from './server/invalidation.js';
import type { RateLimit } from './server/rate-limit.js';

// ---------------------------------------------------------------------------------------------------------------
// 1. Context: what every procedure gets, defined and built per request in src/server/context.ts — there, not here,
//    so that features naming the type never import the module that builds procedures.
// ---------------------------------------------------------------------------------------------------------------
// 2. Init: superjson on the wire (Dates survive), one errorFormatter for every error.
// ---------------------------------------------------------------------------------------------------------------

/**
 * The path of the first string or object key in `value` holding U+0000, or null. PostgreSQL cannot store that
 * character in text or jsonb (the driver's error was a 500), and no field has a use for it. Iterative: a deeply nested
 * body must not overflow the stack.
 */
export function findNulCharacter(value: unknown): string | null {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return path.join('.') || '(input)';
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...path, String(i)] });
    } else if (v && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        if (key.includes('\u0000')) return [...path, key.replaceAll('\u0000', '\\u0000')].join('.');
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return null;
}

function refuseNulCharacter(payload: unknown): void {
  const raw = payload && typeof payload === 'object' && 'json' in payload ? payload.json : payload;
  const path = findNulCharacter(raw);
  if (path === null) return;
  const field = {
    path,
    vi: `Trường "${path}": không được chứa ký tự NUL (\\u0000)`,
    en: `Field "${path}": must not contain the NUL character (\\u0000)`,
  };
  throw appError(
    'BAD_REQUEST',
    'INVALID_INPUT',
    { vi: `Dữ liệu không hợp lệ: ${field.vi}`, en: `Invalid input: ${field.en}` },
    [field],
  );
}

/**
 * Inputs are plain data (zod validates them), so shared references are never needed; a body whose superjson meta
 * declares them can make an object refer to itself and hang the request (found by src/fuzz.integration.test.ts).
 * Drop them before deserialising. Outputs keep full superjson.
 */
const inputTransformer = {
  serialize: (value: unknown) => superjson.serialize(value),
  deserialize: (payload: unknown) => {
    // Every input of every procedure passes here: the one place to refuse U+0000 before zod or the database see it.
    refuseNulCharacter(payload);
    if (payload && typeof payload === 'object' && 'meta' in payload) {
      const { meta, ...rest } = payload as { meta?: unknown };
      if (meta && typeof meta === 'object') {
        const { referentialEqualities: _dropped, ...safeMeta } = meta as Record<string, unknown>;
        return superjson.deserialize({ ...rest, meta: safeMeta } as Parameters<typeof superjson.deserialize>[0]);
      }
    }
    return superjson.deserialize(payload as Parameters<typeof superjson.deserialize>[0]);
  },
};

const t = initTRPC.context<Context>().create({
  transformer: { input: inputTransformer, output: superjson },
  // Never ship stack traces, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error, ctx }) {
    const details = describeError(error);
    return {
      message: `${details.messages.vi} / ${details.messages.en}`,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        appCode: details.appCode,
        messages: details.messages,
        fields: details.fields,
        requestId: ctx?.requestId ?? null,
      },
    };
  },
});

export const createRouter = t.router;
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

// ---------------------------------------------------------------------------------------------------------------
// 3. Procedures. Authorisation lives in these builders and in src/auth/scope.ts, never inline in transport code.
//
//    every procedure          starts from `base`: a lost database answers 503 DATABASE_UNAVAILABLE, and a session
//                             that must change its password reaches only auth.me/logout/changePassword (and
//                             auth.login), whichever builder the procedure uses — public ones included
//    publicProcedure          queries anyone may call (add .use(rateLimit(...)) for the public API)
//    mutationProcedure        anonymous mutations (kiosk pairing…): transaction + audit + CSRF check
//    authedProcedure          ctx.user non-null; mutations run in one transaction with their audit rows
//    permittedProcedure(a)    authedProcedure limited to the roles PERMISSIONS grants action `a` (@pcmbn/domain);
//                             adminProcedure = permittedProcedure('admin.manage')
// ---------------------------------------------------------------------------------------------------------------

/**
 * Paths a session that must change its password may still call. auth.login reads nothing (it signs someone in).
 * Everything else — the public reads too (plan.list, plan.get…) — answers PASSWORD_CHANGE_REQUIRED: such a session
 * holds a password an admin has seen.
 */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['auth.me', 'auth.logout', 'auth.changePassword', 'auth.login']);

const passwordChangeGate = t.middleware(({ ctx, path, next }) => {
  if (ctx.user?.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(path)) {
    throw appError('FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED', {
      vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục',
      en: 'You must change your password before continuing',
    });
  }
  return next();
});

/** The database down or dropping connections is no bug of ours: 503 with a message saying so, not 500. */
const databaseErrors = t.middleware(async ({ next }) => {
  let result: Awaited<ReturnType<typeof next>>;
  try {
    result = await next();
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw databaseUnavailable();
    throw error;
  }
  if (!result.ok && isDatabaseUnavailable(result.error)) throw databaseUnavailable();
  return result;
});

const base = t.procedure.use(databaseErrors).use(passwordChangeGate);

export const publicProcedure = base;

/**
 * Mutations: cookie-authenticated ones must carry the CSRF header (a custom header cannot be sent cross-site
 * without a CORS preflight, which we never grant). The procedure runs in one transaction; the audit rows the
 * handler reported through ctx.audit (or one default row) are written in it, so a change and its audit commit
 * together or not at all.
 */
const noAudit = (_entry: AuditEntry): void => undefined;

const audited = t.middleware(async ({ ctx, type, path, next }) => {
  if (type !== 'mutation') return next({ ctx: { audit: noAudit, auditFailure: noAudit } });
  if (ctx.tokenSource === 'cookie' && !ctx.csrfHeader) {
    throw appError('FORBIDDEN', 'CSRF_HEADER_MISSING', {
      vi: `Yêu cầu thiếu tiêu đề chống giả mạo ${CSRF_HEADER}: 1`,
      en: `The request lacks the anti-forgery header ${CSRF_HEADER}: 1`,
    });
  }
  const entries: AuditEntry[] = [];
  const failureEntries: AuditEntry[] = [];
  const auditFailure = (entry: AuditEntry): void => void failureEntries.push(entry);
  const meta = { userId: ctx.user?.id ?? null, requestId: ctx.requestId, ip: ctx.ip };
  const failed = new Error('the procedure failed: its transaction is rolled back');
  let failure: Awaited<ReturnType<typeof next>> | undefined;
  try {
    return await ctx.rootDb
      .$transaction(
        async (tx) => {
          const audit = (entry: AuditEntry): void => void entries.push(entry);
          const result = await next({ ctx: { db: tx, audit, auditFailure } });
          if (!result.ok) {
            failure = result;
            throw failed;
          }
          await writeAudit(tx, meta, path, entries);
          return result;
        },
        { maxWait: 10_000, timeout: 120_000 },
      )
      .then(async (result) => {
        // Committed: the public answers computed from what it changed are out of date (src/server/invalidation.ts).
        ctx.publicCache.invalidate(await changedTags(ctx.rootDb, path, entries));
        return result;
      });
  } catch (error) {
    if (failureEntries.length > 0) await writeAudit(ctx.rootDb, meta, path, failureEntries);
    if (error === failed && failure) return failure;
    throw error;
  }
});

const requireUser = t.middleware(({ ctx, next }) => {
  if (!ctx.user || !ctx.session) {
    throw appError('UNAUTHORIZED', 'UNAUTHENTICATED', {
      vi: 'Bạn cần đăng nhập (phiên đăng nhập không có hoặc đã hết hạn)',
      en: 'Please sign in (no session, or it has expired)',
    });
  }
  return next({ ctx: { user: ctx.user, session: ctx.session } });
});

export const mutationProcedure = base.use(audited);

/**
 * Telemetry (a kiosk's heartbeat): one statement, no transaction, no audit row and nothing public dropped — a fleet
 * beating every 180 s would otherwise fill the audit log and empty the public cache many times a minute. The audit
 * log keeps real changes; the last-seen row is the record.
 */
export const telemetryProcedure = base.use(({ ctx, next }) => {
  if (ctx.tokenSource === 'cookie' && !ctx.csrfHeader) {
    throw appError('FORBIDDEN', 'CSRF_HEADER_MISSING', {
      vi: `Yêu cầu thiếu tiêu đề chống giả mạo ${CSRF_HEADER}: 1`,
      en: `The request lacks the anti-forgery header ${CSRF_HEADER}: 1`,
    });
  }
  return next({ ctx: { audit: noAudit, auditFailure: noAudit } });
});

export const authedProcedure = base.use(requireUser).use(audited);

/** authedProcedure limited to the roles the domain's PERMISSIONS table grants `action`; scope is checked after. */
export function permittedProcedure(action: Action) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!can(ctx.user, action)) {
      throw appError('FORBIDDEN', 'FORBIDDEN', {
        vi: 'Vai trò của bạn không được phép thực hiện thao tác này',
        en: 'Your role is not allowed to do this',
      });
    }
    return next();
  });
}

export const adminProcedure = permittedProcedure('admin.manage');

/**
 * Public answers from the server's short-lived cache: the key is the procedure and its raw input, so every distinct
 * question is its own entry, tagged with what it was computed from. Only for procedures whose answer is the same for
 * everyone (public.*). An answer held in memory costs no database work, so it is never refused for the address's
 * sake — a commune behind one carrier-grade NAT address reads the site on 30 July; only a call that must compute
 * (a new search term, a new period) takes a token of `limit` per address.
 */
export function publicCached(name: string, limit: RateLimit) {
  return t.middleware(async ({ ctx, path, type, getRawInput, next }) => {
    if (type !== 'query') return next();
    const key = `${path} ${JSON.stringify((await getRawInput()) ?? null)}`;
    if (!ctx.publicCache.has(key)) await takeToken(ctx, name, ctx.ip ?? 'unknown', limit);
    return ctx.publicCache.get(
      key,
      // The same for everyone and allowed to be seconds old: computed on the read replica when there is one.
      () => (ctx.replicaDb ? next({ ctx: { db: ctx.replicaDb } }) : next()),
      (result) => result.ok,
      (result) => tagsOfPublicAnswer(path, result.ok ? result.data : undefined),
    );
  });
}

async function takeToken(ctx: Context, name: string, key: string, limit: RateLimit): Promise<void> {
  const result = await ctx.rateLimiter.take(name, key, limit);
  if (!result.ok) {
    const seconds = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
    throw appError('TOO_MANY_REQUESTS', 'RATE_LIMITED', {
      vi: `Quá nhiều yêu cầu, vui lòng thử lại sau ${seconds} giây`,
      en: `Too many requests, try again in ${seconds} seconds`,
    });
  }
}

/**
 * Token-bucket limit per client IP (`.use(rateLimit('public', LIMITS.publicRead))`), or per signed-in user
 * (`by: 'user'`; anonymous callers then count per IP). Use both for guesses that a user could spread over addresses.
 */
export function rateLimit(name: string, limit: RateLimit, by: 'ip' | 'user' = 'ip') {
  return t.middleware(async ({ ctx, next }) => {
    const key = by === 'user' && ctx.user ? `user:${ctx.user.id}` : (ctx.ip ?? 'unknown');
    await takeToken(ctx, name, key, limit);
    return next();
  });
}
