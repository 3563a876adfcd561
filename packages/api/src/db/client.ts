import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type Db = PrismaClient;
/** What queries and mutations use: the client itself or an interactive transaction (every mutation runs in one). */
export type DbClient = import('../generated/prisma/client.js').Prisma.TransactionClient;
export { Prisma } from '../generated/prisma/client.js';

/** DATABASE_POOL_SIZE: connections one API process may hold (default 10); size it so that replicas × pool stays
 *  under the server's max_connections with room for the listener, migrations and psql (docs/deploy.md). */
export function poolSizeFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.DATABASE_POOL_SIZE);
  return Number.isInteger(n) && n > 0 ? n : 10;
}

/** A Prisma client over node-postgres (Prisma 7 driver adapter); the caller owns it and calls `$disconnect()`. */
export function createDb(databaseUrl: string, options: { max?: number } = {}): Db {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.max ?? poolSizeFromEnv() });
  return new PrismaClient({ adapter });
}
