/**
 * Standalone API: `node packages/api/dist/main.js` with DATABASE_URL (required), API_PORT (4000), API_HOST
 * (127.0.0.1), LOG_LEVEL (info); PCMBN_SEED=1 also loads the seed data (printing a new admin's password once).
 * Also read: DATABASE_POOL_SIZE, DATABASE_REPLICA_URL, PCMBN_TRUSTED_PROXIES, PCMBN_PUBLIC_CACHE_MS (5000) and the
 * PCMBN_RETAIN_*_DAYS periods (README, docs/deploy.md). Several may run on one database (systemd units, one per
 * port): migrations take an advisory lock, caches are invalidated across them, limits and sessions are shared.
 * Applies pending migrations first, then serves until SIGINT/SIGTERM.
 */
import { migrate } from './db/migrate.js';
import { seed } from './seed/index.js';
import { startApiServer } from './server/http.js';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) fail('Thiếu biến DATABASE_URL / DATABASE_URL is not set');
  const port = Number(process.env.API_PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`API_PORT không hợp lệ / API_PORT is invalid: ${process.env.API_PORT}`);
  const host = process.env.API_HOST ?? '127.0.0.1';
  const cacheMs = process.env.PCMBN_PUBLIC_CACHE_MS ? Number(process.env.PCMBN_PUBLIC_CACHE_MS) : undefined;
  if (cacheMs !== undefined && !(Number.isInteger(cacheMs) && cacheMs >= 0))
    fail(`PCMBN_PUBLIC_CACHE_MS không hợp lệ / PCMBN_PUBLIC_CACHE_MS is invalid: ${process.env.PCMBN_PUBLIC_CACHE_MS}`);

  try {
    await migrate(databaseUrl);
  } catch (error) {
    fail(`Không chạy được migration / Migration failed: ${(error as Error).message}`);
  }
  if (process.env.PCMBN_SEED === '1') {
    const result = await seed(databaseUrl);
    if (result.admin)
      process.stdout.write(
        `Admin created: ${result.admin.email} / ${result.admin.password} (change it at first sign-in)\n`,
      );
  }
  const server = await startApiServer({
    databaseUrl,
    port,
    host,
    ...(cacheMs === undefined ? {} : { publicCacheMs: cacheMs }),
  }).catch((error: Error) => fail(error.message));
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => fail((error as Error).message ?? String(error)));
