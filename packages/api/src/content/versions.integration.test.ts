import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import { toDbDate } from '../db/dates.js';
import { PUBLIC_KINDS } from './versions.js';

let t: AuthTestApi;
beforeAll(async () => {
  t = await startAuthTestApi();
});
afterAll(() => t.close());

async function versions(): Promise<Record<string, bigint>> {
  const rows = await t.db.publicVersion.findMany();
  return Object.fromEntries(rows.map((r) => [r.kind, r.version]));
}

/** The kinds whose version moved while `change` ran. */
async function moved(change: () => Promise<unknown>): Promise<string[]> {
  const before = await versions();
  await change();
  const after = await versions();
  return PUBLIC_KINDS.filter((kind) => after[kind] !== before[kind]);
}

describe('public versions (triggers per kind of entity)', () => {
  it('an article change moves content only: the province figures keep their version', async () => {
    const article = await t.db.content.findFirstOrThrow({ where: { kind: 'article', status: 'published' } });
    expect(
      await moved(() => t.db.content.update({ where: { id: article.id }, data: { title: `${article.title} ` } })),
    ).toEqual(['content']);
  });

  it('records move progress only when an approved record is involved', async () => {
    const area = await t.db.area.findFirstOrThrow({ where: { provinceCode: '84', level: 'commune' } });
    const user = await t.db.user.findFirstOrThrow();
    const base = {
      planId: 'tv651',
      type: 'community_event',
      date: toDbDate('2019-03-01'),
      areaCode: area.code,
      areaStructure: area.structure,
      quantity: 1,
      createdById: user.id,
    };
    let id = '';
    expect(
      await moved(async () => {
        id = (await t.db.activityRecord.create({ data: { ...base, status: 'draft' } })).id;
      }),
    ).toEqual([]);
    expect(await moved(() => t.db.activityRecord.update({ where: { id }, data: { status: 'submitted' } }))).toEqual([]);
    expect(await moved(() => t.db.activityRecord.update({ where: { id }, data: { status: 'approved' } }))).toEqual([
      'progress',
    ]);
    expect(await moved(() => t.db.activityRecord.delete({ where: { id } }))).toEqual(['progress']);
  });

  it('sign-ins, sessions and audit rows move nothing public', async () => {
    const api = client(t);
    expect(await moved(() => api.auth.login.mutate({ email: t.admin.email, password: t.admin.password }))).toEqual([]);
  });

  it('a rolled-back change moves nothing', async () => {
    const contact = await t.db.contact.findFirstOrThrow();
    expect(
      await moved(() =>
        t.db
          .$transaction(async (tx) => {
            await tx.contact.update({ where: { id: contact.id }, data: { labelVi: contact.labelVi } });
            throw new Error('rollback');
          })
          .catch(() => undefined),
      ),
    ).toEqual([]);
  });

  it('public.version answers every kind, and follows a change', async () => {
    const api = client(t);
    const { versions: first } = await api.public.version.query();
    expect(Object.keys(first).sort()).toEqual([...PUBLIC_KINDS].sort());
    const agency = await t.db.agency.findFirstOrThrow();
    await t.db.agency.update({ where: { id: agency.id }, data: { name: agency.name } });
    await expect
      .poll(async () => (await api.public.version.query()).versions.agencies, { interval: 50 })
      .not.toBe(first.agencies);
  });
});
