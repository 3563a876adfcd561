import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/db/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server URL of a PostgreSQL the tests may create databases on (maintenance database `postgres`). */
    postgresUrl: string;
  }
}

/** Starts a throw-away embedded PostgreSQL for the run, unless TEST_DATABASE_URL names one. */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide('postgresUrl', external);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'pcmbn-test-pg-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data') });
  project.provide('postgresUrl', pg.url);
  return async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
