import { describe, expect, it } from 'vitest';
import { evaluatePlan } from './evaluate.js';
import { makeRecord, planWith, smallProvince } from '../fixtures.js';

const areas = smallProvince();
const output = (extra: Record<string, unknown> = {}) =>
  planWith({
    id: 'p1-t4',
    title: '03 pano tại 3 địa điểm',
    kind: 'output_count',
    activityTypes: ['billboard'],
    period: { from: '2019-01-01', to: '2019-12-31' },
    minQuantity: 3,
    ...extra,
  } as never);
const rec = (areaCode: string, quantity?: number, date = '2019-04-01') =>
  makeRecord({ type: 'billboard', date, areaCode, ...(quantity === undefined ? {} : { quantity }) });

describe('output_count', () => {
  it('sums quantity, a record without quantity counting as 1', () => {
    const [r] = evaluatePlan(output({ minQuantity: 30000, activityTypes: ['leaflet'] }), {
      areas,
      records: [
        makeRecord({ type: 'leaflet', date: '2019-03-01', areaCode: '84', quantity: 29999 }),
        makeRecord({ type: 'leaflet', date: '2019-03-01', areaCode: '84' }),
      ],
      asOf: '2020-01-01',
    });
    expect(r).toMatchObject({ status: 'achieved', value: 30000, threshold: 30000, missing: [] });
    expect(r?.explanation).toBe('Đã thực hiện 30.000/30.000 (“tờ rơi, tờ gấp”).');
  });

  it('restricts to areaCodes and their descendants', () => {
    const [r] = evaluatePlan(output({ areaCodes: ['840'] }), {
      areas,
      records: [rec('84001'), rec('840'), rec('84101'), rec('84', 5)],
      asOf: '2020-01-01',
    });
    expect(r).toMatchObject({ value: 2, status: 'missed' });
    expect(r?.explanation).toBe('Đã thực hiện 2/3 (“pano, áp phích cỡ lớn”) tại Địa bàn 840.');
  });

  it('needs a record at every required area (itself or below), even with enough quantity', () => {
    const plan = output({ requiredAreaCodes: ['84101', '84001', '841'] });
    const [r] = evaluatePlan(plan, { areas, records: [rec('84001', 5), rec('84101')], asOf: '2019-06-01' });
    expect(r).toMatchObject({ value: 6, numerator: 3, denominator: 3, missing: [], status: 'achieved' });
    const [short] = evaluatePlan(plan, { areas, records: [rec('84001', 5)], asOf: '2020-01-01' });
    expect(short).toMatchObject({ status: 'missed', missing: ['841', '84101'], numerator: 1, denominator: 3 });
    // Places by their names (people read names, not codes).
    expect(short?.explanation).toContain('còn thiếu: Địa bàn 841, Địa bàn 84101');
  });

  it('ignores records at codes unknown to the area list, and reports them', () => {
    const results = evaluatePlan(output({ requiredAreaCodes: ['99999'] }), {
      areas,
      records: [rec('99999', 3, '2019-06-01')],
      asOf: '2020-01-01',
    });
    expect(results[0]).toMatchObject({ status: 'missed', value: 0, missing: ['99999'] });
    expect(results.ignoredRecords).toEqual([
      { recordId: expect.any(String), areaCode: '99999', reason: 'unknown_area' },
    ]);
  });

  it('edges of the period and time status', () => {
    const [edges] = evaluatePlan(output(), {
      areas,
      records: [
        rec('84', 1, '2019-01-01'),
        rec('84', 1, '2019-12-31'),
        rec('84', 1, '2020-01-01'),
        rec('84', 1, '2018-12-31'),
      ],
      asOf: '2020-02-01',
    });
    expect(edges).toMatchObject({ value: 2, status: 'missed' });
    // 2020 is a leap year: asOf 2020-07-01 is day 183 of 366 → expected 60 × 183/366 = 30; 0.8 × 30 = 24.
    const leap = output({ minQuantity: 60, period: { from: '2020-01-01', to: '2020-12-31' } });
    const at = (n: number) =>
      evaluatePlan(leap, { areas, records: [rec('84', n, '2020-02-29')], asOf: '2020-07-01' })[0];
    expect(at(30)).toMatchObject({ status: 'on_track', expected: 30 });
    expect(at(29)?.status).toBe('at_risk');
    expect(at(24)?.status).toBe('at_risk');
    expect(at(23)?.status).toBe('off_track');
  });
});
