import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { pino, type Logger } from 'pino';
import { publicCacheResponseMeta } from '../content/cache.js';
import { createDb, poolSizeFromEnv, type Db } from '../db/client.js';
import { appRouter } from '../root.js';
import { createRequestContext } from './context.js';
import { tagPublicAnswers } from './etag.js';
import { checkTrpcRequest, MAX_JSON_BODY_BYTES, sendTrpcRefusal } from './limits.js';
import { PreparedAnswers } from './prepared.js';
import { answerSearch } from './prepared-search.js';
import { PublicReadCache } from './public-cache.js';
import { startInvalidationBus } from './bus.js';
import { PostgresFileStore, withFileStore } from './file-store.js';
import { RateLimiter, type RateLimit } from './rate-limit.js';
import { warmRollUps } from '../plans/load.js';
import { keepTalliesWarm } from '../plans/tally.js';
import { retentionFromEnv, scheduleRetention, type RetentionDays } from './retention.js';
import { PostgresRateLimiter } from './shared-limits.js';
import { parseTrustedProxies } from './request.js';
import { handleFiles } from './uploads.js';

export interface ApiServerOptions {
  databaseUrl: string;
  /** 0: a free port. */
  port: number;
  host?: string;
  /** pino level; default env LOG_LEVEL or 'info'. Ignored when `logger` is given. */
  logLevel?: string;
  logger?: Logger;
  /** How long close() waits for in-flight requests before cutting connections. Default 10 s. */
  shutdownGraceMs?: number;
  /** Addresses whose X-Forwarded-For is believed; default env PCMBN_TRUSTED_PROXIES (comma list, 'loopback'). */
  trustedProxies?: string;
  /** Replace named rate limits, e.g. { 'auth.login': { capacity: 1000, refillPerSecond: 1000 } } in tests. */
  rateLimits?: Record<string, RateLimit>;
  /** How long public.* answers are kept in memory (default 5 s; 0 turns it off). Mutations drop what they changed. */
  publicCacheMs?: number;
  /** Stale-tolerant reads (public.*) go here; default env DATABASE_REPLICA_URL; writes always use `databaseUrl`. */
  databaseReplicaUrl?: string;
  /** Connections in the pool; default env DATABASE_POOL_SIZE or 10. */
  poolSize?: number;
  /** 'postgres' (default: every replica shares the buckets) or 'memory' (this process only). */
  rateLimitStore?: 'postgres' | 'memory';
  /** Where uploads go: 'postgres' (default; every replica reads them) or 'disk' (PCMBN_UPLOAD_DIR); env PCMBN_FILE_STORE. */
  fileStore?: 'postgres' | 'disk';
  /** Retention periods (src/server/retention.ts); default from the environment; false: no retention timer. */
  retention?: RetentionDays | false;
}

export interface ApiServer {
  /** Base URL, e.g. http://127.0.0.1:4000 (tRPC at `${url}/trpc`). */
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish, then closes the database pool. Idempotent. */
  close(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function databaseReachable(db: Db, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      db.$queryRaw`SELECT 1`.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The API over node:http: tRPC at /trpc, GET /healthz (process up), GET /readyz (database reachable).
 * Every request gets an id (the caller's X-Request-Id when well-formed), echoed in the response and the logs.
 */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const host = options.host ?? '127.0.0.1';
  const log =
    options.logger ??
    pino({ level: options.logLevel ?? process.env.LOG_LEVEL ?? 'info', base: { service: 'pcmbn-api' } });
  const poolSize = options.poolSize ?? poolSizeFromEnv();
  const db = createDb(options.databaseUrl, { max: poolSize });
  const replicaUrl = options.databaseReplicaUrl ?? (process.env.DATABASE_REPLICA_URL || undefined);
  const replicaDb = replicaUrl ? createDb(replicaUrl, { max: poolSize }) : undefined;
  const requestIds = new WeakMap<IncomingMessage, string>();
  const publicCache = new PublicReadCache(options.publicCacheMs ?? 5_000);
  const prepared = new PreparedAnswers(publicCache);
  const sharedLimits =
    options.rateLimitStore === 'memory' ? undefined : new PostgresRateLimiter(options.databaseUrl, options.rateLimits);
  const deps = {
    db,
    ...(replicaDb ? { replicaDb } : {}),
    log,
    trustedProxies: parseTrustedProxies(options.trustedProxies ?? process.env.PCMBN_TRUSTED_PROXIES),
    rateLimiter: sharedLimits ?? new RateLimiter(options.rateLimits),
    publicCache,
  };
  const fileStore =
    (options.fileStore ?? process.env.PCMBN_FILE_STORE) === 'disk'
      ? undefined
      : new PostgresFileStore(options.databaseUrl);
  // Other replicas hear of every change committed here, and this one of theirs (src/server/bus.ts).
  const bus = startInvalidationBus(options.databaseUrl, publicCache, log);
  const retention = options.retention ?? retentionFromEnv();
  const stopRetention = retention ? scheduleRetention(db, retention, log) : () => undefined;
  // Kept plan tallies patched in the background when their data moves, the last-changed plans read at start
  // (src/plans/tally.ts, src/plans/README.md).
  let stopped = false;
  const onTallyError = (err: unknown) => {
    if (!stopped) log.warn({ err }, 'plan tallies not kept up to date in the background');
  };
  const tallies = keepTalliesWarm(db, { onError: onTallyError });
  const warming = warmRollUps(db, { stopped: () => stopped, onError: onTallyError }).catch(onTallyError);

  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    // A body without Content-Length is counted as it streams in and refused (413) past the limit (src/server/limits.ts).
    maxBodySize: MAX_JSON_BODY_BYTES,
    createContext: ({ req, res }) => createRequestContext(deps, req, res, requestIds.get(req) ?? randomUUID()),
    // Public read API answers are cacheable (src/content/cache.ts).
    responseMeta: publicCacheResponseMeta,
    onError: ({ error, path, ctx }) => {
      const reqLog = ctx?.log ?? log;
      if (error.code === 'INTERNAL_SERVER_ERROR') reqLog.error({ err: error.cause ?? error, path }, 'procedure failed');
      else reqLog.info({ code: error.code, path }, 'procedure rejected');
    },
  });

  let shuttingDown = false;
  // Uploads stored during a request go to the shared store (src/records/storage.ts asks for it).
  const server = createServer((req, res) => withFileStore(fileStore, () => handle(req, res)));
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (shuttingDown) res.setHeader('connection', 'close');
    const started = process.hrtime.bigint();
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    requestIds.set(req, requestId);
    res.setHeader('x-request-id', requestId);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // The path (the procedure), never the query string: a query's input can be what a reader at risk typed into
      // the public search, and the site promises to keep nothing about its readers.
      log.info(
        { reqId: requestId, method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        'request',
      );
    });

    if (path === '/trpc' || path.startsWith('/trpc/')) {
      // Oversized bodies (by Content-Length), long batches and batched sign-ins are refused before anything is read.
      const search = new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
      const refusal = checkTrpcRequest(req, path, search);
      if (refusal) {
        sendTrpcRefusal(res, refusal, requestId);
        return;
      }
      // A reader's search is answered before tRPC, privately (src/server/prepared-search.ts); tRPC when it must.
      if (answerSearch(deps, req, res, path, search, () => trpc(req, res))) return;
      // A public answer already prepared is sent as bytes (src/server/prepared.ts); otherwise tRPC answers, and a
      // cacheable answer gets an ETag, answers If-None-Match with 304 (src/server/etag.ts) and is prepared.
      if (PreparedAnswers.eligible(req, path)) {
        if (prepared.serve(req, res)) return;
        const generation = publicCache.generation;
        const url = req.url ?? '';
        tagPublicAnswers(req, res, (body, etag) => prepared.keep(url, path, body, etag, generation));
      } else tagPublicAnswers(req, res);
      trpc(req, res);
      return;
    }
    if (handleFiles(req, res, (rq, rs) => createRequestContext(deps, rq, rs, requestId), requestId)) return;
    if (req.method === 'GET' && path === '/healthz') {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    if (req.method === 'GET' && path === '/readyz') {
      // Draining: tell the load balancer to stop sending traffic here.
      if (shuttingDown) {
        sendJson(res, 503, { status: 'unavailable', reason: 'shutting down' });
        return;
      }
      void databaseReachable(db).then((ok) =>
        ok
          ? sendJson(res, 200, { status: 'ready' })
          : sendJson(res, 503, { status: 'unavailable', reason: 'database' }),
      );
      return;
    }
    sendJson(res, 404, { error: { vi: 'Không tìm thấy', en: 'Not found' } });
  };
  // Keep-alive slightly above typical proxy timeouts; close() trims idle sockets anyway.
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Cổng ${options.port} đang được dùng / Port ${options.port} is already in use`, { cause: error })
          : error,
      );
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(options.port, host);
  }).catch(async (error: unknown) => {
    stopRetention();
    stopped = true;
    await Promise.all([tallies.stop(), warming]);
    await bus.close();
    await Promise.all([db.$disconnect(), replicaDb?.$disconnect(), sharedLimits?.close(), fileStore?.close()]);
    throw error;
  });

  const { port } = server.address() as AddressInfo;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${port}`;
  log.info({ url }, 'api listening');

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      shuttingDown = true;
      const grace = options.shutdownGraceMs ?? 10_000;
      await new Promise<void>((resolve) => {
        // In-flight requests finish; idle keep-alive sockets are closed now and as they become idle.
        server.close(() => resolve());
        server.closeIdleConnections();
        const idle = setInterval(() => server.closeIdleConnections(), 100);
        const force = setTimeout(() => server.closeAllConnections(), grace);
        server.once('close', () => {
          clearInterval(idle);
          clearTimeout(force);
        });
      });
      stopRetention();
      stopped = true;
      await Promise.all([tallies.stop(), warming]);
      await bus.close();
      await Promise.all([db.$disconnect(), replicaDb?.$disconnect(), sharedLimits?.close(), fileStore?.close()]);
      log.info('api stopped');
    })();
    return closing;
  };

  return { url, port, close };
}
