import { describe, expect, it } from 'vitest';
import { PlanSchema, type Area, type AreaLink } from '../../model/index.js';
import { seedAreas, STRUCTURE_2025_03, STRUCTURE_2025_07, traVinh651 } from '../../seeds/index.js';
import { areaIndex } from './areas.js';
import type { StructureLookup } from './areas-on-date.js';
import {
  carriedAttribution,
  carriedIndex,
  carryPlan,
  carryPreview,
  entryStructureMismatch,
  recordsInPlanStructure,
} from './carry.js';
import { evaluatePlan } from '../targets/evaluate.js';
import { checkRecordEntry } from '../records/record-entry.js';
import { parseRecordRows } from '../records/record-import.js';
import { validatePlan } from '../plans/validate.js';

/**
 * Issue 14 item 6: Trà Vinh's Thành phố Trà Vinh (842) carried onto 01/07/2025 with the links of the seed mapping
 * (lai-chau-tra-vinh-2025-mapping.csv); Phường 2 and Phường 6 have none (merged 01/01/2025, no source names where).
 */
const TV = '2018-04-06';
const tvAreas = seedAreas[TV]!;
const tv = areaIndex(tvAreas);
const to2025: Record<string, string> = {
  '29236': '29263',
  '29239': '29242',
  '29242': '29242',
  '29248': '29398',
  '29254': '29254',
  '29257': '29254',
  '29260': '29242',
  '29263': '29263',
};
const links: AreaLink[] = [
  ...tvAreas
    .filter((a) => !['29245', '29251'].includes(a.code))
    .map((a) => ({
      fromCode: a.code,
      fromStructure: TV,
      toCode: a.code,
      toStructure: STRUCTURE_2025_03,
      coverage: 'full' as const,
    })),
  ...Object.entries(to2025).map(([from, toCode]) => ({
    fromCode: from,
    fromStructure: STRUCTURE_2025_03,
    toCode,
    toStructure: STRUCTURE_2025_07,
    coverage: 'full' as const,
  })),
  { fromCode: '84', fromStructure: STRUCTURE_2025_03, toCode: '86', toStructure: STRUCTURE_2025_07, coverage: 'full' },
];
const vl: Area[] = [
  { code: '86', name: 'Tỉnh Vĩnh Long', level: 'province', tags: [], structure: STRUCTURE_2025_07 },
  ...[
    ['29242', 'Phường Trà Vinh'],
    ['29254', 'Phường Nguyệt Hóa'],
    ['29263', 'Phường Long Đức'],
    ['29398', 'Phường Hòa Thuận'],
    ['29500', 'Xã Ngoài Kế Hoạch'],
  ].map(([code, name]) => ({
    code: code!,
    name: name!,
    level: 'commune' as const,
    parentCode: '86',
    tags: [],
    structure: STRUCTURE_2025_07,
  })),
];
const vlIndex = areaIndex(vl);
const lookup: StructureLookup = {
  links,
  unit(code, structure) {
    if (structure === STRUCTURE_2025_07) {
      const a = vlIndex.get(code);
      return a && { name: a.name, provinceName: code === '86' ? undefined : 'Tỉnh Vĩnh Long' };
    }
    const a = tv.get(code);
    return a && { name: a.name, provinceName: 'Tỉnh Trà Vinh' };
  },
};
const plan = PlanSchema.parse({
  ...traVinh651,
  scopeAreaCode: '842',
  period: { from: '2025-01-02', to: '2026-12-31' },
  activities: [],
  targets: [
    {
      id: 't-city',
      title: '20 buổi truyền thông tại thành phố Trà Vinh',
      kind: 'output_count',
      activityTypes: ['community_event'],
      minQuantity: 20,
      areaCodes: ['842'],
      period: { from: '2025-01-02', to: '2026-12-31' },
    },
  ],
  reporting: [],
});

describe('carrying a plan onto the 01/07/2025 structure', () => {
  const preview = carryPreview(plan, tv, '2025-07-01', STRUCTURE_2025_07, lookup);

  it('previews each old unit → new unit and the units an officer must decide', () => {
    expect(preview.provinceName).toBe('Tỉnh Vĩnh Long');
    const row = (code: string) => preview.units.find((u) => u.code === code)!;
    expect(row('29236')).toMatchObject({ name: 'Phường 4', outcome: 'merged', needsDecision: false });
    expect(row('29236').successors.map((s) => s.name)).toEqual(['Phường Long Đức']);
    expect(preview.units.filter((u) => u.needsDecision).map((u) => `${u.name}:${u.outcome}`)).toEqual([
      'Phường 2:unknown',
      'Phường 6:unknown',
    ]);
    expect(preview.targets[0]?.places[0]).toMatchObject({ code: '842', name: 'Thành phố Trà Vinh' });
    expect(preview.targets[0]?.places[0]?.to.map((s) => s.name)).toEqual([
      'Phường Trà Vinh',
      'Phường Nguyệt Hóa',
      'Phường Long Đức',
      'Phường Hòa Thuận',
    ]);
  });

  it('refuses to carry before the unknown units are decided, or onto units of another province', () => {
    expect(carryPlan(plan, tv, preview, {}, vlIndex).problems.map((p) => p.code)).toEqual(['29245', '29251']);
    const wrong = carryPlan(plan, tv, preview, { '29245': ['29242'], '29251': ['99999'] }, vlIndex);
    expect(wrong.problems[0]?.vi).toBe('Mã 99999 không phải đơn vị của Tỉnh Vĩnh Long theo cơ cấu mới.');
  });

  it('carries: the validation warning goes, entry reads new units after the date, and the target counts both', () => {
    expect(validatePlan(plan).map((i) => i.code)).toContain('structure.crosses_reform');
    const { plan: carried, problems } = carryPlan(plan, tv, preview, { '29245': ['29242'], '29251': [] }, vlIndex);
    expect(problems).toEqual([]);
    expect(carried.carry).toMatchObject({ from: '2025-07-01', structure: STRUCTURE_2025_07, provinceCode: '86' });
    expect(validatePlan(carried).map((i) => i.code)).not.toContain('structure.crosses_reform');

    const index = carriedIndex(vlIndex, carried.carry!);
    const enter = (areaCode: string) =>
      checkRecordEntry(
        { type: 'community_event', date: '2026-03-10', areaCode },
        { plan: carried, index, today: '2026-12-04', structure: STRUCTURE_2025_07, structures: lookup },
      ).errors;
    expect(enter('29263')).toEqual([]);
    expect(enter('29500').map((e) => e.code)).toEqual(['AREA_UNKNOWN']);

    expect(carriedAttribution(carried.carry!, tv).get('29263')).toBe('842');
    expect(carriedAttribution(carried.carry!, tv).get('29398')).toBe('29248');
    const records = [
      { id: 'old', date: '2025-03-01', areaCode: '29263' },
      { id: 'new', date: '2026-03-10', areaCode: '29263' },
      { id: 'out', date: '2026-03-10', areaCode: '29500' },
    ];
    expect(recordsInPlanStructure(carried, records, tv).map((r) => r.areaCode)).toEqual(['29263', '842', 'new:29500']);
  });
});

describe('evaluating a carried plan', () => {
  it('counts a record at a new Vĩnh Long ward after the date toward the target on the old city', () => {
    const preview = carryPreview(plan, tv, '2025-07-01', STRUCTURE_2025_07, lookup);
    const { plan: carried } = carryPlan(plan, tv, preview, { '29245': ['29242'], '29251': [] }, vlIndex);
    const record = (id: string, date: string, areaCode: string) =>
      ({ id, planId: plan.id, type: 'community_event', date, areaCode, quantity: 5, status: 'approved' }) as const;
    const records = [
      record('before', '2025-03-01', '29236'),
      record('after', '2026-03-10', '29263'),
      record('new-code', '2026-04-10', '29398'),
      record('elsewhere', '2026-03-10', '29500'),
    ];
    const [result] = evaluatePlan(carried, { areas: tvAreas, records, asOf: '2026-06-30' });
    expect(result).toMatchObject({ targetId: 't-city', value: 15 });
    const ignored = (
      evaluatePlan(carried, { areas: tvAreas, records, asOf: '2026-06-30' }) as { ignoredRecords?: unknown }
    ).ignoredRecords;
    expect(ignored).toEqual([{ recordId: 'elsewhere', areaCode: 'new:29500', reason: 'unknown_area' }]);
  });
});

describe('a Trà Vinh plan on the 01/07/2025 list', () => {
  it('is refused with what to do instead of a bare "Mã tỉnh 84 không có"', () => {
    const onNewList = { ...plan, areaStructure: STRUCTURE_2025_07, scopeAreaCode: undefined, targets: [] };
    const issue = validatePlan(onNewList, { areas: vl }).find((i) => i.path[0] === 'provinceCode');
    expect(issue?.message).toBe(
      'Mã tỉnh “84” không có trong danh mục đơn vị hành chính từ 01/07/2025 (tỉnh đã được sáp nhập). Hãy lập kế hoạch theo tỉnh mới, hoặc theo danh mục cũ rồi chuyển kế hoạch sang cơ cấu mới (Chuyển cơ cấu).',
    );
  });
});

describe('importing records into a carried plan', () => {
  it('reads rows from the carry date among the new units, earlier rows among the old ones', () => {
    const preview = carryPreview(plan, tv, '2025-07-01', STRUCTURE_2025_07, lookup);
    const { plan: carried } = carryPlan(plan, tv, preview, { '29245': ['29242'], '29251': [] }, vlIndex);
    const rows = [
      ['Ngày', 'Loại hoạt động', 'Địa bàn', 'Số lượng'],
      ['10/03/2025', 'community_event', 'Phường 4', '1'],
      ['10/03/2026', 'community_event', 'Phường Long Đức', '1'],
      ['11/03/2026', 'community_event', '29398', '1'],
    ];
    const result = parseRecordRows(rows, {
      plan: carried,
      areas: tvAreas,
      today: '2026-12-04',
      structures: lookup,
      carried: carriedIndex(vlIndex, carried.carry!),
    });
    expect(result.ok ? result.records.map((r) => `${r.date}:${r.areaCode}`) : result.errors).toEqual([
      '2025-03-10:29236',
      '2026-03-10:29263',
      '2026-03-11:29398',
    ]);
    const old = parseRecordRows([rows[0]!, ['10/03/2026', 'community_event', 'Phường 4', '1']], {
      plan: carried,
      areas: tvAreas,
      today: '2026-12-04',
      structures: lookup,
      carried: carriedIndex(vlIndex, carried.carry!),
    });
    expect(old.ok ? [] : old.errors.map((e) => e.code)).toEqual(['AREA_UNKNOWN']);
  });
});

describe('entryStructureMismatch (the entry form offers the units in force on the record date)', () => {
  const carried = {
    areaStructure: TV,
    carry: { from: '2025-07-01', structure: STRUCTURE_2025_07, provinceCode: '86', areaMap: {} },
  };
  it('accepts a unit of the structure in force on the date', () => {
    expect(entryStructureMismatch(carried, '2026-03-10', STRUCTURE_2025_07)).toBeNull();
    expect(entryStructureMismatch(carried, '2025-06-30', TV)).toBeNull();
    expect(entryStructureMismatch({ areaStructure: TV }, '2026-03-10', TV)).toBeNull();
  });
  it('refuses a new unit before the carry date and an old one from it, saying which list to pick from', () => {
    expect(entryStructureMismatch(carried, '2025-06-30', STRUCTURE_2025_07)?.vi).toBe(
      'Ngày 30/06/2025 trước ngày kế hoạch chuyển sang cơ cấu hành chính mới (01/07/2025): địa bàn là đơn vị cũ. Danh sách địa bàn nay theo ngày này; hãy chọn lại.',
    );
    expect(entryStructureMismatch(carried, '2026-03-10', TV)?.vi).toBe(
      'Từ 01/07/2025 kế hoạch ghi kết quả theo đơn vị hành chính mới (cơ cấu ngày 01/07/2025); ngày 10/03/2026 cần một đơn vị mới. Danh sách địa bàn nay theo ngày này; hãy chọn lại.',
    );
    expect(entryStructureMismatch(carried, '2026-03-10', TV)?.en).toContain('needs a unit of the new structure');
  });
});
