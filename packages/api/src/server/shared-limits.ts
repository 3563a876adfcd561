/**
 * Token buckets in PostgreSQL, shared by every API replica: behind two replicas an in-process bucket gave each
 * address twice the limit (75 sign-ins on one, 148 alternating two). Used for the costly work only — sign-ins, kiosk
 * pairing, uploads, public answers not in memory — never for an answer served from memory.
 *
 * Leases (issue 18: a statement per token capped a new search term at ~560 req/s with the pool's two connections):
 * a replica takes a lease of several tokens of an address's shared bucket at once and spends them in the process;
 * the next take past it leases again. Leases asked for while a statement is out go together in the next one (one
 * statement for many addresses), so the shared table sees one row write per lease, not per request. One statement
 * reads, refills and takes under each row's lock, so concurrent leases on any replica never overdraw the bucket.
 *
 * Worst case: tokens are spent only after PostgreSQL granted them, so in any stretch of time the replicas together
 * spend at most what one shared bucket allows (burst + refill × time) plus what each held unspent when the stretch
 * began — at most one lease per replica and address: replicas × `leaseSize(limit)` (a quarter of the burst at most).
 * An unspent lease is dropped after `leaseMs` (default 1 s), never given back: the error is on the strict side.
 */
import pg from 'pg';
import type { RateLimit, RateLimitResult, RateLimitStore } from './rate-limit.js';

/** Tokens one lease takes: a quarter of the burst at most, and at most what refills in a second; at least one. */
export function leaseSize(limit: RateLimit): number {
  return Math.max(1, Math.min(Math.floor(limit.capacity / 4), Math.floor(limit.refillPerSecond)));
}

interface Held {
  tokens: number;
  until: number;
}

interface Waiter {
  cost: number;
  resolve: (result: RateLimitResult) => void;
  reject: (error: unknown) => void;
}

interface Ask {
  name: string;
  key: string;
  limit: RateLimit;
  /** A lease (leaseSize) or, once the bucket could not give one, just the first waiter's cost. */
  exact: boolean;
  waiters: Waiter[];
}

/** Statements in flight at once: the limiter's own pool. */
const CONNECTIONS = 2;
/** Addresses per statement. */
const BATCH = 500;

const LEASE_SQL = `
  WITH req AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::float8[], $4::float8[], $5::float8[]) AS r(name, key, cap, refill, want)
  ), now AS (SELECT clock_timestamp()::timestamp(3) AS at)
  INSERT INTO "RateLimitBucket" AS b ("name", "key", "tokens", "ok", "updatedAt")
  SELECT r.name, r.key, CASE WHEN r.cap >= r.want THEN r.cap - r.want ELSE r.cap END, r.cap >= r.want, now.at
  FROM req r, now
  ON CONFLICT ("name", "key") DO UPDATE SET ("ok", "tokens", "updatedAt") = (
    SELECT s.have >= s.want, CASE WHEN s.have >= s.want THEN s.have - s.want ELSE s.have END, excluded."updatedAt"
    FROM (
      SELECT least(r.cap, b."tokens" + extract(epoch FROM excluded."updatedAt" - b."updatedAt") * r.refill) AS have,
             r.want
      FROM req r WHERE r.name = b."name" AND r.key = b."key"
    ) s
  )
  RETURNING "name", "key", "ok", "tokens"`;

/**
 * Its own two connections, never the procedures' pool: a limit is often checked inside a mutation's transaction,
 * which holds a connection of that pool — waiting there for a second one could exhaust it under a burst. Taking
 * outside the transaction also means a refused or failed call (a wrong pairing code) still spends its token.
 */
export class PostgresRateLimiter implements RateLimitStore {
  private readonly pool: pg.Pool;
  private readonly held = new Map<string, Held>();
  private readonly queue = new Map<string, Ask>();
  private inFlight = 0;
  private scheduled = false;
  private sweepAt = 0;
  private readonly leaseMs: number;
  private readonly now: () => number;
  /** Statements sent to PostgreSQL so far (tests and the bench). */
  statements = 0;

  constructor(
    databaseUrl: string,
    private readonly overrides: Record<string, RateLimit> = {},
    options: { leaseMs?: number; now?: () => number } = {},
  ) {
    // A bucket is not worth waiting for the disk: without synchronous commit a lease is answered once PostgreSQL has
    // applied it, and a crash of PostgreSQL forgets at most the last fraction of a second of spending (it then
    // errs on the generous side by that much, once). Every other write of the API keeps synchronous commit.
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS, options: '-c synchronous_commit=off' });
    this.pool.on('error', () => undefined);
    this.leaseMs = options.leaseMs ?? 1_000;
    this.now = options.now ?? Date.now;
  }

  /** Answers what is queued or out first, then closes the connections. */
  async close(): Promise<void> {
    while (this.inFlight > 0 || this.queue.size > 0 || this.scheduled) await new Promise((r) => setTimeout(r, 5));
    await this.pool.end();
  }

  take(name: string, key: string, requested: RateLimit, cost = 1): RateLimitResult | Promise<RateLimitResult> {
    const limit = this.overrides[name] ?? requested;
    const id = `${name}\u0000${key}`;
    const now = this.now();
    this.sweep(now);
    const held = this.held.get(id);
    if (held && held.until > now && held.tokens >= cost) {
      held.tokens -= cost;
      return { ok: true, retryAfterMs: 0 };
    }
    return new Promise<RateLimitResult>((resolve, reject) => {
      this.ask(id, name, key, limit, { cost, resolve, reject }, false);
    });
  }

  private ask(id: string, name: string, key: string, limit: RateLimit, waiter: Waiter, exact: boolean) {
    const queued = this.queue.get(id);
    if (queued) {
      queued.waiters.push(waiter);
      queued.exact ||= exact;
    } else this.queue.set(id, { name, key, limit, exact, waiters: [waiter] });
    this.schedule();
  }

  private schedule() {
    if (this.scheduled || this.inFlight >= CONNECTIONS || this.queue.size === 0) return;
    this.scheduled = true;
    // Whatever arrives in the same turn of the event loop goes in the same statement.
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush() {
    if (this.inFlight >= CONNECTIONS || this.queue.size === 0) return;
    const batch: [string, Ask, number][] = [];
    for (const [id, ask] of this.queue) {
      const cost = ask.waiters[0]!.cost;
      // A lease, unless the bucket could not give one (then the first waiter's cost) or the cost is larger.
      const want = Math.min(ask.limit.capacity, ask.exact ? cost : Math.max(cost, leaseSize(ask.limit)));
      batch.push([id, ask, want]);
      this.queue.delete(id);
      if (batch.length === BATCH) break;
    }
    this.inFlight++;
    this.statements++;
    try {
      const { rows } = await this.pool.query<{ name: string; key: string; ok: boolean; tokens: number }>(LEASE_SQL, [
        batch.map(([, a]) => a.name),
        batch.map(([, a]) => a.key),
        batch.map(([, a]) => a.limit.capacity),
        batch.map(([, a]) => a.limit.refillPerSecond),
        batch.map(([, , want]) => want),
      ]);
      const byId = new Map(rows.map((row) => [`${row.name}\u0000${row.key}`, row]));
      const now = this.now();
      for (const [id, ask, want] of batch) {
        const row = byId.get(id);
        if (!row) {
          for (const w of ask.waiters) w.reject(new Error(`rate limit bucket ${ask.name} not answered`));
          continue;
        }
        this.settle(id, ask, want, row, now);
      }
    } catch (error) {
      for (const [, ask] of batch) for (const w of ask.waiters) w.reject(error);
    } finally {
      this.inFlight--;
      this.schedule();
    }
  }

  /** Spends a granted lease on the waiters in order; those it does not cover ask again, or are refused. */
  private settle(id: string, ask: Ask, want: number, row: { ok: boolean; tokens: number }, now: number) {
    const previous = this.held.get(id);
    const held: Held = {
      tokens: (previous && previous.until > now ? previous.tokens : 0) + (row.ok ? want : 0),
      until: now + this.leaseMs,
    };
    this.held.set(id, held);
    const waiting = [...ask.waiters];
    while (waiting.length && held.tokens >= waiting[0]!.cost) {
      held.tokens -= waiting[0]!.cost;
      waiting.shift()!.resolve({ ok: true, retryAfterMs: 0 });
    }
    if (!waiting.length) return;
    if (row.ok || !ask.exact) {
      // The lease ran out before the waiters did, or the bucket could not give a whole lease: ask again, for
      // the next waiter's cost alone when it could not.
      for (const w of waiting) this.ask(id, ask.name, ask.key, ask.limit, w, ask.exact || !row.ok);
      return;
    }
    // The bucket cannot give even the next waiter's cost: they are all refused, told when it will have refilled.
    for (const w of waiting) {
      const missing = Math.max(0, w.cost - row.tokens - held.tokens);
      w.resolve({ ok: false, retryAfterMs: Math.max(1, Math.ceil((missing / ask.limit.refillPerSecond) * 1000)) });
    }
  }

  /** Drops leases that ran out, so memory stays bounded by the addresses active in the last few seconds. */
  private sweep(now: number) {
    if (now < this.sweepAt) return;
    this.sweepAt = now + 10_000;
    for (const [id, held] of this.held) if (held.until <= now) this.held.delete(id);
  }
}
