import { describe, expect, it } from 'vitest';
import { AreaLinkSchema, type AreaLink } from '../model/area-link.js';
import { provinceNowPartOf, successorsAt } from './successors.js';

const LC_2016 = '2016-11-09'; // the Lai Châu plan's structure (lai-chau-2016.csv)
const TV_2018 = '2018-04-06'; // the Trà Vinh plan's structure (tra-vinh-2018.csv)
const MAR_2025 = '2025-03-01';
const JUL_2025 = '2025-07-01';

const link = (
  fromCode: string,
  fromStructure: string,
  toCode: string,
  toStructure: string,
  coverage: 'full' | 'partial' = 'full',
): AreaLink => AreaLinkSchema.parse({ fromCode, fromStructure, toCode, toStructure, coverage });

// Real rows: lai-chau-2016.csv / tra-vinh-2018.csv against the 2025-03 lists (same code and name, or the
// README's "Differences"), and vn-2025-commune-mapping.csv for 01/03/2025 → 01/07/2025.
const LINKS: AreaLink[] = [
  link('12', LC_2016, '12', MAR_2025),
  link('12', MAR_2025, '12', JUL_2025),
  link('03436', LC_2016, '03436', MAR_2025), // Xã Thu Lũm
  link('03439', LC_2016, '03439', MAR_2025), // Xã Ka Lăng
  link('03436', MAR_2025, '03439', JUL_2025), // Xã Thu Lũm → Xã Thu Lũm (new code)
  link('03439', MAR_2025, '03439', JUL_2025), // Xã Ka Lăng → Xã Thu Lũm
  link('03556', LC_2016, '03550', MAR_2025), // Xã Ma Li Chải joined Xã Sì Lở Lầu (NQ 866/NQ-UBTVQH14, 2020)
  link('03550', LC_2016, '03550', MAR_2025), // Xã Sì Lờ Lầu renamed Sì Lở Lầu
  link('03550', MAR_2025, '03562', JUL_2025), // Xã Sì Lở Lầu → Xã Sì Lở Lầu (03562)
  link('03397', LC_2016, '03403', MAR_2025), // Xã Sùng Phài (Tam Đường) → Xã Sùng Phài (Lai Châu city)
  link('03403', MAR_2025, '03388', JUL_2025), // → Phường Đoàn Kết
  link('84', TV_2018, '84', MAR_2025),
  link('84', MAR_2025, '86', JUL_2025), // Trà Vinh is part of Vĩnh Long
  link('29239', TV_2018, '29239', MAR_2025), // Phường 1
  link('29239', MAR_2025, '29242', JUL_2025), // → Phường Trà Vinh
  // Phường 2 (29245) merged on 01/01/2025 into a ward no source names: no link.
  link('00007', MAR_2025, '00008', JUL_2025, 'partial'), // Phường Cống Vị (Hà Nội) → Phường Ngọc Hà, in part
  link('00007', MAR_2025, '00025', JUL_2025, 'partial'), //   and Phường Giảng Võ
];

describe('successorsAt', () => {
  it('follows a Lai Châu 2016 commune through 01/03/2025 to its commune of 01/07/2025', () => {
    expect(successorsAt('03439', LC_2016, '2026-01-15', LINKS)).toEqual({
      units: [{ code: '03439', structure: JUL_2025, coverage: 'full' }],
      changed: true,
      unknown: false,
    });
    expect(successorsAt('03397', LC_2016, '2026-01-15', LINKS).units).toEqual([
      { code: '03388', structure: JUL_2025, coverage: 'full' },
    ]);
  });

  it('answers with the unit in force on the date asked, not the newest one', () => {
    expect(successorsAt('03556', LC_2016, '2025-06-30', LINKS).units).toEqual([
      { code: '03550', structure: MAR_2025, coverage: 'full' },
    ]);
    expect(successorsAt('03556', LC_2016, JUL_2025, LINKS).units).toEqual([
      { code: '03562', structure: JUL_2025, coverage: 'full' },
    ]);
  });

  it('keeps a unit that is still in force as itself', () => {
    expect(successorsAt('03439', LC_2016, '2018-12-31', LINKS)).toEqual({
      units: [{ code: '03439', structure: LC_2016, coverage: 'full' }],
      changed: false,
      unknown: false,
    });
    expect(successorsAt('03439', JUL_2025, '2026-01-15', LINKS)).toMatchObject({ changed: false, unknown: false });
  });

  it('says "unknown" for a unit whose structure was replaced but no source names its successor (Phường 2)', () => {
    expect(successorsAt('29245', TV_2018, '2026-01-15', LINKS)).toEqual({ units: [], changed: true, unknown: true });
    // Before 01/03/2025 the 2018 structure is still the newest known for Trà Vinh: Phường 2 is itself.
    expect(successorsAt('29245', TV_2018, '2024-12-31', LINKS)).toMatchObject({ changed: false, unknown: false });
  });

  it('returns every unit a split commune went into, each partial', () => {
    expect(successorsAt('00007', MAR_2025, '2026-01-15', LINKS).units).toEqual([
      { code: '00008', structure: JUL_2025, coverage: 'partial' },
      { code: '00025', structure: JUL_2025, coverage: 'partial' },
    ]);
  });

  it('marks a chain with a partial step partial, unless everything ends in one unit', () => {
    const links = [
      link('00007', MAR_2025, '00008', JUL_2025, 'partial'),
      link('00007', MAR_2025, '00025', JUL_2025, 'partial'),
      link('00008', JUL_2025, '00009', '2026-04-30'),
      link('00025', JUL_2025, '00009', '2026-04-30'),
    ];
    expect(successorsAt('00007', MAR_2025, '2026-01-15', links).units.map((u) => u.coverage)).toEqual([
      'partial',
      'partial',
    ]);
    expect(successorsAt('00007', MAR_2025, '2026-05-01', links).units).toEqual([
      { code: '00009', structure: '2026-04-30', coverage: 'full' },
    ]);
  });
});

describe('provinceNowPartOf', () => {
  it('finds Vĩnh Long for Trà Vinh from 01/07/2025, with the date', () => {
    expect(provinceNowPartOf('84', TV_2018, '2026-01-15', LINKS)).toEqual({
      code: '86',
      structure: JUL_2025,
      since: JUL_2025,
    });
    expect(provinceNowPartOf('84', TV_2018, '2025-06-30', LINKS)).toBeNull();
  });

  it('is null for a province that kept its code (Lai Châu)', () => {
    expect(provinceNowPartOf('12', LC_2016, '2026-01-15', LINKS)).toBeNull();
  });
});

describe('AreaLinkSchema', () => {
  it('refuses a link back in time, in Vietnamese', () => {
    const result = AreaLinkSchema.safeParse({
      fromCode: '84',
      fromStructure: JUL_2025,
      toCode: '86',
      toStructure: MAR_2025,
      coverage: 'full',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/cơ cấu hành chính sau/);
  });
});
