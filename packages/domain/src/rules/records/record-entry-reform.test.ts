import { describe, expect, it } from 'vitest';
import { PlanSchema, type AreaLink } from '../../model/index.js';
import { laiChau2228, seedAreas, STRUCTURE_2025_03, STRUCTURE_2025_07, traVinh651 } from '../../seeds/index.js';
import { areaIndex } from '../areas/areas.js';
import { unitOnDate, type StructureLookup } from '../areas/areas-on-date.js';
import { checkRecordEntry } from './record-entry.js';
import { parseRecordRows } from './record-import.js';

/** Issue 14 item 6 (entry side) and item 5 (a record's date inside its activity), with the issue's own inputs. */

const TV = '2018-04-06';
const tvAreas = seedAreas[TV]!;
const tvIndex = areaIndex(tvAreas);
// The stored links of the two units (seed area-links.ts: same code and name → full; then the 2025 mapping).
const links: AreaLink[] = [
  { fromCode: '29236', fromStructure: TV, toCode: '29236', toStructure: STRUCTURE_2025_03, coverage: 'full' },
  { fromCode: '29263', fromStructure: TV, toCode: '29263', toStructure: STRUCTURE_2025_03, coverage: 'full' },
  { fromCode: '29239', fromStructure: TV, toCode: '29239', toStructure: STRUCTURE_2025_03, coverage: 'full' },
  {
    fromCode: '29236',
    fromStructure: STRUCTURE_2025_03,
    toCode: '29263',
    toStructure: STRUCTURE_2025_07,
    coverage: 'full',
  },
  {
    fromCode: '29263',
    fromStructure: STRUCTURE_2025_03,
    toCode: '29263',
    toStructure: STRUCTURE_2025_07,
    coverage: 'full',
  },
];
const names: Record<string, { name: string; provinceName?: string }> = {
  [`29236@${STRUCTURE_2025_03}`]: { name: 'Phường 4', provinceName: 'Tỉnh Trà Vinh' },
  [`29263@${STRUCTURE_2025_03}`]: { name: 'Xã Long Đức', provinceName: 'Tỉnh Trà Vinh' },
  [`29239@${STRUCTURE_2025_03}`]: { name: 'Phường 1', provinceName: 'Tỉnh Trà Vinh' },
  [`29263@${STRUCTURE_2025_07}`]: { name: 'Phường Long Đức', provinceName: 'Tỉnh Vĩnh Long' },
};
const structures: StructureLookup = {
  links,
  unit: (code, structure) =>
    structure === TV ? tvIndex.get(code) && { name: tvIndex.get(code)!.name } : names[`${code}@${structure}`],
};
// "A Trà Vinh plan on the 2018 unit list running 2025-01-02 to 2026-12-31".
const plan = PlanSchema.parse({ ...traVinh651, period: { from: '2025-01-02', to: '2026-12-31' }, activities: [] });
const ctx = { plan, index: tvIndex, today: '2026-12-04', structures };

describe('record entry across the 01/07/2025 reform (issue 14 item 6)', () => {
  it('refuses a 2026 record at Phường 4 (29236), naming its successor Phường Long Đức', () => {
    const { errors } = checkRecordEntry({ type: 'leaflet', date: '2026-03-10', areaCode: '29236', quantity: 1 }, ctx);
    expect(errors.map((e) => `${e.path}:${e.code}`)).toEqual(['areaCode:AREA_NOT_IN_FORCE']);
    expect(errors[0]?.vi).toBe(
      'Phường 4 (mã 29236, danh mục ngày 06/04/2018) không còn từ 01/07/2025; nay thuộc Phường Long Đức (mã 29263, Tỉnh Vĩnh Long). ' +
        'Kết quả ngày 10/03/2026 phải ghi ở đơn vị mới: hãy chuyển kế hoạch sang cơ cấu hành chính mới (Kế hoạch › Chuyển cơ cấu).',
    );
    expect(errors[0]?.en).toMatch(/^Phường 4 \(code 29236, .*\) no longer exists from 01\/07\/2025; .*Phường Long Đức/);
  });

  it('never reads 29263 after 01/07/2025 as the 2018 Xã Long Đức', () => {
    const { errors } = checkRecordEntry({ type: 'leaflet', date: '2026-03-10', areaCode: '29263', quantity: 1 }, ctx);
    expect(errors.map((e) => e.code)).toEqual(['AREA_NOT_IN_FORCE']);
    expect(errors[0]?.vi).toContain(
      'Mã 29263 từ 01/07/2025 là Phường Long Đức, không phải Xã Long Đức của danh mục cũ.',
    );
  });

  it('accepts both units before the reform, and a unit the 01/03/2025 list carries under the same name', () => {
    for (const areaCode of ['29236', '29263'])
      expect(checkRecordEntry({ type: 'leaflet', date: '2025-06-30', areaCode }, ctx).errors).toEqual([]);
    expect(unitOnDate('29236', TV, '2025-04-01', structures)).toEqual({ inForce: true });
  });

  it('says when no source names what a unit became', () => {
    const gone = unitOnDate('29239', TV, '2025-07-01', structures);
    expect(gone).toMatchObject({ inForce: false, since: STRUCTURE_2025_07, unknown: true, successors: [] });
    const { errors } = checkRecordEntry({ type: 'leaflet', date: '2025-08-01', areaCode: '29239' }, ctx);
    expect(errors[0]?.vi).toContain('chưa rõ nay thuộc đơn vị nào');
  });
});

describe('a record dated outside its activity (issue 14 item 5)', () => {
  const lc = PlanSchema.parse(laiChau2228);
  const lcIndex = areaIndex(seedAreas['2016-11-09']!);
  it('refuses a 2017 record against a 2018 activity, naming the activity and its period', () => {
    const activity = lc.activities.find((a) => a.period.from.startsWith('2018') && a.type === 'community_event')!;
    const { errors } = checkRecordEntry(
      { activityId: activity.id, date: '2017-06-01', areaCode: '108', quantity: 1 },
      { plan: lc, index: lcIndex, today: '2026-12-04' },
    );
    expect(errors.map((e) => `${e.path}:${e.code}`)).toEqual(['date:DATE_OUTSIDE_ACTIVITY']);
    expect(errors[0]?.vi).toBe(
      `Ngày 01/06/2017 nằm ngoài thời gian của hoạt động “${activity.title}” (01/01/2018 – 31/12/2018); hãy chọn hoạt động của năm đó.`,
    );
  });
});

describe('the file import applies the same two rules', () => {
  it('refuses a 2026 row at Phường 4 and a 2017 row of a 2018 activity', () => {
    const header = ['Ngày', 'Loại hoạt động', 'Địa bàn', 'Số lượng'];
    const tv = parseRecordRows([header, ['10/03/2026', 'leaflet', '29236', '1']], {
      plan,
      areas: tvAreas,
      today: '2026-12-04',
      structures,
    });
    expect(tv.ok ? [] : tv.errors.map((e) => e.code)).toEqual(['AREA_NOT_IN_FORCE']);
    expect(tv.ok ? '' : tv.errors[0]?.message).toContain('nay thuộc Phường Long Đức (mã 29263, Tỉnh Vĩnh Long)');
    const lc = PlanSchema.parse(laiChau2228);
    const activity = lc.activities.find((a) => a.period.from.startsWith('2018'))!;
    const rows = [
      ['Ngày', 'Mã hoạt động', 'Địa bàn', 'Số lượng'],
      ['01/06/2017', activity.id, '108', '1'],
    ];
    const result = parseRecordRows(rows, { plan: lc, areas: seedAreas['2016-11-09']!, today: '2026-12-04' });
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['DATE_OUTSIDE_ACTIVITY']);
  });
});
