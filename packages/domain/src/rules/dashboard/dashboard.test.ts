import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActivityRecord, TargetInput } from '../../model/index.js';
import { addDays } from '../dates.js';
import { evaluatePlan } from '../targets/evaluate.js';
import { FIXTURE_PLAN_ID, makePlan, makeRecord, smallProvince } from '../fixtures.js';
import { coverageGrid, progressByArea, progressByComponent, progressOverTime } from './dashboard.js';

const areas = smallProvince();
const period = { from: '2019-01-01', to: '2019-12-31' };
const targets: TargetInput[] = [
  {
    id: 'p1-cov',
    title: 'Mọi xã nhận tài liệu',
    kind: 'area_coverage',
    level: 'commune',
    activityTypes: ['material_distribution'],
    thresholdPercent: 100,
    period,
    componentId: 'p1-c1',
  },
  {
    id: 'p1-reach',
    title: '75% người 14–60 tuổi',
    kind: 'population_reach',
    areaTags: ['key_area'],
    activityTypes: ['community_event'],
    thresholdPercent: 75,
    period,
    componentId: 'p1-c2',
  },
  { id: 'p1-out', title: '20 pano', kind: 'output_count', activityTypes: ['billboard'], minQuantity: 20, period },
  {
    id: 'p1-cad',
    title: 'Mỗi quý một tin bài',
    kind: 'cadence',
    every: 'quarter',
    activityTypes: ['media_item'],
    period,
  },
  {
    id: 'p1-dl',
    title: 'Hướng dẫn trước 30/6',
    kind: 'deadline',
    activityTypes: ['guidance_document'],
    dueDate: '2019-06-30',
    period,
  },
];
const plan = makePlan({
  period,
  targets,
  components: [
    { id: 'p1-c1', title: 'Tiểu đề án 1', leadAgencyId: 'a1' },
    { id: 'p1-c2', title: 'Tiểu đề án 2', leadAgencyId: 'a2' },
  ],
  activities: [
    { id: 'p1-a1', componentId: 'p1-c1', type: 'material_distribution', title: 'Phát tài liệu', period },
    { id: 'p1-a2', componentId: 'p1-c2', type: 'community_event', title: 'Nói chuyện chuyên đề', period },
    { id: 'p1-a3', componentId: 'p1-c2', type: 'contest', title: 'Hội thi', period },
  ],
});

const records: ActivityRecord[] = [
  makeRecord({ type: 'material_distribution', activityId: 'p1-a1', date: '2019-01-10', areaCode: '84001' }),
  makeRecord({ type: 'material_distribution', date: '2019-03-10', areaCode: '84101', quantity: 5 }),
  makeRecord({
    type: 'community_event',
    activityId: 'p1-a2',
    date: '2019-02-01',
    areaCode: '84001',
    reached: { total: 900, aged14to60: 800, women: 400 },
  }),
  makeRecord({ type: 'community_event', date: '2019-04-01', areaCode: '84001', reached: { aged14to60: 500 } }),
  makeRecord({ type: 'billboard', date: '2019-02-15', areaCode: '84', quantity: 7 }),
  makeRecord({ type: 'media_item', date: '2019-02-20', areaCode: '84' }),
  makeRecord({ type: 'guidance_document', date: '2019-05-05', areaCode: '84' }),
  // Never counted: not approved, another plan, after asOf.
  makeRecord({ type: 'material_distribution', date: '2019-02-10', areaCode: '84002', status: 'submitted' }),
  makeRecord({ type: 'material_distribution', date: '2019-02-10', areaCode: '84002', planId: 'other' }),
  makeRecord({ type: 'material_distribution', date: '2019-12-10', areaCode: '84102' }),
];
const asOf = '2019-06-30';

describe('progressByArea', () => {
  it('sums records, quantity and reach per district, with coverage rolled up from communes', () => {
    const { rows, outside } = progressByArea(plan, { areas, records, asOf, level: 'district' });
    expect(rows.map((r) => r.code)).toEqual(['840', '841']);
    expect(rows[0]).toMatchObject({
      records: 3,
      quantity: 3,
      reached: { total: 900, aged14to60: 1300, women: 400, children: 0 },
      coverage: { covered: 1, applicable: 2, share: 50 },
    });
    expect(rows[1]).toMatchObject({ records: 1, quantity: 5, coverage: { covered: 1, applicable: 2, share: 50 } });
    expect(outside).toMatchObject({ records: 3, quantity: 9 });
  });

  it('lists every commune of the plan province, with zeros', () => {
    const { rows } = progressByArea(plan, { areas, records, asOf, level: 'commune' });
    expect(rows.map((r) => [r.code, r.records, r.coverage.share])).toEqual([
      ['84001', 3, 100],
      ['84002', 0, 0],
      ['84101', 1, 100],
      ['84102', 0, 0],
    ]);
  });
});

describe('progressByComponent', () => {
  it('counts work, activities and target statuses per component', () => {
    const results = evaluatePlan(plan, { areas, records, asOf });
    const rows = progressByComponent(plan, results, records, { asOf });
    expect(rows.map((r) => [r.componentId, r.records, r.activities, r.targets.total])).toEqual([
      ['p1-c1', 2, { planned: 1, withRecords: 1 }, 1],
      ['p1-c2', 2, { planned: 2, withRecords: 1 }, 1],
      [null, 3, { planned: 0, withRecords: 0 }, 3],
    ]);
    expect(rows[2]?.targets.byStatus.achieved).toBe(1); // the guidance document before 30/6
    expect(rows[0]?.leadAgencyId).toBe('a1');
  });
});

describe('progressOverTime', () => {
  const over = progressOverTime(plan, { areas, records, from: '2019-01-01', to: '2019-06-30', every: 'month' });
  const series = (id: string) => over.series.find((s) => s.targetId === id)?.values;

  it('gives monthly buckets and cumulative series per target', () => {
    expect(over.buckets.map((b) => b.label)).toEqual([
      '2019-01',
      '2019-02',
      '2019-03',
      '2019-04',
      '2019-05',
      '2019-06',
    ]);
    expect(over.records).toEqual([1, 4, 5, 6, 7, 7]);
    expect(series('p1-cov')).toEqual([25, 25, 50, 50, 50, 50]);
    expect(series('p1-out')).toEqual([0, 7, 7, 7, 7, 7]);
    expect(series('p1-cad')).toEqual([0, 1, 0, 0, 0, 0]);
    expect(series('p1-dl')).toEqual([0, 0, 0, 0, 1, 1]);
    // key_area communes with a figure: 84001, 84002, 84101 (3 000 people); 84001 reached 800 then 1 000 (capped).
    expect(series('p1-reach')?.map((v) => Math.round(v * 100) / 100)).toEqual([0, 26.67, 26.67, 33.33, 33.33, 33.33]);
  });

  it('ends where evaluatePlan ends', () => {
    const results = evaluatePlan(plan, { areas, records, asOf });
    for (const id of ['p1-cov', 'p1-out', 'p1-reach']) {
      expect(series(id)?.at(-1)).toBeCloseTo(results.find((r) => r.targetId === id)?.value ?? NaN, 9);
    }
  });

  it('counts records before `from` in the first bucket and makes quarters', () => {
    const q = progressOverTime(plan, { areas, records, from: '2019-04-15', to: '2019-09-30', every: 'quarter' });
    expect(q.buckets).toEqual([
      { label: '2019-Q2', from: '2019-04-15', to: '2019-06-30' },
      { label: '2019-Q3', from: '2019-07-01', to: '2019-09-30' },
    ]);
    expect(q.records).toEqual([7, 7]);
  });

  const types = ['material_distribution', 'community_event', 'billboard'] as const;
  const recordArb = fc.record({
    type: fc.constantFrom(...types),
    date: fc.integer({ min: 0, max: 364 }).map((d) => addDays(period.from, d)),
    areaCode: fc.constantFrom('84', '840', '841', '84001', '84002', '84101', '84102'),
    quantity: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
    reached: fc.option(fc.record({ aged14to60: fc.integer({ min: 0, max: 900 }) }), { nil: undefined }),
  });
  it('property: series are monotone and match evaluatePlan at each month end', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (raw, months) => {
        const rs = raw.map((r) => ({
          ...r,
          id: `${r.date}${r.areaCode}`,
          planId: FIXTURE_PLAN_ID,
          status: 'approved' as const,
        }));
        const to = addDays(`2019-${String(months).padStart(2, '0')}-01`, 27);
        const over2 = progressOverTime(plan, { areas, records: rs, from: '2019-01-01', to, every: 'month' });
        const results = evaluatePlan(plan, { areas, records: rs, asOf: over2.buckets.at(-1)?.to ?? to });
        for (const s of over2.series.filter((x) => x.cumulative)) {
          s.values.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(s.values[i - 1] ?? 0));
          if (s.kind !== 'deadline')
            expect(s.values.at(-1)).toBeCloseTo(results.find((r) => r.targetId === s.targetId)?.value ?? NaN, 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stays linear: 100,000 records over 12 months', () => {
    const many: ActivityRecord[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `m${i}`,
      planId: FIXTURE_PLAN_ID,
      status: 'approved',
      type: types[i % 3] as (typeof types)[number],
      date: addDays(period.from, i % 365),
      areaCode: ['84001', '84002', '84101', '84102'][i % 4] as string,
      quantity: 1,
    }));
    const result = progressOverTime(plan, { areas, records: many, from: period.from, to: period.to, every: 'month' });
    expect(result.records.at(-1)).toBe(100_000);
    expect(
      progressByArea(plan, { areas, records: many, asOf: period.to, level: 'commune' }).rows.reduce(
        (a, r) => a + r.records,
        0,
      ),
    ).toBe(100_000);
  });
});

describe('coverageGrid', () => {
  it('marks each commune of an area_coverage target covered or not', () => {
    const grid = coverageGrid(plan, plan.targets[0] as never, { areas, records, asOf });
    expect(grid).toMatchObject({ targetId: 'p1-cov', level: 'commune', covered: 2, total: 4, share: 50 });
    expect(grid.cells.map((c) => [c.code, c.records, c.covered])).toEqual([
      ['84001', 1, true],
      ['84002', 0, false],
      ['84101', 1, true],
      ['84102', 0, false],
    ]);
  });

  it('judges reach per area against its population', () => {
    const grid = coverageGrid(plan, plan.targets[1] as never, { areas, records, asOf });
    const c84001 = grid.cells.find((c) => c.code === '84001');
    expect(c84001).toMatchObject({ reached: 1300, population: 1000, covered: true, parentCode: '840' });
    expect(grid.cells.find((c) => c.code === '84102')).toMatchObject({ covered: false });
    expect(grid.cells.find((c) => c.code === '84102')?.population).toBeUndefined();
  });
});
