import { pino } from 'pino';
import { migrate } from '../src/db/migrate.js';
import { seed } from '../src/seed/index.js';
import { startApiServer, type ApiServer } from '../src/server/http.js';
import { createTestDatabase } from './database.js';

/** A migrated, seeded database and an API server on a free port, for tests over real HTTP. */
export async function startTestApi(): Promise<{ server: ApiServer; databaseUrl: string }> {
  const databaseUrl = await createTestDatabase('api');
  await migrate(databaseUrl);
  await seed(databaseUrl);
  const server = await startApiServer({ databaseUrl, port: 0, logger: pino({ level: 'silent' }) });
  return { server, databaseUrl };
}
