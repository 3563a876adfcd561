import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededDatabase } from '../../test/database.js';
import { areaIndexFor } from '../auth/scope.js';
import { createDb, type Db } from '../db/client.js';
import { CHANNEL, startInvalidationBus, type InvalidationBus } from './bus.js';
import { PublicReadCache } from './public-cache.js';

/** The invalidation bus between replicas, on a real PostgreSQL: what another replica announces is dropped here. */

let url: string;
let db: Db;
let sender: pg.Client;
const log = pino({ level: 'silent' });

beforeAll(async () => {
  url = (await createSeededDatabase('bus')).url;
  db = createDb(url, { max: 2 });
  sender = new pg.Client({ connectionString: url });
  await sender.connect();
});
afterAll(async () => {
  await sender.end();
  await db.$disconnect();
});

/** Announces `tags` as another replica would, until `done()` (the listener may still be connecting). */
async function announceUntil(tags: string[], done: () => boolean): Promise<void> {
  while (!done()) {
    await sender.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ from: 'another-replica', tags })]);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('invalidation bus', () => {
  let bus: InvalidationBus;
  const cache = new PublicReadCache(600_000);
  beforeAll(() => {
    bus = startInvalidationBus(url, cache, log);
  });
  afterAll(() => bus.close());

  it("drops the answers another replica's change made stale, and only those", async () => {
    await cache.get(
      'article',
      async () => 1,
      () => true,
      ['content'],
    );
    await cache.get(
      'progress',
      async () => 2,
      () => true,
      ['plan:tv651'],
    );
    await announceUntil(['content'], () => !cache.has('article'));
    expect(cache.has('progress')).toBe(true);
  });

  it('drops the area trees when another replica changed areas', async () => {
    const before = areaIndexFor(db, '2018-04-06');
    await before;
    expect(areaIndexFor(db, '2018-04-06')).toBe(before);
    await announceUntil(['areas'], () => areaIndexFor(db, '2018-04-06') !== before);
  });

  it('tells the other replicas of a change made here', async () => {
    const listener = new pg.Client({ connectionString: url });
    await listener.connect();
    try {
      const heard: string[] = [];
      listener.on('notification', (m) => heard.push(m.payload ?? ''));
      await listener.query(`LISTEN ${CHANNEL}`);
      cache.invalidate(['plan:tv651']);
      while (heard.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(JSON.parse(heard[0]!)).toMatchObject({ tags: ['plan:tv651'] });
    } finally {
      await listener.end();
    }
  });
});
