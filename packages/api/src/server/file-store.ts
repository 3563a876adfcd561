/**
 * Where uploaded files live when several API replicas serve one site: in PostgreSQL (`StoredFile`, bytea), which
 * every replica already reaches and backs up with everything else — a file uploaded through one replica is read
 * through another. Attachments are at most PCMBN_MAX_UPLOAD_MB (10 MB) and imports at most 25 MB pending per user, so
 * bytea rows are fine at a province's scale (docs/deploy.md). `PCMBN_FILE_STORE=disk` keeps the single-machine
 * folder (PCMBN_UPLOAD_DIR). Reads fall back to that folder, so files stored before the switch stay readable.
 *
 * The store travels with the request (AsyncLocalStorage), so src/records/storage.ts keeps its signatures; code
 * running outside a request (the seed, scripts) uses the folder.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

export interface StoredEntry {
  path: string;
  size: number;
  createdAt: Date;
}

export interface FileStore {
  put(path: string, bytes: Uint8Array, fileName?: string): Promise<void>;
  get(path: string): Promise<{ bytes: Buffer; fileName: string | null } | undefined>;
  remove(paths: readonly string[]): Promise<void>;
  /** Entries under `prefix` (a folder, ending in '/'). */
  list(prefix: string): Promise<StoredEntry[]>;
  removeOlder(prefix: string, before: Date): Promise<void>;
}

const active = new AsyncLocalStorage<FileStore>();

export function activeFileStore(): FileStore | undefined {
  return active.getStore();
}

export function withFileStore<T>(store: FileStore | undefined, run: () => T): T {
  return store ? active.run(store, run) : run();
}

/** A LIKE pattern matching everything under `prefix`, whatever it contains. */
const under = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export class PostgresFileStore implements FileStore {
  private readonly pool: pg.Pool;

  constructor(databaseUrl: string, max = 3) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max });
    this.pool.on('error', () => undefined);
  }

  async put(path: string, bytes: Uint8Array, fileName?: string): Promise<void> {
    await this.pool.query('INSERT INTO "StoredFile" ("path", "bytes", "size", "fileName") VALUES ($1, $2, $3, $4)', [
      path,
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      bytes.byteLength,
      fileName ?? null,
    ]);
  }

  async get(path: string): Promise<{ bytes: Buffer; fileName: string | null } | undefined> {
    const { rows } = await this.pool.query<{ bytes: Buffer; fileName: string | null }>(
      'SELECT "bytes", "fileName" FROM "StoredFile" WHERE "path" = $1',
      [path],
    );
    return rows[0];
  }

  async remove(paths: readonly string[]): Promise<void> {
    if (paths.length > 0) await this.pool.query('DELETE FROM "StoredFile" WHERE "path" = ANY($1)', [paths]);
  }

  async list(prefix: string): Promise<StoredEntry[]> {
    const { rows } = await this.pool.query<StoredEntry>(
      'SELECT "path", "size", "createdAt" FROM "StoredFile" WHERE "path" LIKE $1 ORDER BY "createdAt"',
      [under(prefix)],
    );
    return rows;
  }

  async removeOlder(prefix: string, before: Date): Promise<void> {
    await this.pool.query('DELETE FROM "StoredFile" WHERE "path" LIKE $1 AND "createdAt" < $2', [
      under(prefix),
      before,
    ]);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
