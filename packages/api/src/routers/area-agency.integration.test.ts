import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';
import { toDbDate } from '../db/dates.js';

let t: AuthTestApi;
let admin: ApiClient;
let viewer: ApiClient;
let commune: { code: string; structure: string };

beforeAll(async () => {
  t = await startAuthTestApi();
  admin = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' })).email)).api;
  viewer = (await signIn(t, (await createUser(t.db, { role: 'viewer', scopeAreaCode: '84' })).email)).api;
  const row = await t.db.area.findFirstOrThrow({
    where: { provinceCode: '84', level: 'commune' },
    orderBy: { code: 'asc' },
  });
  commune = { code: row.code, structure: row.structure.toISOString().slice(0, 10) };
});
afterAll(() => t.close());

describe('area.update', () => {
  it('sets tags and population, audited before/after; the evaluation sees them', async () => {
    const updated = await admin.area.update.mutate({
      ...commune,
      tags: ['key_area', 'high_risk', 'key_area'],
      population: { total: 5200, aged14to60: 3100 },
    });
    expect(updated).toMatchObject({
      code: commune.code,
      tags: ['high_risk', 'key_area'],
      population: { total: 5200, aged14to60: 3100 },
    });
    const row = await t.db.area.findUniqueOrThrow({
      where: { code_structure: { code: commune.code, structure: toDbDate(commune.structure) } },
    });
    expect(row.tags).toEqual(['high_risk', 'key_area']);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'area.update' } });
    expect(audit).toMatchObject({ entity: 'area', entityId: `${commune.code}@${commune.structure}` });
    expect((audit.after as { population: unknown }).population).toEqual({ total: 5200, aged14to60: 3100 });
    // Clearing the population keeps the tags.
    expect(await admin.area.update.mutate({ ...commune, population: null })).not.toHaveProperty('population');
    expect(
      (
        await t.db.area.findUniqueOrThrow({
          where: { code_structure: { code: commune.code, structure: toDbDate(commune.structure) } },
        })
      ).tags,
    ).toEqual(['high_risk', 'key_area']);
  });

  it('refuses bad tags, negative or fractional population, other provinces and non-admins', async () => {
    expect((await apiError(admin.area.update.mutate({ ...commune, tags: ['Trọng điểm'] }))).fields[0]?.path).toBe(
      'tags.0',
    );
    expect((await apiError(admin.area.update.mutate({ ...commune, population: { total: -1 } }))).fields[0]?.path).toBe(
      'population.total',
    );
    expect((await apiError(admin.area.update.mutate({ ...commune, population: { women: 1.5 } }))).appCode).toBe(
      'INVALID_INPUT',
    );
    const lc = await t.db.area.findFirstOrThrow({ where: { provinceCode: '12', level: 'commune' } });
    expect(
      (
        await apiError(
          admin.area.update.mutate({
            code: lc.code,
            structure: lc.structure.toISOString().slice(0, 10),
            tags: ['border'],
          }),
        )
      ).httpStatus,
    ).toBe(403);
    expect(
      (await apiError(admin.area.update.mutate({ code: '99999', structure: commune.structure, tags: [] }))).httpStatus,
    ).toBe(404);
    expect((await apiError(viewer.area.update.mutate({ ...commune, tags: [] }))).httpStatus).toBe(403);
  });
});

describe('agency.create / agency.update', () => {
  it('creates an agency with effective dates, renames it through a successor, audited', async () => {
    const created = await admin.agency.create.mutate({
      id: 'tv-test-ttyt',
      name: 'Trung tâm Y tế thử nghiệm tỉnh Trà Vinh',
      kind: 'other',
      provinceCode: '84',
      validFrom: '2018-01-01',
    });
    expect(created).toMatchObject({ id: 'tv-test-ttyt', validFrom: '2018-01-01' });
    await admin.agency.create.mutate({
      id: 'tv-test-ttyt-2',
      name: 'Trung tâm Kiểm soát bệnh tật tỉnh Trà Vinh',
      kind: 'other',
      provinceCode: '84',
      validFrom: '2025-03-01',
    });
    const ended = await admin.agency.update.mutate({
      id: 'tv-test-ttyt',
      validTo: '2025-02-28',
      successorId: 'tv-test-ttyt-2',
    });
    expect(ended).toMatchObject({ validTo: '2025-02-28', successorId: 'tv-test-ttyt-2' });
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'agency.update', entityId: 'tv-test-ttyt' },
    });
    expect(audit.before).not.toHaveProperty('validTo');
    expect(audit.after).toMatchObject({ validTo: '2025-02-28' });
    const inForce = await admin.agency.list.query({ provinceCode: '84', asOf: '2026-01-01' });
    expect(inForce.some((a) => a.id === 'tv-test-ttyt')).toBe(false);
    expect(
      (await admin.agency.list.query({ provinceCode: '84', all: true })).some((a) => a.id === 'tv-test-ttyt'),
    ).toBe(true);
  });

  it('refuses duplicates, inverted dates, loops, other provinces and non-admins', async () => {
    expect(
      (await apiError(admin.agency.create.mutate({ id: 'tv-hlhpn', name: 'X', kind: 'other', provinceCode: '84' })))
        .appCode,
    ).toBe('AGENCY_ID_TAKEN');
    expect(
      (await apiError(admin.agency.update.mutate({ id: 'tv-hlhpn', validFrom: '2020-01-01', validTo: '2019-01-01' })))
        .fields[0]?.path,
    ).toBe('validTo');
    expect(
      (await apiError(admin.agency.update.mutate({ id: 'tv-hlhpn', successorId: 'tv-hlhpn' }))).fields[0]?.path,
    ).toBe('successorId');
    await admin.agency.create.mutate({
      id: 'tv-test-a',
      name: 'A',
      kind: 'other',
      provinceCode: '84',
      successorId: 'tv-test-ttyt-2',
    });
    expect(
      (await apiError(admin.agency.update.mutate({ id: 'tv-test-ttyt-2', successorId: 'tv-test-a' }))).appCode,
    ).toBe('INVALID_INPUT');
    await admin.agency.update.mutate({ id: 'tv-test-a', successorId: null });
    expect(
      (await apiError(admin.agency.update.mutate({ id: 'tv-test-a', successorId: 'nope-agency' }))).fields[0]?.path,
    ).toBe('successorId');
    expect(
      (await apiError(admin.agency.create.mutate({ id: 'lc-test', name: 'X', kind: 'other', provinceCode: '12' })))
        .httpStatus,
    ).toBe(403);
    expect((await apiError(admin.agency.update.mutate({ id: 'lc-sldtbxh', name: 'X' }))).httpStatus).toBe(404);
    expect(
      (await apiError(viewer.agency.create.mutate({ id: 'tv-test-v', name: 'X', kind: 'other', provinceCode: '84' })))
        .httpStatus,
    ).toBe(403);
    expect(
      (
        await apiError(
          admin.agency.create.mutate({ id: 'tv-test-blank', name: '  ', kind: 'other', provinceCode: '84' }),
        )
      ).fields[0]?.path,
    ).toBe('name');
  });
});
