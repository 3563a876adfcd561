import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { migrate } from '../src/db/migrate.js';
import { seed } from '../src/seed/index.js';

export interface TestTemplates {
  /** Database with every migration applied, nothing else. */
  migrated: string;
  /** `migrated` plus the seed (reference data, seed plans, contents, the admin). */
  seeded: string;
  /** The seeded admin's credentials (the seed returns them only once, here). */
  admin: { email: string; password: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server URL of a PostgreSQL the tests may create databases on (maintenance database `postgres`). */
    postgresUrl: string;
    templates: TestTemplates;
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Migrates and seeds two template databases once per run, so each test file clones one with
 * `CREATE DATABASE … TEMPLATE …` (milliseconds) instead of migrating and seeding its own (seconds).
 * Names carry a random suffix: several runs may share one TEST_DATABASE_URL server.
 */
async function prepareTemplates(serverUrl: string): Promise<{ templates: TestTemplates; drop: () => Promise<void> }> {
  const suffix = randomBytes(4).toString('hex');
  const migrated = `tpl_migrated_${suffix}`;
  const seeded = `tpl_seeded_${suffix}`;
  await onServer(serverUrl, `CREATE DATABASE "${migrated}"`);
  await migrate(databaseUrl(serverUrl, migrated));
  await onServer(serverUrl, `CREATE DATABASE "${seeded}" TEMPLATE "${migrated}"`);
  const result = await seed(databaseUrl(serverUrl, seeded));
  if (!result.admin) throw new Error('the seeded template has no admin');
  return {
    templates: { migrated, seeded, admin: result.admin },
    async drop() {
      for (const name of [seeded, migrated])
        await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Starts a throw-away embedded PostgreSQL for the run, unless TEST_DATABASE_URL names one; prepares the templates. */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const { templates, drop } = await prepareTemplates(external);
    project.provide('postgresUrl', external);
    project.provide('templates', templates);
    return drop;
  }
  const dir = await mkdtemp(join(tmpdir(), 'pcmbn-test-pg-'));
  await chmod(dir, 0o755);
  // Throw-away data: no fsync (the same PostgreSQL, without waiting for the disk at every commit).
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), durable: false });
  try {
    const { templates } = await prepareTemplates(pg.url);
    project.provide('postgresUrl', pg.url);
    project.provide('templates', templates);
  } catch (error) {
    await pg.stop();
    throw error;
  }
  return async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
