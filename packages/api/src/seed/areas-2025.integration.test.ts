import { successorsAt, type AreaLink } from '@pcmbn/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase } from '../../test/database.js';
import { createDb, type Db } from '../db/client.js';
import { fromDbDate, toDbDate } from '../db/dates.js';
import { seed } from './index.js';

const JULY = toDbDate('2025-07-01');
const MARCH = toDbDate('2025-03-01');

describe('seed: the 2025 structures and how the old units became new ones', () => {
  let db: Db;

  beforeAll(async () => {
    const url = await createMigratedDatabase('seed2025');
    db = createDb(url);
    await seed(db); // its speed is measured by `pnpm bench` (bench/seed.bench.ts), not asserted here
    return () => db.$disconnect();
  });

  it('loads the 34 provinces and 3,321 communes of 01/07/2025, each commune under its province', async () => {
    expect(await db.area.count({ where: { structure: JULY, level: 'province' } })).toBe(34);
    expect(await db.area.count({ where: { structure: JULY, level: 'district' } })).toBe(0);
    const kinds = await db.area.groupBy({
      by: ['kind'],
      where: { structure: JULY, level: 'commune' },
      _count: { _all: true },
    });
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k._count._all]))).toEqual({
      xã: 2621,
      phường: 687,
      'đặc khu': 13,
    });
    expect(
      await db.area.count({
        where: { structure: JULY, level: 'commune', NOT: { parentCode: { equals: db.area.fields.provinceCode } } },
      }),
    ).toBe(0);
    expect(await db.area.findUnique({ where: { code_structure: { code: '01', structure: JULY } } })).toMatchObject({
      kind: 'thành phố trung ương',
    });
    expect(await db.area.count({ where: { structure: JULY, provinceCode: '12', level: 'commune' } })).toBe(38);
    expect(await db.area.count({ where: { structure: JULY, provinceCode: '84' } })).toBe(0);
  });

  it("loads Lai Châu's 106 and Trà Vinh's 104 communes of 01/03/2025 with their districts", async () => {
    expect(await db.area.count({ where: { structure: MARCH, provinceCode: '12', level: 'commune' } })).toBe(106);
    expect(await db.area.count({ where: { structure: MARCH, provinceCode: '84', level: 'commune' } })).toBe(104);
    expect(await db.area.count({ where: { structure: MARCH, provinceCode: '84', level: 'district' } })).toBe(9);
  });

  it("tags Lai Châu's 11 border communes of 2025 (derived from polygons), and nothing else", async () => {
    const tagged = await db.area.findMany({
      where: { structure: JULY, tags: { isEmpty: false } },
      orderBy: { code: 'asc' },
    });
    expect(tagged).toHaveLength(11);
    expect(tagged.every((a) => a.provinceCode === '12' && a.tags.join() === 'border')).toBe(true);
    expect(tagged.map((a) => a.name)).toContain('Xã Sì Lở Lầu');
  });

  it("links the plans' units to 01/03/2025 and on to 01/07/2025, leaving unknown what no source names", async () => {
    const rows = await db.areaLink.findMany();
    const links: AreaLink[] = rows.map((r) => ({
      ...r,
      coverage: r.coverage as AreaLink['coverage'],
      fromStructure: fromDbDate(r.fromStructure),
      toStructure: fromDbDate(r.toStructure),
    }));
    // Lai Châu 2016: every unit has a successor (108 communes, 8 districts, the province); Trà Vinh 2018 all but 2.
    expect(rows.filter((r) => fromDbDate(r.fromStructure) === '2016-11-09')).toHaveLength(117);
    expect(rows.filter((r) => fromDbDate(r.fromStructure) === '2018-04-06')).toHaveLength(104 + 9 + 1);
    // 210 commune rows of the mapping file and the two provinces.
    expect(rows.filter((r) => fromDbDate(r.fromStructure) === '2025-03-01')).toHaveLength(212);

    const today = '2026-01-15';
    expect(successorsAt('03556', '2016-11-09', today, links).units).toEqual([
      { code: '03562', structure: '2025-07-01', coverage: 'full' },
    ]);
    expect(successorsAt('84', '2018-04-06', today, links).units).toEqual([
      { code: '86', structure: '2025-07-01', coverage: 'full' },
    ]);
    expect(successorsAt('29245', '2018-04-06', today, links)).toMatchObject({ units: [], unknown: true });
    expect(successorsAt('29251', '2018-04-06', today, links)).toMatchObject({ units: [], unknown: true });
  });
});
