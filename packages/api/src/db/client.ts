import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type Db = PrismaClient;
/** What queries and mutations use: the client itself or an interactive transaction (every mutation runs in one). */
export type DbClient = import('../generated/prisma/client.js').Prisma.TransactionClient;
export { Prisma } from '../generated/prisma/client.js';

/** A Prisma client over node-postgres (Prisma 7 driver adapter); the caller owns it and calls `$disconnect()`. */
export function createDb(databaseUrl: string, options: { max?: number } = {}): Db {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.max ?? 10 });
  return new PrismaClient({ adapter });
}
