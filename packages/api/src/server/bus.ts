/**
 * Invalidation between API replicas. Each replica keeps its public answers and area trees in memory; a change
 * committed on one must drop them on all within a second (issue 18 goal 5). PostgreSQL carries the message
 * (`NOTIFY pcmbn_invalidate`, which every replica LISTENs to): no other service to run. A listener that lost its
 * connection drops everything it holds once reconnected — it may have missed messages meanwhile.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';
import { clearAreaIndexCache } from '../auth/scope.js';
import { ALL, type PublicReadCache } from './public-cache.js';

export const CHANNEL = 'pcmbn_invalidate';

/** What an invalidation drops beside the public answers: the area trees when areas (or everything) changed. */
export function dropAreaTrees(tags: readonly string[]): void {
  if (tags.includes(ALL) || tags.includes('areas')) clearAreaIndexCache();
}

export interface InvalidationBus {
  close(): Promise<void>;
}

export function startInvalidationBus(databaseUrl: string, cache: PublicReadCache, log: Logger): InvalidationBus {
  const origin = randomUUID();
  let listener: pg.Client | undefined;
  let publisher: Promise<pg.Client> | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let connectedOnce = false;

  const connect = async () => {
    if (closed) return;
    const client = new pg.Client({ connectionString: databaseUrl });
    client.on('error', (error) => log.warn({ err: error }, 'invalidation listener lost its connection'));
    client.on('end', () => {
      if (listener === client) listener = undefined;
      if (!closed) retry = setTimeout(() => void connect(), 1_000);
    });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const { from, tags } = JSON.parse(message.payload) as { from: string; tags: string[] };
        if (from === origin) return;
        cache.invalidate(tags, true);
        dropAreaTrees(tags);
      } catch {
        cache.invalidate([ALL], true);
        clearAreaIndexCache();
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (closed) return void (await client.end());
      listener = client;
      if (connectedOnce) {
        cache.invalidate([ALL], true);
        clearAreaIndexCache();
      }
      connectedOnce = true;
    } catch (error) {
      log.warn({ err: error }, 'invalidation listener could not connect; retrying');
      await client.end().catch(() => undefined);
    }
  };
  void connect();

  const publish = async (tags: readonly string[]) => {
    try {
      publisher ??= (async () => {
        const client = new pg.Client({ connectionString: databaseUrl });
        client.on('error', () => (publisher = undefined));
        await client.connect();
        return client;
      })();
      const client = await publisher;
      await client.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ from: origin, tags })]);
    } catch (error) {
      log.warn({ err: error }, 'invalidation not sent to the other replicas');
      const failed = publisher;
      publisher = undefined;
      void failed?.then((client) => client.end()).catch(() => undefined);
    }
  };
  const unsubscribe = cache.onInvalidate((tags) => {
    dropAreaTrees(tags);
    void publish(tags);
  });

  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      unsubscribe();
      await Promise.all([
        listener?.end().catch(() => undefined),
        publisher?.then((client) => client.end()).catch(() => undefined),
      ]);
    },
  };
}
