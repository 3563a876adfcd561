import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.js';
import { createDb } from './client.js';
import { migrate, DEFAULT_MIGRATIONS_DIR } from './migrate.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('migration 2 (auth, records, content, kiosks)', () => {
  it('applies on top of a database migrated to 1 that already holds users and sessions', async () => {
    const names = (await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const first = await mkdtemp(join(tmpdir(), 'pcmbn-mig-'));
    dirs.push(first);
    await cp(join(DEFAULT_MIGRATIONS_DIR, names[0]!), join(first, names[0]!), { recursive: true });

    const url = await createTestDatabase('upgrade');
    expect((await migrate(url, { migrationsDir: first })).applied).toEqual([names[0]]);
    const db = createDb(url, { max: 1 });
    try {
      await db.$executeRaw`INSERT INTO "User" (id, email, "displayName", "passwordHash", role, "updatedAt") VALUES (gen_random_uuid(), 'old@test.local', 'Old', 'x', 'viewer', now())`;
      await db.$executeRaw`INSERT INTO "Session" (id, "tokenHash", "userId", "expiresAt") SELECT gen_random_uuid(), 'h', id, now() FROM "User"`;
      expect((await migrate(url)).applied).toEqual(names.slice(1));
      const user = await db.user.findUniqueOrThrow({ where: { email: 'old@test.local' } });
      expect(user).toMatchObject({ failedLoginCount: 0, lockedUntil: null, passwordChangedAt: null });
      const session = await db.session.findFirstOrThrow();
      expect(session.lastSeenAt).toBeInstanceOf(Date);
    } finally {
      await db.$disconnect();
    }
  });
});
