import { pino } from 'pino';
import { startApiServer, type ApiServer } from '../src/server/http.js';
import { createSeededDatabase } from './database.js';

/** A migrated, seeded database and an API server on a free port, for tests over real HTTP. */
export async function startTestApi(): Promise<{ server: ApiServer; databaseUrl: string }> {
  const { url: databaseUrl } = await createSeededDatabase('api');
  const server = await startApiServer({ databaseUrl, port: 0, logger: pino({ level: 'silent' }) });
  return { server, databaseUrl };
}
