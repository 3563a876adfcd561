/**
 * Issue 14, items 1–4, "Targets that tell the truth": each case is the input reported in the issue, on the seed
 * plans and their seed areas.
 */
import { describe, expect, it } from 'vitest';
import type { ActivityRecord, Area, Plan, TargetResult } from '../../model/index.js';
import { PlanSchema, TargetSchema, TARGET_STATUS_EXPLANATIONS, TargetStatusSchema } from '../../model/index.js';
import { laiChau2228 as lcInput, traVinh651 as tvInput } from '../../seeds/index.js';
import { seedAreas } from '../../seeds/areas.js';
import { LAI_CHAU_2016_STRUCTURE, TRA_VINH_2018_STRUCTURE } from '../../seeds/structures.js';
import { findLikelyDuplicates, likelyDuplicatesOf } from '../records/duplicates.js';
import { evaluatePlan } from './evaluate.js';
import { targetExpectation } from './status.js';
import { TARGET_STATUS_LABELS } from '../../format/statuses.js';

const laiChau2228 = PlanSchema.parse(lcInput);
const traVinh651 = PlanSchema.parse(tvInput);
const makeTarget = (input: Record<string, unknown>) =>
  TargetSchema.parse({ id: 'tv651-t-x', title: 'Chỉ tiêu thử', ...input });
const lcAreas = seedAreas[LAI_CHAU_2016_STRUCTURE] as Area[];
const tvAreas = seedAreas[TRA_VINH_2018_STRUCTURE] as Area[];

function resultOf(plan: Plan, targetId: string, input: { areas: Area[]; records: ActivityRecord[]; asOf: string }) {
  const result = evaluatePlan(plan, input).find((r) => r.targetId === targetId);
  if (!result) throw new Error(`no result for ${targetId}`);
  return result;
}

const lcRecord = (over: Partial<ActivityRecord> & Pick<ActivityRecord, 'type' | 'areaCode'>): ActivityRecord => ({
  id: 'r-lc-1',
  planId: 'lc2228',
  date: '2017-06-01',
  status: 'approved',
  ...over,
});

describe('issue 14.1 — one-off outputs are not behind from day one', () => {
  it('the 2017 Phong Thổ event with no record is on track on 2017-01-01 (was off_track, expected 0.0027)', () => {
    const r = resultOf(laiChau2228, 'lc2228-t-2017-session-phong-tho', {
      areas: lcAreas,
      records: [],
      asOf: '2017-01-01',
    });
    expect(r.status).toBe('on_track');
    expect(r.expected).toBeUndefined();
    expect(r.explanation).toContain('31/12/2017');
  });

  it('on 01/03/2017 the 3 billboards and the event are on track, not "Chậm tiến độ"', () => {
    const results = evaluatePlan(laiChau2228, { areas: lcAreas, records: [], asOf: '2017-03-01' });
    for (const id of ['lc2228-t-2017-billboards', 'lc2228-t-2017-session-phong-tho'])
      expect(results.find((r) => r.targetId === id)?.status).toBe('on_track');
  });

  it('a dated output is at risk in its due window and missed at the period end, never at risk there', () => {
    const at = (asOf: string) =>
      resultOf(laiChau2228, 'lc2228-t-2017-billboards', { areas: lcAreas, records: [], asOf }).status;
    expect(at('2017-12-16')).toBe('on_track');
    expect(at('2017-12-17')).toBe('at_risk');
    expect(at('2017-12-31')).toBe('missed');
    expect(at('2018-01-01')).toBe('missed');
  });

  it('every kind is achieved or missed at the last day of its period (asOf = period.to)', () => {
    const results = evaluatePlan(traVinh651, { areas: tvAreas, records: [], asOf: '2020-12-31' });
    for (const r of results) expect(['achieved', 'missed', 'no_data']).toContain(r.status);
    const linear = resultOf(laiChau2228, 'lc2228-t-2017-leaflets', {
      areas: lcAreas,
      records: [lcRecord({ type: 'leaflet', areaCode: '03574', quantity: 29000 })],
      asOf: '2017-12-31',
    });
    expect(linear.status).toBe('missed');
    // A cadence whose last quarter has no record yet, and a deadline due that day, on the last day.
    const column = (date: string) => lcRecord({ id: date, type: 'newspaper_column', areaCode: '12', date });
    const cadence = resultOf(laiChau2228, 'lc2228-t-2018-column', {
      areas: lcAreas,
      records: ['2018-02-01', '2018-05-01', '2018-08-01'].map(column),
      asOf: '2018-12-31',
    });
    expect(cadence).toMatchObject({ status: 'missed', missing: ['2018-Q4'] });
    const deadline = resultOf(laiChau2228, 'lc2228-t-2016-guidance', {
      areas: lcAreas,
      records: [],
      asOf: '2016-12-31',
    });
    expect(deadline.status).toBe('missed');
  });

  it('the seed plans say how each cumulative target grows (Lai Châu: by the roadmap year; Trà Vinh: linear)', () => {
    for (const t of laiChau2228.targets)
      if (t.kind === 'output_count' || t.kind === 'area_coverage') expect(t.expectation?.kind).toBe('by_due_date');
    for (const id of ['tv651-t-ii-1', 'tv651-t-ii-2', 'tv651-t-ii-4'])
      expect(traVinh651.targets.find((t) => t.id === id)).toMatchObject({ expectation: { kind: 'linear' } });
  });

  it('derives a default: a handful of outputs is due at the end, many are spread linearly', () => {
    const period = { from: '2019-01-01', to: '2019-12-31' };
    const few = makeTarget({ kind: 'output_count', activityTypes: ['billboard'], minQuantity: 3, period });
    const many = makeTarget({ kind: 'output_count', activityTypes: ['leaflet'], minQuantity: 30000, period });
    const cover = makeTarget({
      kind: 'area_coverage',
      level: 'commune',
      activityTypes: ['leaflet'],
      thresholdPercent: 100,
      period,
    });
    expect(targetExpectation(few)).toEqual({ kind: 'by_due_date' });
    expect(targetExpectation(many)).toEqual({ kind: 'linear' });
    expect(targetExpectation(cover)).toEqual({ kind: 'linear' });
  });

  it('yearly milestones (75% by 2018, 100% by 2020, Đề án 1 of 1090/QĐ-BTTTT) set the expectation', () => {
    const plan: Plan = {
      ...traVinh651,
      targets: [
        makeTarget({
          id: 'tv651-t-m',
          kind: 'area_coverage',
          level: 'commune',
          activityTypes: ['material_distribution'],
          thresholdPercent: 100,
          period: { from: '2018-01-01', to: '2020-12-31' },
          expectation: {
            kind: 'milestones',
            milestones: [
              { by: '2018-12-31', percent: 75 },
              { by: '2020-12-31', percent: 100 },
            ],
          },
        }),
      ],
    };
    const communes = tvAreas.filter((a) => a.level === 'commune').map((a) => a.code);
    const records = (n: number): ActivityRecord[] =>
      communes.slice(0, n).map((areaCode, i) => ({
        id: `m${i}`,
        planId: 'tv651',
        type: 'material_distribution',
        date: '2018-03-01',
        areaCode,
        status: 'approved',
      }));
    const at2018 = (n: number) => evaluatePlan(plan, { areas: tvAreas, records: records(n), asOf: '2018-12-31' })[0];
    // 80/106 = 75.5% ≥ 75% expected at the 2018 milestone.
    expect(at2018(80)).toMatchObject({ status: 'on_track', expected: 75 });
    expect(at2018(70)?.status).toBe('at_risk'); // 66% ≥ 0.8 × 75
    expect(at2018(50)?.status).toBe('off_track');
    // Half-way through 2019: 75 + 25 × (days elapsed / days of 2019–2020).
    const mid = evaluatePlan(plan, { areas: tvAreas, records: records(80), asOf: '2019-12-31' })[0];
    expect(mid?.expected).toBeCloseTo(75 + (25 * 365) / 731, 6);
  });
});

describe('issue 14.2 — targets that cannot be measured read "not enough data"', () => {
  it('tv651-t-ii-2 (≥30% of high-risk communes) is no_data, not off_track then missed, and says which tag', () => {
    for (const asOf of ['2019-06-01', '2021-01-01']) {
      const r = resultOf(traVinh651, 'tv651-t-ii-2', { areas: tvAreas, records: [], asOf });
      expect(r.status).toBe('no_data');
      expect(r.dataGaps).toEqual([
        { kind: 'area_tag', tag: 'high_risk', level: 'commune', withinAreaCode: '84', tagged: 0, candidates: 106 },
      ]);
      expect(r.explanation).toBe(
        'Chưa đủ dữ liệu: chưa có xã nào trong phạm vi kế hoạch (0/106 xã) được gắn nhãn “nguy cơ cao”, nên chưa thể đánh giá chỉ tiêu.',
      );
      expect(r.explanationEn).toBe(
        'Not enough data: none of the 106 communes in the plan area is tagged “high risk”, so the target cannot be judged yet.',
      );
    }
  });

  it('tv651-t-ii-4 (≥75% of people aged 14–60 in key areas) is no_data: no tag and no population figures', () => {
    const r = resultOf(traVinh651, 'tv651-t-ii-4', { areas: tvAreas, records: [], asOf: '2019-06-01' });
    expect(r.status).toBe('no_data');
    expect(r.dataGaps).toEqual([
      { kind: 'area_tag', tag: 'key_area', withinAreaCode: '84', tagged: 0, candidates: 106, level: 'commune' },
      {
        kind: 'population',
        group: 'aged14to60',
        level: 'commune',
        missing: 106,
        of: 106,
        areaCodes: expect.any(Array),
      },
    ]);
    expect(r.explanation).toMatch(/^Chưa đủ dữ liệu: .*“trọng điểm”.*dân số người từ 14 đến 60 tuổi.*106\/106 xã.*\.$/);
    expect(r.explanationEn).toMatch(/^Not enough data: .*“key area”.*aged 14–60.*106 of 106 communes.*\.$/);
  });

  it('a status for every case, labelled vi/en/km, with its one-sentence explanation', () => {
    expect(TargetStatusSchema.options).toContain('no_data');
    expect(TARGET_STATUS_LABELS.no_data).toMatchObject({ vi: 'Chưa đủ dữ liệu', en: 'Not enough data' });
    for (const s of TargetStatusSchema.options) {
      expect(TARGET_STATUS_EXPLANATIONS[s].vi).toMatch(/^[^.]+\.$/);
      expect(TARGET_STATUS_EXPLANATIONS[s].en).toMatch(/^[^.]+\.$/);
    }
  });
});

describe('issue 14.3 — records outside the plan area do not count', () => {
  for (const areaCode of ['84', '99999'])
    it(`a 2017 leaflet record of 30,000 at ${areaCode} does not achieve lc2228-t-2017-leaflets`, () => {
      const record = lcRecord({ id: `r-${areaCode}`, type: 'leaflet', areaCode, quantity: 30000 });
      const results = evaluatePlan(laiChau2228, { areas: lcAreas, records: [record], asOf: '2018-01-01' });
      expect(results.find((r) => r.targetId === 'lc2228-t-2017-leaflets')).toMatchObject({
        status: 'missed',
        value: 0,
      });
      expect(results.ignoredRecords).toEqual([{ recordId: `r-${areaCode}`, areaCode, reason: 'unknown_area' }]);
    });

  it('eight classes in a Trà Vinh commune do not achieve Lai Châu’s 8-class target', () => {
    const record = lcRecord({ id: 'r-tv', type: 'training', areaCode: '29236', quantity: 8 });
    // Once with only Lai Châu's units, once with a list that also holds Trà Vinh at the plan's structure.
    const tvAtLcStructure = tvAreas.map((a) => ({ ...a, structure: LAI_CHAU_2016_STRUCTURE }));
    for (const [areas, reason] of [
      [lcAreas, 'unknown_area'],
      [[...lcAreas, ...tvAtLcStructure], 'outside_plan_area'],
    ] as const) {
      const results = evaluatePlan(laiChau2228, { areas, records: [record], asOf: '2018-01-01' });
      expect(results.find((r) => r.targetId === 'lc2228-t-2017-training')).toMatchObject({
        status: 'missed',
        value: 0,
      });
      expect(results.ignoredRecords).toEqual([{ recordId: 'r-tv', areaCode: '29236', reason }]);
    }
  });

  it('a record inside the province still counts', () => {
    const record = lcRecord({ type: 'leaflet', areaCode: '03574', quantity: 30000 });
    const results = evaluatePlan(laiChau2228, { areas: lcAreas, records: [record], asOf: '2018-01-01' });
    expect(results.find((r) => r.targetId === 'lc2228-t-2017-leaflets')?.status).toBe('achieved');
    expect(results.ignoredRecords).toEqual([]);
  });
});

describe('issue 14.4 — duplicates', () => {
  it('the same record (same id) three times at 10,000 counts once', () => {
    const record = lcRecord({ id: 'r-dup', type: 'leaflet', areaCode: '03574', quantity: 10000 });
    const results = evaluatePlan(laiChau2228, {
      areas: lcAreas,
      records: [record, { ...record }, { ...record }],
      asOf: '2018-01-01',
    });
    const leaflets = results.find((r) => r.targetId === 'lc2228-t-2017-leaflets') as TargetResult;
    expect(leaflets).toMatchObject({ value: 10000, status: 'missed' });
    expect(results.ignoredRecords).toEqual([
      { recordId: 'r-dup', areaCode: '03574', reason: 'duplicate_id' },
      { recordId: 'r-dup', areaCode: '03574', reason: 'duplicate_id' },
    ]);
  });

  it('findLikelyDuplicates groups records with the same activity, area, date and quantity', () => {
    const base = lcRecord({ activityId: 'lc2228-a-2017-2-1-2', type: 'leaflet', areaCode: '03574', quantity: 10000 });
    const groups = findLikelyDuplicates([
      base,
      { ...base, id: 'r-2' },
      { ...base, id: 'r-3', quantity: 9000 },
      { ...base, id: 'r-4', date: '2017-06-02' },
      { ...base, id: 'r-5', areaCode: '03571' },
      { ...base, id: 'r-6', status: 'draft' },
      { ...base, id: 'r-lc-1' }, // the same id again: one record, not a duplicate of itself
    ]);
    expect(groups).toEqual([
      {
        recordIds: ['r-2', 'r-6', 'r-lc-1'],
        activityId: 'lc2228-a-2017-2-1-2',
        type: 'leaflet',
        areaCode: '03574',
        date: '2017-06-01',
        quantity: 10000,
      },
    ]);
  });

  it('likelyDuplicatesOf warns about a record being entered that matches saved ones', () => {
    const saved = lcRecord({ id: 'r-saved', type: 'training', areaCode: '03574', quantity: 1 });
    const other = lcRecord({ id: 'r-other', type: 'training', areaCode: '03574', quantity: 2 });
    const entering = {
      planId: 'lc2228',
      type: 'training' as const,
      areaCode: '03574',
      date: '2017-06-01',
      quantity: 1,
    };
    expect(likelyDuplicatesOf(entering, [saved, other]).map((r) => r.id)).toEqual(['r-saved']);
    expect(likelyDuplicatesOf({ ...entering, id: 'r-saved' }, [saved, other])).toEqual([]);
  });
});
