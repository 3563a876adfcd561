import { describe, expect, it } from 'vitest';
import { PlanSchema, type Agency, type TargetInput } from '../../model/index.js';
import { laiChau2228, seedAgencies, seedAreas, SEED_STRUCTURES, traVinh651 } from '../../seeds/index.js';
import { deriveDistrictPlan, deriveScopedPlan } from './derive-plan.js';
import { recordsForRollUp } from './roll-up.js';
import { isDomainError } from '../errors.js';
import { evaluatePlan } from '../targets/evaluate.js';
import { makeArea, makePlan, makeRecord, smallProvince } from '../fixtures.js';
import { validatePlan } from './validate.js';

const areas = smallProvince();
const period = { from: '2019-01-01', to: '2019-12-31' };
const targets: TargetInput[] = [
  {
    id: 'p1-t-cover',
    title: '100% xã nhận tờ rơi',
    kind: 'area_coverage',
    level: 'commune',
    activityTypes: ['leaflet'],
    thresholdPercent: 100,
    period,
    objectiveId: 'p1-o-1',
    componentId: 'p1-c1',
  },
  {
    id: 'p1-t-risk',
    title: '30% xã nguy cơ cao được tư vấn',
    kind: 'area_coverage',
    level: 'commune',
    areaTags: ['high_risk'],
    activityTypes: ['counselling'],
    thresholdPercent: 30,
    period,
  },
  {
    id: 'p1-t-districts',
    title: 'Mọi huyện có hội nghị',
    kind: 'area_coverage',
    level: 'district',
    activityTypes: ['conference'],
    thresholdPercent: 100,
    period,
  },
  {
    id: 'p1-t-total',
    title: '30.000 tờ rơi',
    kind: 'output_count',
    activityTypes: ['leaflet'],
    minQuantity: 30000,
    period,
  },
  {
    id: 'p1-t-840',
    title: '2 lớp tại huyện 840',
    kind: 'output_count',
    activityTypes: ['training'],
    minQuantity: 2,
    areaCodes: ['840'],
    period,
  },
  {
    id: 'p1-t-sites',
    title: 'Pano tại 2 xã',
    kind: 'output_count',
    activityTypes: ['billboard'],
    minQuantity: 2,
    requiredAreaCodes: ['84001', '84101'],
    period,
  },
  {
    id: 'p1-t-monthly',
    title: 'Mỗi tháng một tin bài',
    kind: 'cadence',
    every: 'month',
    activityTypes: ['media_item'],
    period,
  },
];
const agencies: Agency[] = [
  { id: 'a-lead', name: 'Sở Thử', kind: 'department' },
  { id: 'ubnd-huyen', name: 'UBND các huyện', kind: 'district_committee', memberIds: ['ubnd-840', 'ubnd-841'] },
  {
    id: 'ubnd-840',
    name: 'Ủy ban nhân dân huyện 840',
    kind: 'district_committee',
    parentId: 'ubnd-huyen',
    areaCode: '840',
  },
  {
    id: 'ubnd-841',
    name: 'Ủy ban nhân dân huyện 841',
    kind: 'district_committee',
    parentId: 'ubnd-huyen',
    areaCode: '841',
  },
];
const province = makePlan({
  objectives: [{ id: 'p1-o-1', text: 'Mục tiêu' }],
  components: [{ id: 'p1-c1', title: 'Tiểu đề án 1', leadAgencyId: 'a-lead', cooperatingAgencyIds: ['ubnd-huyen'] }],
  duties: [
    { id: 'p1-d-lead', agencyId: 'a-lead', role: 'lead', componentIds: ['p1-c1'], text: 'Chủ trì' },
    {
      id: 'p1-d-huyen',
      agencyId: 'ubnd-huyen',
      role: 'implement',
      componentIds: ['p1-c1'],
      text: 'Triển khai tại địa phương',
    },
  ],
  activities: [
    {
      id: 'p1-a-province',
      type: 'leaflet',
      title: 'Phát tờ rơi',
      period,
      places: [{ name: 'Tỉnh Thử', areaCode: '84' }],
      componentId: 'p1-c1',
    },
    { id: 'p1-a-841', type: 'billboard', title: 'Pano', period, places: [{ name: 'Xã 84101', areaCode: '84101' }] },
    {
      id: 'p1-a-both',
      type: 'billboard',
      title: 'Pano',
      period,
      places: [
        { name: 'Xã 84001', areaCode: '84001' },
        { name: 'Xã 84101', areaCode: '84101' },
      ],
    },
    {
      id: 'p1-a-risk',
      type: 'counselling',
      title: 'Tư vấn',
      period,
      places: [{ name: 'Xã nguy cơ cao', areaTag: 'high_risk' }],
    },
    { id: 'p1-a-everywhere', type: 'media_item', title: 'Tin bài', period },
    { id: 'p1-a-training', type: 'training', title: 'Tập huấn', period },
    { id: 'p1-a-conference', type: 'conference', title: 'Hội nghị', period },
  ],
  targets,
  reporting: [
    {
      id: 'p1-r1',
      cadence: 'yearly',
      due: { kind: 'fixed_date', month: 12, day: 20, before: true },
      fromAgencyIds: ['ubnd-huyen'],
      toAgencyId: 'a-lead',
    },
  ],
  observances: [{ id: 'p1-obs', name: 'Ngày 30/7', date: '07-30', window: { from: '07-01', to: '08-01' } }],
});

describe('deriveDistrictPlan', () => {
  const { plan, dropped } = deriveDistrictPlan(province, { districtCode: '840', areas, agencies });

  it('makes a plan of the district, linked to its parent, with re-prefixed ids', () => {
    expect(plan).toMatchObject({
      id: 'p1-840',
      parentPlanId: 'p1',
      scopeAreaCode: '840',
      provinceCode: '84',
      issuer: 'Ủy ban nhân dân huyện 840',
      period: province.period,
    });
    expect(plan.legalBases[0]).toEqual({
      code: '1/KH-UBND',
      title: 'Kế hoạch thử',
      issuer: 'Ủy ban nhân dân tỉnh Thử',
      issuedOn: '2019-01-01',
    });
    expect(plan.objectives.map((o) => o.id)).toEqual(['p1-840-o-1']);
    expect(plan.observances.map((o) => o.id)).toEqual(['p1-840-obs']);
    expect(validatePlan(plan, { agencies, areas }).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('scopes coverage to the district, keeps cadence, keeps only quantities whose areas all lie inside', () => {
    expect(plan.targets.map((t) => t.id)).toEqual([
      'p1-840-t-cover',
      'p1-840-t-risk',
      'p1-840-t-districts',
      'p1-840-t-840',
      'p1-840-t-monthly',
    ]);
    expect(plan.targets[0]).toMatchObject({
      withinAreaCode: '840',
      objectiveId: 'p1-840-o-1',
      componentId: 'p1-840-c1',
    });
    expect(dropped.filter((d) => d.list === 'targets')).toEqual([
      {
        list: 'targets',
        id: 'p1-t-total',
        reason:
          'Chỉ tiêu số lượng chung của cả tỉnh, không chia được cho từng địa bàn; kết quả của địa bàn được cộng vào chỉ tiêu của tỉnh.',
      },
      {
        list: 'targets',
        id: 'p1-t-sites',
        reason:
          'Chỉ tiêu số lượng gồm cả địa bàn ngoài Địa bàn 840 (Địa bàn 84101); không chia được, kết quả được cộng vào chỉ tiêu của tỉnh.',
      },
    ]);
    const other = deriveDistrictPlan(province, { districtCode: '841', areas, agencies });
    expect(other.dropped.map((d) => d.id)).toContain('p1-t-840');
  });

  it('keeps activities placed in the district or nowhere in particular, narrowing their places', () => {
    expect(plan.activities.map((a) => [a.id, a.places])).toEqual([
      ['p1-840-a-province', [{ name: 'Địa bàn 840', areaCode: '840' }]],
      ['p1-840-a-both', [{ name: 'Xã 84001', areaCode: '84001' }]],
      ['p1-840-a-risk', [{ name: 'Xã nguy cơ cao', areaTag: 'high_risk', areaCode: '840' }]],
      ['p1-840-a-everywhere', []],
      ['p1-840-a-training', []],
      ['p1-840-a-conference', []],
    ]);
    expect(dropped.filter((d) => d.list === 'activities')).toEqual([
      { list: 'activities', id: 'p1-a-841', reason: 'Địa điểm nằm ngoài Địa bàn 840: Xã 84101.' },
    ]);
  });

  it('gives the district committee its own duties and those of its group; it alone reports', () => {
    expect(plan.duties).toEqual([
      {
        id: 'p1-840-d-huyen',
        agencyId: 'ubnd-840',
        role: 'implement',
        componentIds: ['p1-840-c1'],
        text: 'Triển khai tại địa phương',
      },
    ]);
    expect(plan.reporting).toEqual([
      expect.objectContaining({ id: 'p1-840-r1', fromAgencyIds: ['ubnd-840'], toAgencyId: 'a-lead' }),
    ]);
    const withoutAgencies = deriveDistrictPlan(province, { districtCode: '840', areas });
    expect(withoutAgencies.plan.duties).toEqual([]);
    expect(withoutAgencies.plan.reporting[0]?.fromAgencyIds).toEqual(['ubnd-huyen']);
  });

  it('takes id, code, title, issuer and issuedOn when given', () => {
    const { plan: named } = deriveDistrictPlan(province, {
      districtCode: '841',
      areas,
      id: 'kh-841',
      code: '12/KH-UBND',
      title: 'Kế hoạch huyện',
      issuer: 'UBND huyện',
      issuedOn: '2019-02-01',
    });
    expect(named).toMatchObject({
      id: 'kh-841',
      code: '12/KH-UBND',
      title: 'Kế hoạch huyện',
      issuer: 'UBND huyện',
      issuedOn: '2019-02-01',
    });
    expect(named.targets[0]?.id).toBe('kh-841-t-cover');
  });

  it('refuses unknown areas, areas outside the plan, communes, and plans of the two-level structure', () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return isDomainError(error) ? `${error.code}: ${error.message}` : String(error);
      }
      return 'no error';
    };
    expect(codeOf(() => deriveDistrictPlan(province, { districtCode: '999', areas }))).toMatch(/^AREA_UNKNOWN/);
    expect(codeOf(() => deriveDistrictPlan(province, { districtCode: '12', areas }))).toMatch(/^PLAN_INVALID/);
    expect(codeOf(() => deriveDistrictPlan(province, { districtCode: '84001', areas }))).toBe(
      'PLAN_INVALID: “Địa bàn 84001” (84001) không phải đơn vị hành chính cấp huyện.',
    );
    expect(codeOf(() => deriveScopedPlan(province, { areaCode: '84', areas }))).toMatch(/^PLAN_INVALID/);
    expect(codeOf(() => deriveDistrictPlan(province, { districtCode: '840', areas, id: 'Bad Id' }))).toMatch(
      /^PLAN_INVALID: Không tạo được kế hoạch/,
    );

    const twoLevel = [
      makeArea({ code: '86', level: 'province' }),
      makeArea({ code: '29500', level: 'commune', parentCode: '86' }),
    ];
    const vinhLong = makePlan({
      id: 'vl1',
      provinceCode: '86',
      areaStructure: '2025-07-01',
      targets: [targets[0] as TargetInput],
    });
    expect(codeOf(() => deriveDistrictPlan(vinhLong, { districtCode: '29500', areas: twoLevel }))).toBe(
      'PLAN_INVALID: Kế hoạch 1/KH-UBND theo cơ cấu hành chính 01/07/2025: từ ngày 01/7/2025 chính quyền địa phương chỉ còn hai cấp (tỉnh, xã), không còn cấp huyện, nên không lập được kế hoạch cấp huyện. Hãy lập kế hoạch cho từng xã, phường.',
    );
    // A commune plan is allowed in both structures.
    const commune = deriveScopedPlan(vinhLong, { areaCode: '29500', areas: twoLevel });
    expect(commune.plan).toMatchObject({
      id: 'vl1-29500',
      scopeAreaCode: '29500',
      issuer: 'Ủy ban nhân dân địa bàn 29500',
    });
    expect(commune.plan.targets[0]).toMatchObject({ withinAreaCode: '29500' });
  });

  it('a commune plan drops coverage counted at district level', () => {
    const { plan: commune, dropped: gone } = deriveScopedPlan(province, { areaCode: '84001', areas });
    expect(commune.targets.map((t) => t.id)).toEqual(['p1-84001-t-cover', 'p1-84001-t-risk', 'p1-84001-t-monthly']);
    expect(gone.find((d) => d.id === 'p1-t-districts')?.reason).toBe(
      'Chỉ tiêu đếm đơn vị cấp huyện, cao hơn Địa bàn 84001.',
    );
    expect(gone.find((d) => d.id === 'p1-t-840')?.reason).toMatch(/ngoài Địa bàn 84001 \(Địa bàn 840\)/);
    const noRisk = deriveScopedPlan(province, { areaCode: '84002', areas });
    expect(noRisk.dropped.find((d) => d.id === 'p1-t-risk')?.reason).toBe(
      'Địa bàn 84002 không có đơn vị nào gắn nhãn “nguy cơ cao”.',
    );
  });
});

describe('recordsForRollUp', () => {
  const child = deriveDistrictPlan(province, { districtCode: '840', areas, agencies }).plan;
  const grandchild = deriveScopedPlan(child, { areaCode: '84001', areas }).plan;
  const leaflet = (planId: string, areaCode: string, extra: Record<string, unknown> = {}) =>
    makeRecord({ planId, type: 'leaflet', date: '2019-03-01', areaCode, ...extra });
  const coverage = (plan: typeof province, records: ReturnType<typeof leaflet>[]) =>
    evaluatePlan(plan, { areas, records, asOf: '2019-06-30' }).find((r) => r.targetId.endsWith('-t-cover'));

  it('a record entered in a district plan counts for the province’s area coverage', () => {
    const records = [leaflet('p1', '84101'), leaflet('p1-840', '84002')];
    expect(coverage(province, records)).toMatchObject({ numerator: 1, denominator: 4 });
    expect(coverage(province, recordsForRollUp(province, [child], records))).toMatchObject({
      numerator: 2,
      denominator: 4,
      missing: ['84001', '84102'],
    });
  });

  it('the district plan’s results see only its communes and its own records', () => {
    const records = [leaflet('p1', '84001'), leaflet('p1-840', '84002'), leaflet('p1-840', '84101')];
    expect(coverage(child, records)).toMatchObject({ numerator: 1, denominator: 2, missing: ['84001'] });
  });

  it('follows grandchildren, maps activity ids back, drops other plans, passes the parent’s records through', () => {
    const own = leaflet('p1', '84101');
    const records = [
      own,
      leaflet('p1-840-84001', '84001', { activityId: 'p1-840-84001-a-province' }),
      leaflet('p1-840', '84002', { activityId: 'p1-840-a-unknown' }),
      leaflet('other', '84102'),
    ];
    const rolled = recordsForRollUp(province, [child, grandchild, { id: 'other' }], records);
    expect(rolled[0]).toBe(own);
    expect(rolled.map((r) => [r.planId, r.areaCode, r.activityId])).toEqual([
      ['p1', '84101', undefined],
      ['p1', '84001', 'p1-a-province'],
      ['p1', '84002', undefined],
    ]);
    // Rolled into the district plan only its own subtree: the grandchild's record, not the province's.
    expect(recordsForRollUp(child, [province, child, grandchild], records).map((r) => r.areaCode)).toEqual([
      '84001',
      '84002',
    ]);
  });

  it('never crosses provinces or structures, whatever parentPlanId says (nor below such a plan)', () => {
    const foreign = { id: 'lc-x', parentPlanId: 'p1', provinceCode: '12', areaStructure: child.areaStructure };
    const below = { id: 'lc-x-1', parentPlanId: 'lc-x', provinceCode: '84', areaStructure: child.areaStructure };
    const otherList = { id: 'p1-old', parentPlanId: 'p1', provinceCode: '84', areaStructure: '2016-01-01' };
    const records = [leaflet('lc-x', '84001'), leaflet('lc-x-1', '84002'), leaflet('p1-old', '84101')];
    expect(recordsForRollUp(province, [foreign, below, otherList], records)).toEqual([]);
    // The same links without province or structure on the plans: still counted (the API always passes them).
    expect(recordsForRollUp(province, [{ id: 'lc-x', parentPlanId: 'p1' }], records)).toHaveLength(1);
  });

  it('survives a cycle of parent links', () => {
    const loop = [
      { id: 'x', parentPlanId: 'y' },
      { id: 'y', parentPlanId: 'x' },
    ];
    expect(recordsForRollUp(province, loop, [leaflet('x', '84001')])).toEqual([]);
  });
});

describe('cascade on the seed plans', () => {
  it('Trà Vinh 651 → huyện Càng Long: duties of "UBND các huyện" go to UBND huyện Càng Long; the plan validates', () => {
    // The high_risk and key_area tags of Trà Vinh are not seeded (the plan names no commune): targets on them stay.
    const tv = PlanSchema.parse(traVinh651);
    const areasTv = seedAreas[SEED_STRUCTURES.tv651.structure] ?? [];
    const { plan, dropped } = deriveDistrictPlan(tv, { districtCode: '844', areas: areasTv, agencies: seedAgencies });
    expect(plan).toMatchObject({ id: 'tv651-844', issuer: 'Ủy ban nhân dân huyện Càng Long', scopeAreaCode: '844' });
    expect(new Set(plan.duties.map((d) => d.agencyId))).toEqual(new Set(['tv-ubnd-844']));
    expect(plan.duties.length).toBe(tv.duties.filter((d) => d.agencyId === 'tv-ubnd-huyen').length);
    expect(plan.targets.map((t) => t.id)).toEqual(tv.targets.map((t) => t.id.replace('tv651-', 'tv651-844-')));
    expect(dropped.filter((d) => d.list === 'targets')).toEqual([]);
    expect(
      validatePlan(plan, { agencies: seedAgencies, areas: areasTv }).filter((i) => i.severity === 'error'),
    ).toEqual([]);
  });

  it('Lai Châu 2228 → huyện Phong Thổ keeps the billboards and the session placed there, drops province-wide quantities', () => {
    const lc = PlanSchema.parse(laiChau2228);
    const areasLc = seedAreas[SEED_STRUCTURES.lc2228.structure] ?? [];
    const { plan, dropped } = deriveDistrictPlan(lc, { districtCode: '109', areas: areasLc, agencies: seedAgencies });
    const kept = plan.targets.map((t) => t.id.replace('lc2228-109-', ''));
    expect(kept).toContain('t-2017-billboards');
    expect(kept).toContain('t-2017-session-phong-tho');
    expect(kept).toContain('t-2018-border-conferences-coverage');
    expect(dropped.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'lc2228-t-2017-leaflets',
        'lc2228-t-2018-billboards',
        'lc2228-t-2018-border-conferences',
        'lc2228-t-2018-session-sin-ho',
      ]),
    );
    expect(plan.reporting.map((r) => [r.id, r.periods, r.fromAgencyIds])).toEqual([
      ['lc2228-109-r-half-yearly', ['H1'], ['lc-ubnd-109']],
      ['lc2228-109-r-yearly', undefined, ['lc-ubnd-109']],
    ]);
    expect(
      validatePlan(plan, { agencies: seedAgencies, areas: areasLc }).filter((i) => i.severity === 'error'),
    ).toEqual([]);
    // Tam Đường has none of the 23 border communes: the border coverage target does not apply there.
    const tamDuong = deriveDistrictPlan(lc, { districtCode: '106', areas: areasLc });
    expect(tamDuong.dropped.find((d) => d.id === 'lc2228-t-2018-border-conferences-coverage')?.reason).toBe(
      'Huyện Tam Đường không có đơn vị nào gắn nhãn “biên giới”.',
    );
  });
});
