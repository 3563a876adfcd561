import { cp, mkdtemp, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.js';
import { DEFAULT_MIGRATIONS_DIR, MigrationError, checksumOf, migrate, readMigrations } from './migrate.js';

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pcmbn-migrations-'));
  await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe('migrate', () => {
  it('applies every migration to an empty database and records it as Prisma does', async () => {
    const url = await createTestDatabase('mig');
    const files = await readMigrations();
    expect(files.length).toBeGreaterThan(0);

    const result = await migrate(url);
    expect(result.applied).toEqual(files.map((f) => f.name));

    const rows = await query<{
      id: string;
      checksum: string;
      migration_name: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      applied_steps_count: number;
      logs: string | null;
    }>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(files[i]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    const tables = await query<{ table_name: string }>(
      url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['Area', 'Agency', 'Plan', 'ActivityRecord', 'Contact', 'User', 'Session', 'AuditLog']),
    );
  });

  it('does nothing on a second run', async () => {
    const url = await createTestDatabase('mig');
    await migrate(url);
    expect((await migrate(url)).applied).toEqual([]);
    const [count] = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM "_prisma_migrations"');
    expect(count!.n).toBe((await readMigrations()).length);
  });

  it('is safe when two replicas migrate at the same time (advisory lock)', async () => {
    const url = await createTestDatabase('mig');
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    const applied = results.flatMap((r) => r.applied);
    expect(applied.sort()).toEqual((await readMigrations()).map((f) => f.name).sort());
    const rows = await query<{ migration_name: string; n: number }>(
      url,
      'SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY migration_name',
    );
    expect(rows.every((r) => r.n === 1)).toBe(true);
  });

  it('refuses to run when an applied migration file has changed', async () => {
    const url = await createTestDatabase('mig');
    const dir = await copyOfMigrations();
    await migrate(url, { migrationsDir: dir });
    const [first] = await readMigrations(dir);
    await appendFile(join(dir, first!.name, 'migration.sql'), '\n-- edited after it was applied\n');

    const error = await migrate(url, { migrationsDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).code).toBe('CHECKSUM_MISMATCH');
    expect((error as MigrationError).message).toContain(first!.name);
  });

  it('rolls a failing migration back completely and records nothing', async () => {
    const url = await createTestDatabase('mig');
    const dir = await copyOfMigrations();
    await migrate(url, { migrationsDir: dir });
    const name = '99990101000000_broken';
    await cp(join(dir, (await readMigrations(dir))[0]!.name), join(dir, name), { recursive: true });
    await writeFile(join(dir, name, 'migration.sql'), 'CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";\n');

    const error = await migrate(url, { migrationsDir: dir }).catch((e: unknown) => e);
    expect((error as MigrationError).code).toBe('MIGRATION_FAILED');
    const half = await query(url, `SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`);
    expect(half).toHaveLength(0);
    const recorded = await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '${name}'`);
    expect(recorded).toHaveLength(0);
  });

  it('computes checksums as SHA-256 hex of the file bytes', () => {
    expect(checksumOf('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
