import { createServer } from 'node:net';
import pg from 'pg';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../../test/api.js';
import { freePort } from '../db/ports.js';
import { startApiServer } from './http.js';

describe('server lifecycle', () => {
  it('readyz is 503 when the database cannot be reached, healthz stays 200', async () => {
    const deadPort = await freePort();
    const server = await startApiServer({
      databaseUrl: `postgresql://nobody:x@127.0.0.1:${deadPort}/none`,
      port: 0,
      logger: pino({ level: 'silent' }),
    });
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.text()).not.toContain(String(deadPort));
    } finally {
      await server.close();
    }
  });

  it('finishes in-flight requests on close, then refuses new connections', async () => {
    const { server, databaseUrl } = await startTestApi();
    // Hold the requests inside the database so they are certainly in flight when close() is called.
    const locker = new pg.Client({ connectionString: databaseUrl });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE "Area" IN ACCESS EXCLUSIVE MODE');
    const inFlight = Promise.all(Array.from({ length: 5 }, () => fetch(`${server.url}/trpc/area.provinces`)));
    // Wait until all five are blocked on the lock, i.e. truly in flight. (Asked from outside the locking
    // transaction: pg_stat_activity is a per-transaction snapshot.)
    const watcher = new pg.Client({ connectionString: databaseUrl });
    await watcher.connect();
    let waiting = 0;
    for (let i = 0; i < 200 && waiting < 5; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 50));
      const { rows } = await watcher.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
      );
      waiting = rows[0]!.n;
    }
    await watcher.end();
    expect(waiting).toBe(5);
    let closedYet = false;
    const closed = server.close().then(() => {
      closedYet = true;
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(closedYet).toBe(false);
    await locker.query('COMMIT');
    await locker.end();
    const responses = await inFlight;
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    await closed;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    await server.close(); // idempotent
  });

  it('reports a port in use in one line, Vietnamese then English', async () => {
    const blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)),
    );
    try {
      await expect(
        startApiServer({ databaseUrl: 'postgresql://x@127.0.0.1:1/x', port, logger: pino({ level: 'silent' }) }),
      ).rejects.toThrow(`Cổng ${port} đang được dùng / Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});
