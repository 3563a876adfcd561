// The whole PCMBN stack in one call, used by `pnpm start` (src/start.ts) and the end-to-end harness (src/e2e.ts):
// PostgreSQL (embedded, or DATABASE_URL) → migrations → seed → API (in-process) → the three built SvelteKit apps
// (child processes). stop() takes it down in the reverse order.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkDatabaseConnection,
  EmbeddedPostgresError,
  freePort,
  isPortFree,
  migrate,
  seed,
  startApiServer,
  startEmbeddedPostgres,
  type ApiServer,
} from '@pcmbn/api';

export interface StackOptions {
  /** Embedded PostgreSQL data (ignored when databaseUrl is set). */
  dataDir: string;
  /** External PostgreSQL (DATABASE_URL). */
  databaseUrl?: string;
  /** 0 = a free port. */
  ports: { postgres: number; api: number; admin: number; public: number; kiosk: number };
  /** Default '127.0.0.1'. */
  host?: string;
  /** Start the three built SvelteKit apps (default true). */
  apps?: boolean;
  /** Embedded PostgreSQL without fsync, for throw-away test stacks (default true: durable). */
  durable?: boolean;
  log?: (line: string) => void;
}

export interface Stack {
  urls: { api: string; admin: string; public: string; kiosk: string };
  databaseUrl: string;
  /**
   * Where the embedded cluster lives: options.dataDir, or under root, when the `postgres` user cannot reach it (a
   * repository in /root or another private folder), /var/lib/pcmbn/<hash>/postgres. Absent with DATABASE_URL.
   */
  postgresDataDir?: string;
  /** Only when this start created the admin. */
  admin?: { email: string; password: string };
  /** Stops apps, API, then PostgreSQL. */
  stop(): Promise<void>;
}

/** A one-line, human message (Vietnamese / English): port in use, database unreachable, app not built. */
export class StackError extends Error {
  override name = 'StackError';
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const APPS = ['admin', 'public', 'kiosk'] as const;
type AppName = (typeof APPS)[number];
const DATABASE_NAME = 'pcmbn';

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n').find((l) => l.trim()) ?? text).trim();
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(DATABASE_URL không đọc được / unparsable DATABASE_URL)';
  }
}

function urlFor(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${h}:${port}`;
}

async function checkPorts(host: string, ports: { name: string; port: number; host: string }[]) {
  const seen = new Map<number, string>();
  for (const { name, port } of ports) {
    if (port === 0) continue;
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new StackError(`Cổng ${name} không hợp lệ: ${port} / Invalid ${name} port: ${port}`);
    }
    const other = seen.get(port);
    if (other)
      throw new StackError(
        `Cổng ${port} được đặt cho cả ${other} và ${name} / Port ${port} is set for both ${other} and ${name}`,
      );
    seen.set(port, name);
  }
  for (const { port, host: bindHost } of ports) {
    if (port !== 0 && !(await isPortFree(port, bindHost))) {
      throw new StackError(
        `Cổng ${port} đang được dùng / Port ${port} is already in use${bindHost !== host ? ` (${bindHost})` : ''}`,
      );
    }
  }
}

async function checkDatabase(url: string) {
  try {
    new URL(url);
  } catch {
    throw new StackError('DATABASE_URL không hợp lệ / DATABASE_URL is not a valid URL');
  }
  try {
    await checkDatabaseConnection(url);
  } catch (error) {
    throw new StackError(
      `Không kết nối được cơ sở dữ liệu ${redact(url)} / Cannot reach the database: ${firstLine(error) || (error as { code?: string }).code || 'unknown error'}`,
    );
  }
}

interface RunningApp {
  name: AppName;
  child: ChildProcess;
  exited: Promise<void>;
}

function startApp(name: AppName, port: number, host: string, apiUrl: string, log: (line: string) => void): RunningApp {
  const entry = join(REPO_ROOT, 'apps', name, 'build', 'index.js');
  const child = spawn(process.execPath, [entry], {
    cwd: join(REPO_ROOT, 'apps', name),
    env: { ...process.env, PORT: String(port), HOST: host, ORIGIN: urlFor(host, port), API_URL: apiUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) log(`[${name}] ${line}`);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  const exited = new Promise<void>((resolveExit) => {
    if (child.exitCode !== null) resolveExit();
    else child.once('exit', () => resolveExit());
  });
  return { name, child, exited };
}

async function waitForHttp(app: RunningApp, url: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let exitedEarly = false;
  void app.exited.then(() => {
    exitedEarly = true;
  });
  while (Date.now() < deadline) {
    if (exitedEarly) {
      throw new StackError(
        `Ứng dụng ${app.name} dừng ngay khi khởi động (mã ${app.child.exitCode ?? app.child.signalCode}) / App ${app.name} exited during start`,
      );
    }
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
      await res.body?.cancel();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new StackError(`Ứng dụng ${app.name} không trả lời tại ${url} / App ${app.name} did not answer at ${url}`);
}

async function stopApp(app: RunningApp) {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return;
  app.child.kill('SIGTERM');
  const timer = setTimeout(() => app.child.kill('SIGKILL'), 5000);
  await app.exited;
  clearTimeout(timer);
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => {});
  const withApps = options.apps ?? true;
  const { ports } = options;

  if (withApps) {
    const missing = APPS.filter((name) => !existsSync(join(REPO_ROOT, 'apps', name, 'build', 'index.js')));
    if (missing.length > 0) {
      throw new StackError(
        `Chưa build ứng dụng ${missing.join(', ')} — chạy \`pnpm build\` / App ${missing.join(', ')} not built — run \`pnpm build\``,
      );
    }
  }
  await checkPorts(host, [
    ...(options.databaseUrl ? [] : [{ name: 'postgres', port: ports.postgres, host: '127.0.0.1' }]),
    { name: 'api', port: ports.api, host },
    ...(withApps ? APPS.map((name) => ({ name, port: ports[name], host })) : []),
  ]);

  // Everything started so far, stopped in reverse on failure or stop().
  const apps: RunningApp[] = [];
  let api: ApiServer | undefined;
  let postgres: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  const killApps = () => {
    for (const app of apps) if (app.child.exitCode === null) app.child.kill('SIGKILL');
  };
  process.once('exit', killApps);
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // Signal every app first (synchronously), so none outlives us even if this process is cut short.
      await Promise.allSettled(apps.map(stopApp));
      log('apps stopped');
      if (api) await api.close().catch((e: unknown) => log(`api close: ${firstLine(e)}`));
      log('api stopped');
      if (postgres) await postgres.stop().catch((e: unknown) => log(`postgres stop: ${firstLine(e)}`));
      if (postgres) log('postgres stopped');
      process.off('exit', killApps);
    })());

  try {
    let databaseUrl: string;
    if (options.databaseUrl) {
      await checkDatabase(options.databaseUrl);
      databaseUrl = options.databaseUrl;
      log(`database: ${redact(databaseUrl)}`);
    } else {
      try {
        postgres = await startEmbeddedPostgres({
          dataDir: options.dataDir,
          port: ports.postgres,
          durable: options.durable ?? true,
          log: (l) => log(`[postgres] ${l}`),
        });
        await postgres.createDatabase(DATABASE_NAME);
      } catch (error) {
        // Something the user has to fix (private folder, no `postgres` user, unsafe cache) says so itself.
        if (error instanceof EmbeddedPostgresError) throw new StackError(firstLine(error));
        throw new StackError(
          `Không khởi động được PostgreSQL nhúng / Embedded PostgreSQL failed to start: ${firstLine(error)}`,
        );
      }
      databaseUrl = postgres.databaseUrl(DATABASE_NAME);
      log(`embedded PostgreSQL on port ${postgres.port}, data in ${postgres.dataDir}, programs in ${postgres.binDir}`);
    }

    const migrated = await migrate(databaseUrl, { log }).catch((error: unknown) => {
      throw new StackError(`Lỗi migration / Migration failed: ${firstLine(error)}`);
    });
    log(migrated.applied.length ? `migrations applied: ${migrated.applied.join(', ')}` : 'database schema up to date');
    const seeded = await seed(databaseUrl).catch((error: unknown) => {
      throw new StackError(`Lỗi nạp dữ liệu mẫu / Seeding failed: ${firstLine(error)}`);
    });

    api = await startApiServer({
      databaseUrl,
      port: ports.api,
      host,
      logLevel: process.env.PCMBN_LOG_LEVEL ?? 'warn',
      // The apps' servers call the API from loopback and forward the browser's address in X-Forwarded-For,
      // which sign-in throttling and the audit log use.
      trustedProxies: process.env.PCMBN_TRUSTED_PROXIES ?? 'loopback',
    }).catch((error: unknown) => {
      throw new StackError(firstLine(error));
    });
    log(`api on ${api.url}`);

    const appUrls = { admin: '', public: '', kiosk: '' } as Record<AppName, string>;
    if (withApps) {
      const appPorts = await Promise.all(APPS.map(async (name) => (ports[name] === 0 ? freePort(host) : ports[name])));
      APPS.forEach((name, i) => {
        const port = appPorts[i]!;
        appUrls[name] = urlFor(host, port);
        apps.push(startApp(name, port, host, api!.url, log));
      });
      await Promise.all(apps.map((app) => waitForHttp(app, appUrls[app.name])));
      log('apps answering');
    }

    return {
      urls: { api: api.url, ...appUrls },
      databaseUrl,
      ...(postgres ? { postgresDataDir: postgres.dataDir } : {}),
      ...(seeded.admin ? { admin: seeded.admin } : {}),
      stop,
    };
  } catch (error) {
    await stop();
    if (error instanceof StackError) throw error;
    throw new StackError(firstLine(error));
  }
}
