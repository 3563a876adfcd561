import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/**
 * Applies prisma/migrations/<name>/migration.sql in name order and records each in Prisma's own
 * `_prisma_migrations` table, so `prisma migrate deploy` and this migrator can take turns on one database.
 *
 * - Each migration runs in one transaction together with its bookkeeping row: all or nothing.
 * - A session advisory lock serialises concurrent callers (two API replicas starting together). The key is
 *   the one Prisma's schema engine uses (72707369), so we also never race `prisma migrate deploy`.
 * - An applied migration whose file changed since (checksum = SHA-256 hex of the file, as Prisma computes
 *   it) or a failed, unresolved one stops everything with a MigrationError.
 */

/** Prisma's migrate advisory lock key (schema engine, `pg_advisory_lock(72707369)`). */
export const MIGRATION_LOCK_KEY = 72707369;

export const DEFAULT_MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'prisma', 'migrations');

export type MigrationErrorCode = 'CHECKSUM_MISMATCH' | 'FAILED_MIGRATION' | 'MIGRATION_FAILED';

export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface MigrateOptions {
  migrationsDir?: string;
  log?: (line: string) => void;
}

export interface MigrateResult {
  /** Names of the migrations this call applied (empty when the database was up to date). */
  applied: string[];
}

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

// Prisma's own DDL for the bookkeeping table (schema engine, postgres flavour).
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export function checksumOf(sql: string | Buffer): string {
  return createHash('sha256').update(sql).digest('hex');
}

export async function readMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const files: MigrationFile[] = [];
  for (const name of names) {
    const bytes = await readFile(join(dir, name, 'migration.sql'));
    files.push({ name, sql: bytes.toString('utf8'), checksum: checksumOf(bytes) });
  }
  return files;
}

export async function migrate(databaseUrl: string, options: MigrateOptions = {}): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const files = await readMigrations(options.migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
        rolled_back_at: Date | null;
      }>('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at');

      const live = rows.filter((r) => r.rolled_back_at === null);
      const failed = live.find((r) => r.finished_at === null);
      if (failed) {
        throw new MigrationError(
          'FAILED_MIGRATION',
          `Migration ${failed.migration_name} đã chạy lỗi và chưa được xử lý / failed earlier and is unresolved (see _prisma_migrations.logs; fix, then \`prisma migrate resolve\`).`,
        );
      }
      const done = new Map(live.map((r) => [r.migration_name, r.checksum]));
      for (const file of files) {
        const checksum = done.get(file.name);
        if (checksum !== undefined && checksum !== file.checksum) {
          throw new MigrationError(
            'CHECKSUM_MISMATCH',
            `Migration ${file.name} đã áp dụng nhưng tệp đã bị sửa / was applied but its file has changed since (checksum ${checksum.slice(0, 12)}… ≠ ${file.checksum.slice(0, 12)}…). Add a new migration instead of editing an applied one.`,
          );
        }
      }
      for (const name of done.keys()) {
        if (!files.some((f) => f.name === name))
          log(`migration ${name} is recorded in the database but has no file here`);
      }

      for (const file of files) {
        if (done.has(file.name)) continue;
        log(`applying migration ${file.name}`);
        try {
          await client.query('BEGIN');
          await client.query(file.sql);
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
             VALUES ($1, $2, now(), $3, NULL, NULL, now(), 1)`,
            [randomUUID(), file.checksum, file.name],
          );
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw new MigrationError(
            'MIGRATION_FAILED',
            `Migration ${file.name} lỗi, đã hoàn tác / failed and was rolled back: ${(error as Error).message}`,
            { cause: error },
          );
        }
        applied.push(file.name);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end();
  }
  return { applied };
}
