import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded.js';
import { isPortFree } from './ports.js';

async function scalar(url: string, sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(sql);
    return rows[0] ? Object.values(rows[0])[0] : undefined;
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  it('keeps data and credentials across a stop and a restart, and frees its port on stop', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pcmbn-embedded-'));
    await chmod(dir, 0o755);
    const dataDir = join(dir, 'data');
    try {
      const first = await startEmbeddedPostgres({ dataDir });
      await first.createDatabase('keep');
      await first.createDatabase('keep'); // creating an existing database is a no-op
      await scalar(first.databaseUrl('keep'), 'CREATE TABLE kept (v text)');
      await scalar(first.databaseUrl('keep'), `INSERT INTO kept VALUES ('still here')`);
      expect(first.url).toMatch(/^postgresql:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/postgres$/);
      await first.stop();
      await first.stop(); // idempotent
      expect(await isPortFree(first.port)).toBe(true);

      const second = await startEmbeddedPostgres({ dataDir });
      try {
        expect(await scalar(second.databaseUrl('keep'), 'SELECT v FROM kept')).toBe('still here');
      } finally {
        await second.stop();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('fails with the port in the message when the port is taken', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pcmbn-embedded-'));
    await chmod(dir, 0o755);
    const first = await startEmbeddedPostgres({ dataDir: join(dir, 'a') });
    try {
      await expect(startEmbeddedPostgres({ dataDir: join(dir, 'b'), port: first.port })).rejects.toThrow(
        String(first.port),
      );
    } finally {
      await first.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
