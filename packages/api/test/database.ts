import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

async function create(prefix: string, template?: string): Promise<string> {
  const serverUrl = inject('postgresUrl');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh, empty database on the test server: for tests of the migrator and the seed themselves. */
export function createTestDatabase(prefix = 'test'): Promise<string> {
  return create(prefix);
}

/** A fresh database with every migration applied (a copy of the run's template, test/global-setup.ts). */
export function createMigratedDatabase(prefix = 'test'): Promise<string> {
  return create(prefix, inject('templates').migrated);
}

/**
 * A fresh migrated and seeded database (a copy of the run's template) and the seeded admin's credentials,
 * exactly what `migrate` then `seed` on an empty database give.
 */
export async function createSeededDatabase(
  prefix = 'test',
): Promise<{ url: string; admin: { email: string; password: string } }> {
  const { seeded, admin } = inject('templates');
  return { url: await create(prefix, seeded), admin };
}
