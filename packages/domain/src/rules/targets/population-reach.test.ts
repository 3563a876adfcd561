import { describe, expect, it } from 'vitest';
import { evaluatePlan } from './evaluate.js';
import { makeArea, makeRecord, planWith, smallProvince } from '../fixtures.js';

const areas = smallProvince();
const reach = (extra: Record<string, unknown> = {}) =>
  planWith({
    id: 'p1-t3',
    title: '75% người từ 14 đến 60 tuổi tại địa bàn trọng điểm được tiếp cận',
    kind: 'population_reach',
    areaTags: ['key_area'],
    activityTypes: ['community_event', 'counselling'],
    period: { from: '2019-01-01', to: '2019-12-31' },
    thresholdPercent: 75,
    ...extra,
  } as never);
const rec = (areaCode: string, people: number, extra: Record<string, unknown> = {}) =>
  makeRecord({ type: 'community_event', date: '2019-05-01', areaCode, reached: { aged14to60: people }, ...extra });

describe('population_reach', () => {
  it('sums reach capped per area over the population of measured areas; areas without population are excluded', () => {
    // Measured: 84001, 84002, 84101 (3 000 people). 84102 has no figure; district 840 has none but is measured
    // through its communes. 12001 is in another province.
    const records = [
      rec('84001', 1500),
      rec('84002', 300),
      rec('84002', 200),
      rec('84101', 700),
      rec('84102', 900),
      rec('12001', 1000),
    ];
    const [r] = evaluatePlan(reach(), { areas, records, asOf: '2020-01-01' });
    expect(r).toMatchObject({
      status: 'missed',
      numerator: 2200,
      denominator: 3000,
      excluded: ['84102'],
      missing: ['84002', '84101'],
    });
    expect(r?.value).toBeCloseTo(73.333333, 5);
    expect(r?.explanation).toBe(
      'Đã tiếp cận 2.200/3.000 người từ 14 đến 60 tuổi (73,3%) qua hoạt động “cuộc truyền thông tại cộng đồng” hoặc “tư vấn chuyên sâu, đối thoại” tại 3 địa bàn có nhãn “trọng điểm”; cần 75%; 1 địa bàn chưa có số liệu dân số nên không tính: Địa bàn 84102.',
    );
  });

  it('is achieved exactly at the threshold', () => {
    const records = [rec('84001', 750), rec('84002', 750), rec('84101', 750)];
    const [r] = evaluatePlan(reach(), { areas, records, asOf: '2020-01-01' });
    expect(r).toMatchObject({ status: 'achieved', value: 75, missing: [] });
  });

  it('counts records at descendants, uses the outermost measured area and its population', () => {
    const nested = [
      makeArea({ code: '84', level: 'province' }),
      makeArea({
        code: '840',
        level: 'district',
        parentCode: '84',
        tags: ['key_area'],
        population: { aged14to60: 2000 },
      }),
      makeArea({
        code: '84001',
        level: 'commune',
        parentCode: '840',
        tags: ['key_area'],
        population: { aged14to60: 500 },
      }),
      makeArea({ code: '84002', level: 'commune', parentCode: '840' }),
    ];
    const [r] = evaluatePlan(reach(), {
      areas: nested,
      records: [rec('84001', 900), rec('84002', 600)],
      asOf: '2020-01-01',
    });
    expect(r).toMatchObject({ numerator: 1500, denominator: 2000, value: 75, excluded: [] });
  });

  it('with no population anywhere, is no_data and lists the communes lacking a figure', () => {
    const noPop = [
      makeArea({ code: '84', level: 'province' }),
      makeArea({ code: '84001', level: 'commune', parentCode: '84', tags: ['key_area'] }),
    ];
    const [r] = evaluatePlan(reach({ thresholdPercent: 0 }), {
      areas: noPop,
      records: [rec('84001', 100)],
      asOf: '2019-06-01',
    });
    expect(r).toMatchObject({ value: 0, denominator: 0, excluded: ['84001'], status: 'no_data' });
    expect(r?.dataGaps).toEqual([
      { kind: 'population', group: 'aged14to60', level: 'commune', missing: 1, of: 1, areaCodes: ['84001'] },
    ]);
    expect(r?.explanation).toBe(
      'Chưa đủ dữ liệu: chưa có số liệu dân số người từ 14 đến 60 tuổi của 1/1 xã, nên chưa thể đánh giá chỉ tiêu.',
    );
    expect(r?.explanationEn).toBe(
      'Not enough data: the population aged 14–60 is missing for 1 of 1 commune, so the target cannot be judged yet.',
    );
  });

  it('uses the target group and ignores records without reach or not approved', () => {
    const women = [makeArea({ code: '84', level: 'province', population: { women: 100 } })];
    const records = [
      makeRecord({ type: 'counselling', date: '2019-03-01', areaCode: '84', reached: { women: 40, aged14to60: 100 } }),
      makeRecord({ type: 'counselling', date: '2019-03-01', areaCode: '84' }),
      makeRecord({
        type: 'counselling',
        date: '2019-03-01',
        areaCode: '84',
        reached: { women: 60 },
        status: 'rejected',
      }),
    ];
    const [r] = evaluatePlan(reach({ areaTags: [], group: 'women' }), { areas: women, records, asOf: '2019-12-31' });
    expect(r).toMatchObject({ numerator: 40, denominator: 100, value: 40 });
    expect(r?.explanation).toContain('phụ nữ');
  });
});
