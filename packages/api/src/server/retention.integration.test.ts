import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../test/auth.js';
import { createSeededDatabase } from '../../test/database.js';
import { createDb, type Db } from '../db/client.js';
import { DEFAULT_RETENTION, retentionFromEnv, runRetention } from './retention.js';
import { PostgresRateLimiter } from './shared-limits.js';

let db: Db;
let url: string;
beforeAll(async () => {
  url = (await createSeededDatabase('retention')).url;
  db = createDb(url, { max: 3 });
});
afterAll(() => db.$disconnect());

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);

describe('retention', () => {
  it('deletes what is older than its period, keeps the rest', async () => {
    const user = await createUser(db, { role: 'viewer', scopeAreaCode: '84' });
    await db.auditLog.createMany({
      data: [
        { action: 'old.one', entity: 'test', at: daysAgo(1_200) },
        { action: 'recent.one', entity: 'test', at: daysAgo(10) },
      ],
    });
    await db.loginAttempt.createMany({
      data: [
        { key: 'ip:192.0.2.1', at: daysAgo(100), success: false },
        { key: 'ip:192.0.2.1', at: daysAgo(1), success: false },
      ],
    });
    await db.session.createMany({
      data: [
        { tokenHash: 'retention-old', userId: user.id, expiresAt: daysAgo(40), createdAt: daysAgo(47) },
        { tokenHash: 'retention-live', userId: user.id, expiresAt: daysAgo(-1) },
      ],
    });
    await db.rateLimitBucket.create({
      data: { name: 'test', key: 'old', tokens: 1, ok: true, updatedAt: daysAgo(2) },
    });

    const result = await runRetention(db, DEFAULT_RETENTION);
    expect(result.ran).toBe(true);
    expect(result.deleted).toMatchObject({ audit: 1, loginAttempts: 1, sessions: 1, rateLimits: 1 });
    expect(await db.auditLog.count({ where: { action: { in: ['old.one', 'recent.one'] } } })).toBe(1);
    expect(await db.session.findMany({ where: { userId: user.id }, select: { tokenHash: true } })).toEqual([
      { tokenHash: 'retention-live' },
    ]);
  });

  it('runs on one replica at a time: while another holds the lock, it skips', async () => {
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT pg_advisory_xact_lock(180518)');
      expect((await runRetention(db, DEFAULT_RETENTION)).ran).toBe(false);
      await other.query('COMMIT');
      expect((await runRetention(db, DEFAULT_RETENTION)).ran).toBe(true);
    } finally {
      await other.end();
    }
  });

  it('periods come from the environment, 0 keeps for ever, nonsense falls back to the default', () => {
    expect(retentionFromEnv({ PCMBN_RETAIN_AUDIT_DAYS: '0', PCMBN_RETAIN_SESSION_DAYS: 'abc' })).toEqual({
      ...DEFAULT_RETENTION,
      audit: 0,
    });
  });
});

describe('shared rate limits', () => {
  it('two limiters (two replicas) on one database draw from one bucket, never past it under concurrency', async () => {
    const one = new PostgresRateLimiter(url);
    const two = new PostgresRateLimiter(url);
    try {
      const limit = { capacity: 10, refillPerSecond: 0.0001 };
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => Promise.resolve((i % 2 ? one : two).take('shared', '203.0.113.9', limit))),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(10);
      expect(results.find((r) => !r.ok)!.retryAfterMs).toBeGreaterThan(1_000);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});
