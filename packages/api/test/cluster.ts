import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrate } from '../src/db/migrate.js';
import { freePort } from '../src/db/ports.js';
import { seed } from '../src/seed/index.js';
import { startApiProcess, stopChild, track, until, type Child } from './processes.js';

export type { Child };

/**
 * The reference deployment of docs/deploy.md on one machine, for the multi-replica test and its bench: Debian's
 * PostgreSQL 15 as a primary and a streaming replica (initdb, pg_basebackup -R), API replicas as separate processes
 * (DATABASE_URL the primary, DATABASE_REPLICA_URL the replica), the built public app's replicas (each on its own API
 * replica) and Debian's nginx in front of them with the deploy guide's proxy settings. Everything in one temporary
 * folder, every process a child of this one; stop() ends them and deletes the folder.
 */

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const REPO_ROOT = join(PACKAGE_DIR, '..', '..');
const PG_BIN = process.env.PCMBN_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const NGINX = process.env.PCMBN_NGINX ?? '/usr/sbin/nginx';
const PUBLIC_APP = join(REPO_ROOT, 'apps', 'public', 'build', 'index.js');

export interface Cluster {
  primaryUrl: string;
  replicaUrl: string;
  /** The seeded admin (must change the password at first sign-in). */
  admin: { email: string; password: string };
  apis: Child[];
  publics: Child[];
  /** nginx in front of the public app replicas. */
  nginxUrl: string;
  /** Another API replica on the same databases (the one killed under load). */
  startApi(name: string): Promise<Child>;
  stop(): Promise<void>;
}

/** What the cluster needs on this machine; a missing one is named (CI installs them: .ci/run). */
export function missingTools(): string[] {
  const missing: string[] = [];
  for (const tool of ['initdb', 'postgres', 'pg_basebackup'])
    if (!existsSync(join(PG_BIN, tool))) missing.push(`${join(PG_BIN, tool)} (apt-get install -y postgresql-15)`);
  if (!existsSync(NGINX)) missing.push(`${NGINX} (apt-get install -y nginx-light)`);
  if (!existsSync(PUBLIC_APP)) missing.push(`${PUBLIC_APP} (pnpm build)`);
  return missing;
}

/** PostgreSQL refuses to run as root: as root, its programs run as the `postgres` user Debian's package creates. */
function postgresIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) throw new Error('running as root needs the postgres system user');
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function runToEnd(command: string, args: string[], ids: { uid: number; gid: number } | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...ids });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} → ${code}: ${output}`)),
    );
  });
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.end();
  return true;
}

export async function startCluster(options: { apiReplicas?: number; publicCacheMs?: number } = {}): Promise<Cluster> {
  const missing = missingTools();
  if (missing.length > 0) throw new Error(`the multi-replica cluster needs: ${missing.join('; ')}`);
  const ids = postgresIds();
  const dir = await mkdtemp(join(tmpdir(), 'pcmbn-cluster-'));
  const started: Child[] = [];
  const databases: Child[] = [];
  const stop = async () => {
    // Front to back: nginx, apps, APIs, then the replica before its primary.
    for (const child of started.reverse()) await stopChild(child);
    for (const child of databases.reverse()) await stopChild(child, 'SIGINT');
    await rm(dir, { recursive: true, force: true });
  };
  try {
    if (ids) {
      await chown(dir, ids.uid, ids.gid);
      await chmod(dir, 0o700);
    }
    const startPostgres = async (name: string, dataDir: string): Promise<string> => {
      const port = await freePort();
      const args = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'];
      // Sockets in our folder, not /var/run/postgresql; fsync off: the test kills API processes, not PostgreSQL.
      args.push('-c', `unix_socket_directories=${dir}`, '-c', 'fsync=off', '-c', 'max_connections=200');
      const child = track(
        name,
        '',
        spawn(join(PG_BIN, 'postgres'), args, { stdio: ['ignore', 'pipe', 'pipe'], ...ids }),
      );
      databases.push(child);
      const url = `postgresql://postgres@127.0.0.1:${port}/pcmbn`;
      const server = `postgresql://postgres@127.0.0.1:${port}/postgres`;
      await until(`PostgreSQL ${name}`, child, () => answers(server));
      return url;
    };

    const primaryDir = join(dir, 'primary');
    await runToEnd(
      join(PG_BIN, 'initdb'),
      ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale'],
      ids,
    );
    const primaryUrl = await startPostgres('primary', primaryDir);
    const maintenance = new pg.Client({ connectionString: primaryUrl.replace(/\/pcmbn$/, '/postgres') });
    await maintenance.connect();
    await maintenance.query('CREATE DATABASE pcmbn');
    await maintenance.end();
    await migrate(primaryUrl);
    const seeded = await seed(primaryUrl);
    if (!seeded.admin) throw new Error('the seed created no admin');

    // The replica as docs/deploy.md makes it: a base backup of the running primary (a fast checkpoint: a spread one
    // waits minutes), -R for standby.signal and
    // primary_conninfo, WAL streamed during the copy.
    const replicaDir = join(dir, 'replica');
    const primaryPort = new URL(primaryUrl).port;
    await runToEnd(
      join(PG_BIN, 'pg_basebackup'),
      [
        '-h',
        '127.0.0.1',
        '-p',
        primaryPort,
        '-U',
        'postgres',
        '-D',
        replicaDir,
        '-R',
        '-X',
        'stream',
        '--checkpoint=fast',
      ],
      ids,
    );
    const replicaUrl = await startPostgres('replica', replicaDir);

    const startApi = async (name: string): Promise<Child> => {
      const child = await startApiProcess(name, {
        DATABASE_URL: primaryUrl,
        DATABASE_REPLICA_URL: replicaUrl,
        PCMBN_PUBLIC_CACHE_MS: String(options.publicCacheMs ?? 600_000),
        PCMBN_FILE_STORE: 'postgres',
      });
      started.push(child);
      return child;
    };

    const apis = await Promise.all(
      Array.from({ length: options.apiReplicas ?? 2 }, (_, i) => startApi(String.fromCharCode(65 + i))),
    );

    // Two public app replicas as the systemd units run them, each on its own API replica.
    const publics = await Promise.all(
      [0, 1].map(async (i) => {
        const port = await freePort();
        const url = `http://127.0.0.1:${port}`;
        const child = track(
          `public ${i + 1}`,
          url,
          spawn(process.execPath, [PUBLIC_APP], {
            cwd: join(REPO_ROOT, 'apps', 'public'),
            env: {
              ...process.env,
              PORT: String(port),
              HOST: '127.0.0.1',
              NODE_ENV: 'production',
              API_URL: apis[i % apis.length]!.url,
              ORIGIN: url,
              ADDRESS_HEADER: 'X-Forwarded-For',
              XFF_DEPTH: '1',
              PROTOCOL_HEADER: 'x-forwarded-proto',
            },
            stdio: ['ignore', 'pipe', 'pipe'],
          }),
        );
        started.push(child);
        await until(`public app ${i + 1}`, child, async () => (await fetch(url, { redirect: 'manual' })).status < 500);
        return child;
      }),
    );

    // nginx with docs/deploy.md's proxy settings (plain HTTP on a free port, no TLS), as a foreground child.
    const nginxDir = join(dir, 'nginx');
    await mkdir(nginxDir);
    // Its workers run as nobody when the master is root: they must reach their temporary folders.
    await chmod(nginxDir, 0o777);
    if (ids) await chmod(dir, 0o711);
    const nginxPort = await freePort();
    const conf = `
worker_processes 1;
pid ${nginxDir}/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path ${nginxDir}/body;
    proxy_temp_path ${nginxDir}/proxy;
    fastcgi_temp_path ${nginxDir}/fastcgi;
    uwsgi_temp_path ${nginxDir}/uwsgi;
    scgi_temp_path ${nginxDir}/scgi;
    upstream pcmbn_public { ${publics.map((p) => `server ${new URL(p.url).host};`).join(' ')} keepalive 32; }
    server {
        listen 127.0.0.1:${nginxPort};
        client_max_body_size 12m;
        proxy_set_header Host              $host;
        proxy_set_header X-Forwarded-For   $remote_addr;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        location / { proxy_pass http://pcmbn_public; }
    }
}
`;
    await writeFile(join(nginxDir, 'nginx.conf'), conf);
    const nginxUrl = `http://127.0.0.1:${nginxPort}`;
    const nginx = track(
      'nginx',
      nginxUrl,
      spawn(NGINX, ['-p', nginxDir, '-c', join(nginxDir, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    started.push(nginx);
    await until('nginx', nginx, async () => (await fetch(nginxUrl, { redirect: 'manual' })).status < 500);

    return { primaryUrl, replicaUrl, admin: seeded.admin, apis, publics, nginxUrl, startApi, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
