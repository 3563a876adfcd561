import { pino } from 'pino';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase } from '../../test/database.js';
import { createDb, type Db } from '../db/client.js';
import { createInternalContext } from '../server/context.js';
import { adminProcedure, authedProcedure, createCallerFactory, createRouter } from '../trpc.js';
import type { AuthUser } from './session.js';

// A throw-away router over the real builders: what every feature mutation gets for free.
const router = createRouter({
  silent: authedProcedure.input(z.object({ name: z.string() })).mutation(async ({ ctx, input }) => {
    await ctx.db.contact.create({ data: { kind: 'local', number: '0000', labelVi: input.name } });
    return 'ok';
  }),
  explicit: authedProcedure.input(z.void()).mutation(({ ctx }) => {
    ctx.audit({ entity: 'thing', entityId: 't1', before: { a: 1 }, after: { a: 2, passwordHash: 'secret' } });
    ctx.audit({ entity: 'thing', entityId: 't2' });
    return 'ok';
  }),
  failing: authedProcedure.input(z.void()).mutation(async ({ ctx }) => {
    await ctx.db.contact.create({ data: { kind: 'local', number: '1111', labelVi: 'rolled back' } });
    ctx.audit({ entity: 'thing', entityId: 'never' });
    ctx.auditFailure({ entity: 'thing', entityId: 'attempt', action: 'thing.failed' });
    throw new Error('boom');
  }),
  adminOnly: adminProcedure.input(z.void()).mutation(() => 'ok'),
});
const createCaller = createCallerFactory(router);

let db: Db;
const user: AuthUser = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'a@test.local',
  displayName: 'A',
  role: 'viewer',
  agencyId: null,
  scopeAreaCode: '12',
  mustChangePassword: false,
};
const caller = (u: AuthUser | null) =>
  createCaller(
    createInternalContext(db, pino({ level: 'silent' }), {
      user: u,
      session: u ? { id: 's', expiresAt: new Date(Date.now() + 60_000) } : null,
      ip: '198.51.100.9',
      requestId: 'req-1',
    }),
  );

beforeAll(async () => {
  const url = await createMigratedDatabase('audit');
  db = createDb(url, { max: 3 });
  await db.user.create({
    data: { id: user.id, email: user.email, displayName: 'A', passwordHash: 'x', role: 'viewer' },
  });
});
afterAll(() => db.$disconnect());

describe('audit middleware', () => {
  it('writes one row named after the procedure when the handler reports nothing', async () => {
    await caller(user).silent({ name: 'x' });
    const rows = await db.auditLog.findMany({ where: { action: 'silent' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      userId: user.id,
      entity: 'silent',
      entityId: null,
      requestId: 'req-1',
      ip: '198.51.100.9',
    });
  });

  it('writes the rows the handler reports, with secrets redacted', async () => {
    await caller(user).explicit();
    const rows = await db.auditLog.findMany({ where: { action: 'explicit' }, orderBy: { entityId: 'asc' } });
    expect(rows.map((r) => r.entityId)).toEqual(['t1', 't2']);
    expect(rows[0]!.before).toEqual({ a: 1 });
    expect(rows[0]!.after).toEqual({ a: 2, passwordHash: '[redacted]' });
  });

  it('rolls the change and its audit back together; auditFailure rows survive', async () => {
    await expect(caller(user).failing()).rejects.toThrow();
    expect(await db.contact.count({ where: { labelVi: 'rolled back' } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: 'never' } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'thing.failed', entityId: 'attempt', userId: user.id } })).toBe(
      1,
    );
  });

  it('refuses anonymous callers and wrong roles before anything is written', async () => {
    await expect(caller(null).silent({ name: 'anon' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(caller(user).adminOnly()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(caller({ ...user, mustChangePassword: true }).silent({ name: 'pending' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await db.contact.count({ where: { labelVi: { in: ['anon', 'pending'] } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'adminOnly' } })).toBe(0);
  });
});
