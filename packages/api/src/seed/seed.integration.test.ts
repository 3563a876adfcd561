import { verify } from '@node-rs/argon2';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase } from '../../test/database.js';
import { createDb, type Db } from '../db/client.js';
import { seed, type SeedResult } from './index.js';

describe('seed', () => {
  let url: string;
  let db: Db;
  let first: SeedResult;

  beforeAll(async () => {
    url = await createMigratedDatabase('seed');
    db = createDb(url);
    first = await seed(db);
    return () => db.$disconnect();
  });

  it('loads Lai Châu 2016: 8 district-level units and 108 communes under one province', async () => {
    const structure = new Date('2016-11-09');
    const province = await db.area.findMany({ where: { provinceCode: '12', level: 'province', structure } });
    expect(province).toHaveLength(1);
    expect(await db.area.count({ where: { provinceCode: '12', level: 'district', parentCode: '12', structure } })).toBe(
      8,
    );
    const communes = await db.area.findMany({ where: { provinceCode: '12', level: 'commune', structure } });
    expect(communes).toHaveLength(108);
    expect(communes.filter((c) => c.kind === 'xã')).toHaveLength(96);
    expect(communes.filter((c) => c.kind === 'thị trấn')).toHaveLength(7);
    expect(communes.filter((c) => c.kind === 'phường')).toHaveLength(5);
    const paTan = communes.find((c) => c.code === '03493');
    expect(paTan?.parentCode).toBe('108');
  });

  it('loads Trà Vinh 2018: 9 district-level units and 106 communes', async () => {
    const structure = new Date('2018-04-06');
    expect(await db.area.count({ where: { provinceCode: '84', level: 'district', structure } })).toBe(9);
    expect(await db.area.count({ where: { provinceCode: '84', level: 'commune', structure } })).toBe(106);
  });

  it('stores areas under the structure date of the plan that uses them', async () => {
    const plans = await db.plan.findMany();
    for (const plan of plans) {
      const count = await db.area.count({ where: { provinceCode: plan.provinceCode, structure: plan.areaStructure } });
      expect(count).toBeGreaterThan(100);
    }
  });

  it('loads the agencies with successor links, the two plans and the contacts', async () => {
    expect((await db.plan.findMany({ orderBy: { id: 'asc' } })).map((p) => p.id)).toEqual(['lc2228', 'tv651']);
    const stttt = await db.agency.findUnique({ where: { id: 'tv-stttt' } });
    expect(stttt?.successorId).toBe('tv-skhcn');
    expect(await db.contact.count({ where: { number: '111' } })).toBe(1);
    expect(await db.contact.count({ where: { kind: 'emergency' } })).toBe(3);
  });

  it("stores the agencies' organisation links: parent entry, group members, and the unit with its structure", async () => {
    const member = await db.agency.findUniqueOrThrow({ where: { id: 'tv-ubnd-844' } });
    expect(member).toMatchObject({ parentId: 'tv-ubnd-huyen', areaCode: '844' });
    expect(member.areaStructure?.toISOString().slice(0, 10)).toBe('2018-04-06');
    expect(
      (await db.agency.findUniqueOrThrow({ where: { id: 'lc-ubnd' } })).areaStructure?.toISOString().slice(0, 10),
    ).toBe('2016-11-09');
    const members = async (groupId: string) =>
      (await db.agencyMember.findMany({ where: { groupId }, orderBy: { memberId: 'asc' } })).map((m) => m.memberId);
    expect(await members('tv-ubnd-huyen')).toEqual(
      ['842', '844', '845', '846', '847', '848', '849', '850', '851'].map((c) => `tv-ubnd-${c}`),
    );
    expect(await members('lc-ubnd-huyen')).toHaveLength(8);
  });

  it('fills missing links again at the next run, but never one an admin changed', async () => {
    // A database seeded before the links were stored: no links at all.
    await db.agency.update({
      where: { id: 'lc-ubnd-109' },
      data: { parentId: null, areaCode: null, areaStructure: null },
    });
    await db.agencyMember.deleteMany({ where: { groupId: 'lc-ubnd-huyen' } });
    // An admin cleared this one (the audit log says so): it stays cleared.
    await db.agency.update({ where: { id: 'lc-ubnd-110' }, data: { parentId: null } });
    await db.auditLog.create({ data: { action: 'agency.update', entity: 'agency', entityId: 'lc-ubnd-110' } });
    await seed(db);
    expect(await db.agency.findUniqueOrThrow({ where: { id: 'lc-ubnd-109' } })).toMatchObject({
      parentId: 'lc-ubnd-huyen',
      areaCode: '109',
    });
    expect(await db.agencyMember.count({ where: { groupId: 'lc-ubnd-huyen' } })).toBe(8);
    expect((await db.agency.findUniqueOrThrow({ where: { id: 'lc-ubnd-110' } })).parentId).toBeNull();
  });

  it('creates one admin with a random argon2id-hashed password that must be changed', async () => {
    expect(first.adminCreated).toBe(true);
    const password = first.admin!.password;
    expect(password.length).toBeGreaterThanOrEqual(16);
    const users = await db.user.findMany();
    expect(users).toHaveLength(1);
    const admin = users[0]!;
    expect(admin.email).toBe(first.admin!.email);
    expect(admin.role).toBe('province_admin');
    expect(admin.mustChangePassword).toBe(true);
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    expect(admin.passwordHash).not.toContain(password);
    expect(await verify(admin.passwordHash, password)).toBe(true);
    expect(await verify(admin.passwordHash, `${password}x`)).toBe(false);
  });

  it('gives each new database a different admin password', async () => {
    const other = await createMigratedDatabase('seed');
    const result = await seed(other);
    expect(result.admin!.password).not.toBe(first.admin!.password);
  });

  it('changes nothing when run again, and never overwrites an edited plan', async () => {
    await db.plan.update({ where: { id: 'tv651' }, data: { title: 'Edited by an admin', version: 2 } });
    const counts = async () => ({
      areas: await db.area.count(),
      areaLinks: await db.areaLink.count(),
      agencies: await db.agency.count(),
      members: await db.agencyMember.count(),
      plans: await db.plan.count(),
      contacts: await db.contact.count(),
      users: await db.user.count(),
    });
    const before = await counts();
    const again = await seed(db);
    expect(again).toEqual({ adminCreated: false });
    expect(await counts()).toEqual(before);
    expect((await db.plan.findUnique({ where: { id: 'tv651' } }))?.title).toBe('Edited by an admin');
  });

  it('is safe when two seeds run at the same time', async () => {
    const fresh = await createMigratedDatabase('seed');
    const results = await Promise.all([seed(fresh), seed(fresh)]);
    expect(results.filter((r) => r.adminCreated)).toHaveLength(1);
    const check = createDb(fresh);
    try {
      expect(await check.user.count()).toBe(1);
      // 108 + 106 of the plans' structures, 106 + 104 of 01/03/2025, 3,321 of 01/07/2025.
      expect(await check.area.count({ where: { level: 'commune' } })).toBe(214 + 210 + 3321);
    } finally {
      await check.$disconnect();
    }
  });
});

describe('seeded areas agree with the domain', () => {
  it("match @pcmbn/domain's embedded seedAreas (codes, names, levels, parents, kinds, tags)", async () => {
    const { seedAreas, seedPlans, PlanSchema } = await import('@pcmbn/domain');
    const { readAdminUnits } = await import('./areas.js');
    const { fromDbDate } = await import('../db/dates.js');
    const files: Record<string, string> = { '12': 'lai-chau-2016.csv', '84': 'tra-vinh-2018.csv' };
    for (const input of seedPlans) {
      const plan = PlanSchema.parse(input);
      const rows = await readAdminUnits(files[plan.provinceCode]!, plan.areaStructure);
      const ours = rows.map((r) => ({
        code: r.code,
        name: r.name,
        level: r.level,
        parentCode: r.parentCode ?? undefined,
        kind: r.kind,
        tags: [...r.tags].sort(),
        structure: fromDbDate(r.structure),
      }));
      const theirs = (seedAreas[plan.areaStructure] ?? []).map((a) => ({
        code: a.code,
        name: a.name,
        level: a.level,
        parentCode: a.parentCode,
        kind: a.kind,
        tags: [...a.tags].sort(),
        structure: a.structure,
      }));
      const byCode = (x: { code: string }, y: { code: string }) => x.code.localeCompare(y.code);
      expect(ours.sort(byCode)).toEqual(theirs.sort(byCode));
    }
  });
});
