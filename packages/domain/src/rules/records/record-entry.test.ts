import { describe, expect, it } from 'vitest';
import { areaIndex } from '../areas/areas.js';
import { makeArea, makePlan, smallProvince } from '../fixtures.js';
import { checkRecordEntry } from './record-entry.js';

const plan = makePlan({
  activities: [
    {
      id: 'p1-a1',
      type: 'community_event',
      title: 'Nói chuyện chuyên đề',
      period: { from: '2019-01-01', to: '2020-12-31' },
    },
  ],
});
const index = areaIndex([
  ...smallProvince(),
  makeArea({ code: '85', level: 'province' }),
  makeArea({ code: '85001', level: 'commune', parentCode: '85' }),
]);
const ctx = { plan, index, today: '2020-06-30' };
const codes = (entry: Parameters<typeof checkRecordEntry>[0]) =>
  checkRecordEntry(entry, ctx).errors.map((e) => `${e.path}:${e.code}`);

describe('checkRecordEntry', () => {
  it('accepts a record of an activity and takes the activity type', () => {
    const result = checkRecordEntry(
      { activityId: 'p1-a1', date: '2019-07-30', areaCode: '84001', reached: { total: 10, women: 10 } },
      ctx,
    );
    expect(result).toEqual({ errors: [], type: 'community_event' });
  });

  it('refuses a date after today or outside the plan period (edges included)', () => {
    expect(codes({ type: 'leaflet', date: '2020-07-01', areaCode: '84001' })).toEqual(['date:DATE_FUTURE']);
    expect(codes({ type: 'leaflet', date: '2018-12-31', areaCode: '84001' })).toEqual(['date:DATE_OUTSIDE_PLAN']);
    expect(codes({ type: 'leaflet', date: '2019-01-01', areaCode: '84001' })).toEqual([]);
    expect(
      checkRecordEntry({ type: 'leaflet', date: '2020-12-31', areaCode: '84' }, { ...ctx, today: '2021-01-01' }).errors,
    ).toEqual([]);
  });

  it('refuses an unknown area and one outside the plan scope', () => {
    expect(codes({ type: 'leaflet', date: '2019-05-05', areaCode: '99999' })).toEqual(['areaCode:AREA_UNKNOWN']);
    expect(codes({ type: 'leaflet', date: '2019-05-05', areaCode: '85001' })).toEqual(['areaCode:AREA_OUT_OF_SCOPE']);
    const district = checkRecordEntry(
      { type: 'leaflet', date: '2019-05-05', areaCode: '84101' },
      { ...ctx, plan: { ...plan, scopeAreaCode: '840' } },
    );
    expect(district.errors[0]?.vi).toMatch(/không thuộc/);
  });

  it('refuses an activity of another plan, a type that differs from the activity, and neither', () => {
    expect(codes({ activityId: 'p2-a1', date: '2019-05-05', areaCode: '84001' })).toEqual([
      'activityId:ACTIVITY_UNKNOWN',
    ]);
    expect(codes({ activityId: 'p1-a1', type: 'leaflet', date: '2019-05-05', areaCode: '84001' })).toEqual([
      'type:TYPE_MISMATCH',
    ]);
    expect(codes({ date: '2019-05-05', areaCode: '84001' })).toEqual(['activityId:TYPE_REQUIRED']);
  });

  it('refuses a group reached above the total, naming the group', () => {
    const result = checkRecordEntry(
      {
        type: 'training',
        date: '2019-05-05',
        areaCode: '84001',
        reached: { total: 5, women: 6, children: 5, aged14to60: 7 },
      },
      ctx,
    );
    expect(result.errors.map((e) => e.path)).toEqual(['reached.aged14to60', 'reached.women']);
    expect(result.errors[1]?.vi).toBe('Số người phụ nữ (6) lớn hơn tổng số người được tiếp cận (5).');
  });
});
