import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { hashPassword } from '../src/auth/password.js';
import { createApiClient, type ApiClient, type ApiErrorData } from '../src/client.js';
import { createDb, type Db } from '../src/db/client.js';
import type { UserRole } from '../src/generated/prisma/client.js';
import { startApiServer, type ApiServer, type ApiServerOptions } from '../src/server/http.js';
import { createSeededDatabase } from './database.js';

export const PASSWORD = 'correct horse battery staple';

export interface AuthTestApi {
  server: ApiServer;
  db: Db;
  databaseUrl: string;
  admin: { email: string; password: string };
  close(): Promise<void>;
}

/** Migrated, seeded database; API trusting loopback proxies (so tests pick their client IP with X-Forwarded-For). */
export async function startAuthTestApi(options: Partial<ApiServerOptions> = {}): Promise<AuthTestApi> {
  const { url: databaseUrl, admin } = await createSeededDatabase('auth');
  const server = await startApiServer({
    databaseUrl,
    port: 0,
    logger: pino({ level: 'silent' }),
    trustedProxies: 'loopback',
    rateLimits: { 'auth.login': { capacity: 10_000, refillPerSecond: 10_000 } },
    ...options,
  });
  const db = createDb(databaseUrl, { max: 2 });
  return {
    server,
    db,
    databaseUrl,
    admin,
    async close() {
      await server.close();
      await db.$disconnect();
    },
  };
}

let ipCounter = 1;
/** A fresh client address per call, so per-IP throttling of one test does not leak into another. */
export function freshIp(): string {
  ipCounter++;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

export function client(api: AuthTestApi, opts: { token?: string | null; ip?: string } = {}): ApiClient {
  return createApiClient(api.server.url, { token: opts.token ?? null, forwardedFor: opts.ip ?? freshIp() });
}

export async function createUser(
  db: Db,
  fields: {
    role: UserRole;
    scopeAreaCode?: string | null;
    agencyId?: string | null;
    mustChangePassword?: boolean;
    email?: string;
  },
): Promise<{ id: string; email: string; password: string }> {
  const email = fields.email ?? `u-${randomBytes(4).toString('hex')}@test.local`;
  const row = await db.user.create({
    data: {
      email,
      displayName: `Test ${fields.role}`,
      passwordHash: await hashPassword(PASSWORD),
      role: fields.role,
      scopeAreaCode: fields.scopeAreaCode ?? null,
      agencyId: fields.agencyId ?? null,
      mustChangePassword: fields.mustChangePassword ?? false,
    },
  });
  return { id: row.id, email, password: PASSWORD };
}

export async function signIn(
  api: AuthTestApi,
  email: string,
  password = PASSWORD,
  ip = freshIp(),
): Promise<{ token: string; api: ApiClient }> {
  const res = await client(api, { ip }).auth.login.mutate({ email, password, transport: 'token' });
  return { token: res.token!, api: client(api, { token: res.token!, ip }) };
}

/** The API error's data, or throws when the promise resolved. */
export async function apiError(promise: Promise<unknown>): Promise<ApiErrorData> {
  try {
    await promise;
  } catch (error) {
    return (error as { data: ApiErrorData }).data;
  }
  throw new Error('expected an API error');
}
