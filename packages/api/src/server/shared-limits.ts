/**
 * Token buckets in PostgreSQL, shared by every API replica: behind two replicas an in-process bucket gave each
 * address twice the limit (75 sign-ins on one, 148 alternating two). One statement reads, refills and takes under
 * the row's lock, so concurrent takes on any replica never overdraw. Used for the costly work only — sign-ins, kiosk
 * pairing, uploads, public answers not in memory — never for an answer served from memory.
 */
import pg from 'pg';
import type { RateLimit, RateLimitResult, RateLimitStore } from './rate-limit.js';

/**
 * Its own two connections, never the procedures' pool: a limit is often checked inside a mutation's transaction,
 * which holds a connection of that pool — waiting there for a second one could exhaust it under a burst. Taking
 * outside the transaction also means a refused or failed call (a wrong pairing code) still spends its token.
 */
export class PostgresRateLimiter implements RateLimitStore {
  private readonly pool: pg.Pool;

  constructor(
    databaseUrl: string,
    private readonly overrides: Record<string, RateLimit> = {},
  ) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    this.pool.on('error', () => undefined);
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  async take(name: string, key: string, requested: RateLimit, cost = 1): Promise<RateLimitResult> {
    const { capacity, refillPerSecond } = this.overrides[name] ?? requested;
    const { rows } = await this.pool.query<{ ok: boolean; tokens: number }>(
      `WITH now AS (SELECT clock_timestamp()::timestamp(3) AS at)
       INSERT INTO "RateLimitBucket" AS b ("name", "key", "tokens", "ok", "updatedAt")
       SELECT $1, $2, $3::float8 - $5::float8, $3::float8 >= $5::float8, now.at FROM now
       ON CONFLICT ("name", "key") DO UPDATE SET
         "ok" = least($3::float8, b."tokens" + extract(epoch FROM excluded."updatedAt" - b."updatedAt") * $4::float8)
                >= $5::float8,
         "tokens" = least($3::float8, b."tokens" + extract(epoch FROM excluded."updatedAt" - b."updatedAt") * $4::float8)
                - CASE WHEN least($3::float8, b."tokens"
                    + extract(epoch FROM excluded."updatedAt" - b."updatedAt") * $4::float8) >= $5::float8
                  THEN $5::float8 ELSE 0 END,
         "updatedAt" = excluded."updatedAt"
       RETURNING "ok", "tokens"`,
      [name, key, capacity, refillPerSecond, cost],
    );
    const row = rows[0]!;
    if (row.ok) return { ok: true, retryAfterMs: 0 };
    return { ok: false, retryAfterMs: Math.ceil(((cost - row.tokens) / refillPerSecond) * 1000) };
  }
}
