import { describe, expect, it } from 'vitest';
import { evaluatePlan } from './evaluate.js';
import { makeArea, makePlan, makeRecord, planWith, smallProvince } from '../fixtures.js';

const areas = smallProvince();
const coverage = (extra: Record<string, unknown> = {}) =>
  planWith({
    id: 'p1-t1',
    title: '100% xã tiếp nhận tài liệu',
    kind: 'area_coverage',
    level: 'commune',
    activityTypes: ['material_distribution'],
    period: { from: '2019-01-01', to: '2019-12-31' },
    thresholdPercent: 100,
    ...extra,
  } as never);
const rec = (areaCode: string, date = '2019-06-01', extra: Record<string, unknown> = {}) =>
  makeRecord({ type: 'material_distribution', date, areaCode, ...extra });

describe('area_coverage', () => {
  it('counts communes of the plan province with a record, with Vietnamese explanation', () => {
    const [r] = evaluatePlan(coverage(), {
      areas,
      records: [rec('84001'), rec('84002'), rec('84101'), rec('12001')],
      asOf: '2020-01-01',
    });
    expect(r).toMatchObject({
      targetId: 'p1-t1',
      kind: 'area_coverage',
      status: 'missed',
      value: 75,
      numerator: 3,
      denominator: 4,
      missing: ['84102'],
    });
    expect(r?.explanation).toBe(
      'Đã có 3/4 xã (75%) có ít nhất 1 hoạt động “tiếp nhận, triển khai tài liệu”; cần 100%; chưa có: Địa bàn 84102.',
    );
  });

  it('writes the explanation with Vietnamese numbers (80/106 = 75,5%)', () => {
    const communes = [makeArea({ code: '84', level: 'province' })].concat(
      Array.from({ length: 106 }, (_, i) => makeArea({ code: String(84000 + i), level: 'commune', parentCode: '84' })),
    );
    const records = Array.from({ length: 80 }, (_, i) => rec(String(84000 + i)));
    const [r] = evaluatePlan(coverage(), { areas: communes, records, asOf: '2019-12-30' });
    expect(r?.explanation).toMatch(
      /^Đã có 80\/106 xã \(75,5%\) có ít nhất 1 hoạt động “tiếp nhận, triển khai tài liệu”; cần 100%; chưa có: Địa bàn 84080, Địa bàn 84081, Địa bàn 84082, Địa bàn 84083, Địa bàn 84084 và 21 mục khác; theo tiến độ đến nay cần khoảng 99,7% \(chậm tiến độ\)\.$/,
    );
  });

  it('rejects an invalid asOf with a DomainError', () => {
    expect(() => evaluatePlan(coverage(), { areas, records: [], asOf: '2019-02-29' })).toThrow(/không hợp lệ/);
  });

  it('is achieved exactly at the threshold', () => {
    const [r] = evaluatePlan(coverage({ thresholdPercent: 75 }), {
      areas,
      records: [rec('84001'), rec('84002'), rec('84101')],
      asOf: '2020-01-01',
    });
    expect(r?.status).toBe('achieved');
  });

  it('is achieved inside the period once met (cumulative)', () => {
    const records = ['84001', '84002', '84101', '84102'].map((c) => rec(c, '2019-02-01'));
    const [r] = evaluatePlan(coverage(), { areas, records, asOf: '2019-03-01' });
    expect(r?.status).toBe('achieved');
    expect(r?.expected).toBeUndefined();
  });

  it('filters by tags and by withinAreaCode', () => {
    const [tagged] = evaluatePlan(coverage({ areaTags: ['high_risk'], thresholdPercent: 30 }), {
      areas,
      records: [rec('84001')],
      asOf: '2020-01-01',
    });
    expect(tagged).toMatchObject({ numerator: 1, denominator: 2, value: 50, status: 'achieved', missing: ['84101'] });
    expect(tagged?.explanation).toContain('xã có nhãn “nguy cơ cao”');
    const [within] = evaluatePlan(coverage({ withinAreaCode: '841' }), {
      areas,
      records: [rec('84001'), rec('84101')],
      asOf: '2020-01-01',
    });
    expect(within).toMatchObject({ numerator: 1, denominator: 2, missing: ['84102'] });
  });

  it('respects the plan scopeAreaCode', () => {
    const plan = makePlan({ scopeAreaCode: '840', targets: coverage().targets });
    const [r] = evaluatePlan(plan, { areas, records: [rec('84001')], asOf: '2020-01-01' });
    expect(r).toMatchObject({ numerator: 1, denominator: 2, missing: ['84002'] });
  });

  it('counts commune records for their district at level district, never province records for a commune', () => {
    const [district] = evaluatePlan(coverage({ level: 'district' }), {
      areas,
      records: [rec('84001')],
      asOf: '2020-01-01',
    });
    expect(district).toMatchObject({ numerator: 1, denominator: 2, missing: ['841'] });
    const [commune] = evaluatePlan(coverage(), { areas, records: [rec('84'), rec('840')], asOf: '2020-01-01' });
    expect(commune?.numerator).toBe(0);
  });

  it('needs minRecordsPerArea records per area', () => {
    const records = [rec('84001'), rec('84001', '2019-07-01'), rec('84002')];
    const [r] = evaluatePlan(coverage({ minRecordsPerArea: 2 }), { areas, records, asOf: '2020-01-01' });
    expect(r).toMatchObject({ numerator: 1, denominator: 4 });
    expect(r?.explanation).toContain('ít nhất 2 hoạt động');
  });

  it('counts records on both period edges, not one day outside, and only approved ones of the plan and type', () => {
    const records = [
      rec('84001', '2019-01-01'),
      rec('84002', '2019-12-31'),
      rec('84101', '2018-12-31'),
      rec('84101', '2020-01-01'),
      rec('84102', '2019-06-01', { status: 'draft' }),
      rec('84102', '2019-06-01', { status: 'submitted' }),
      rec('84102', '2019-06-01', { status: 'rejected' }),
      rec('84102', '2019-06-01', { planId: 'other' }),
      makeRecord({ type: 'leaflet', date: '2019-06-01', areaCode: '84102' }),
    ];
    const [r] = evaluatePlan(coverage(), { areas, records, asOf: '2020-06-01' });
    expect(r).toMatchObject({ numerator: 2, missing: ['84101', '84102'] });
  });

  it('handles a leap-year period 2020-02-29', () => {
    const plan = coverage({ period: { from: '2020-02-29', to: '2020-02-29' } });
    const records = ['84001', '84002', '84101'].map((c) => rec(c, '2020-02-29')).concat(rec('84102', '2020-02-28'));
    const [r] = evaluatePlan(plan, { areas, records, asOf: '2020-03-01' });
    expect(r).toMatchObject({ numerator: 3, status: 'missed' });
  });

  it('ignores records dated after asOf', () => {
    const [r] = evaluatePlan(coverage(), { areas, records: [rec('84001', '2019-06-02')], asOf: '2019-06-01' });
    expect(r?.numerator).toBe(0);
  });

  it('with no tagged area, is no_data (not missed) and names the tag to supply', () => {
    const plan = coverage({ areaTags: ['border'], thresholdPercent: 0 });
    for (const asOf of ['2019-06-01', '2020-01-01']) {
      const [r] = evaluatePlan(plan, { areas, records: [rec('84001')], asOf });
      expect(r).toMatchObject({ value: 0, numerator: 0, denominator: 0, status: 'no_data', missing: [] });
      expect(r?.dataGaps).toEqual([
        { kind: 'area_tag', tag: 'border', level: 'commune', withinAreaCode: '84', tagged: 0, candidates: 4 },
      ]);
      expect(r?.explanation).toBe(
        'Chưa đủ dữ liệu: chưa có xã nào trong phạm vi kế hoạch (0/4 xã) được gắn nhãn “biên giới”, nên chưa thể đánh giá chỉ tiêu.',
      );
      expect(r?.explanationEn).toBe(
        'Not enough data: none of the 4 communes in the plan area is tagged “border”, so the target cannot be judged yet.',
      );
    }
  });

  it('with no unit at its level in scope, is no_data and says the area list lacks them', () => {
    const [r] = evaluatePlan(coverage(), {
      areas: [makeArea({ code: '84', level: 'province', name: 'Tỉnh Trà Vinh' })],
      records: [],
      asOf: '2019-06-01',
    });
    expect(r).toMatchObject({
      status: 'no_data',
      dataGaps: [{ kind: 'areas', level: 'commune', withinAreaCode: '84' }],
    });
    // The area by its name, not its code.
    expect(r?.explanation).toBe(
      'Chưa đủ dữ liệu: danh sách địa bàn của kế hoạch không có xã nào thuộc Tỉnh Trà Vinh, nên chưa thể đánh giá chỉ tiêu.',
    );
  });

  describe('status against time', () => {
    // 2019 has 365 days; asOf 2019-07-01 is day 182 → expected = 100 × 182 / 365 ≈ 49,86%.
    const tenCommunes = [makeArea({ code: '84', level: 'province' })].concat(
      Array.from({ length: 10 }, (_, i) => makeArea({ code: `8400${i}`, level: 'commune', parentCode: '84' })),
    );
    const run = (covered: number, asOf: string) =>
      evaluatePlan(coverage(), {
        areas: tenCommunes,
        records: Array.from({ length: covered }, (_, i) => rec(`8400${i}`, '2019-01-15')),
        asOf,
      })[0];

    it('is not_started before the period', () => {
      expect(run(0, '2018-12-31')).toMatchObject({ status: 'not_started', value: 0 });
      expect(run(0, '2018-12-31')?.explanation).toContain('chỉ tiêu bắt đầu từ 01/01/2019');
    });
    it('is on_track when value ≥ expected', () => {
      const r = run(5, '2019-07-01');
      expect(r?.expected).toBeCloseTo((100 * 182) / 365, 9);
      expect(r?.status).toBe('on_track');
      expect(r?.explanation).toContain('theo tiến độ đến nay cần khoảng 49,9% (đúng tiến độ)');
    });
    it('is at_risk from 0.8 × expected and off_track below', () => {
      // asOf 2019-05-20 = day 140: expected = 38.356; 0.8 × expected = 30.68 → 40% on track, 30% off track.
      expect(run(4, '2019-05-20')?.status).toBe('on_track');
      // 2019-12-30 is day 364 → expected 99.73, 0.8 × expected = 79.78: 80% at risk, 70% off track.
      const atBoundary = evaluatePlan(coverage(), {
        areas: tenCommunes,
        records: Array.from({ length: 8 }, (_, i) => rec(`8400${i}`)),
        asOf: '2019-12-30',
      })[0];
      expect(atBoundary?.status).toBe('at_risk');
      const below = evaluatePlan(coverage(), {
        areas: tenCommunes,
        records: Array.from({ length: 7 }, (_, i) => rec(`8400${i}`)),
        asOf: '2019-12-30',
      })[0];
      expect(below?.status).toBe('off_track');
    });
    it('is achieved or missed from the last day of the period, never at risk there', () => {
      expect(run(8, '2019-12-31')?.status).toBe('missed');
      expect(run(10, '2019-12-31')?.status).toBe('achieved');
    });
    it('is achieved or missed after the period', () => {
      expect(run(10, '2020-01-01')?.status).toBe('achieved');
      expect(run(9, '2020-01-01')?.status).toBe('missed');
    });
  });
});
