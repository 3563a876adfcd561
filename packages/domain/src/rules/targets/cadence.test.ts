import { describe, expect, it } from 'vitest';
import { evaluatePlan } from './evaluate.js';
import { makeRecord, planWith, smallProvince } from '../fixtures.js';

const areas = smallProvince();
const cadence = (extra: Record<string, unknown> = {}) =>
  planWith({
    id: 'p1-t2',
    title: 'Ít nhất 1 lần mỗi tháng trên phương tiện thông tin đại chúng',
    kind: 'cadence',
    every: 'month',
    activityTypes: ['media_item'],
    period: { from: '2019-01-15', to: '2019-06-30' },
    ...extra,
  } as never);
const rec = (date: string, extra: Record<string, unknown> = {}) =>
  makeRecord({ type: 'media_item', date, areaCode: '84', ...extra });
const monthly = (months: string[]) => months.map((m) => rec(`${m}-20`));

describe('cadence', () => {
  it('buckets are the calendar months intersecting the period, the first one partial', () => {
    const [r] = evaluatePlan(cadence(), {
      areas,
      records: monthly(['2019-02', '2019-03', '2019-04', '2019-05', '2019-06']).concat(rec('2019-01-15')),
      asOf: '2019-07-01',
    });
    expect(r).toMatchObject({ kind: 'cadence', status: 'achieved', value: 6, threshold: 6, missing: [] });
  });

  it('a record before period.from does not fill the partial first month', () => {
    const [r] = evaluatePlan(cadence(), {
      areas,
      records: monthly(['2019-02', '2019-03', '2019-04', '2019-05', '2019-06']).concat(rec('2019-01-14')),
      asOf: '2019-07-01',
    });
    expect(r).toMatchObject({ status: 'missed', value: 5, missing: ['2019-01'] });
    expect(r?.explanation).toBe(
      'Đã đạt 5/6 tháng có ít nhất 1 hoạt động “tin, bài trên phương tiện thông tin đại chúng” mỗi tháng; không đạt: tháng 1/2019.',
    );
  });

  it('is missed at once when an elapsed month is empty', () => {
    const [r] = evaluatePlan(cadence(), { areas, records: monthly(['2019-01', '2019-03']), asOf: '2019-03-15' });
    // The March record is dated after asOf, so it does not count yet.
    expect(r).toMatchObject({ status: 'missed', missing: ['2019-02'], value: 1 });
  });

  it('is on_track while every elapsed month is met; the current month is not yet due', () => {
    const [r] = evaluatePlan(cadence(), { areas, records: monthly(['2019-01', '2019-02']), asOf: '2019-03-15' });
    expect(r).toMatchObject({ status: 'on_track', missing: [], value: 2, threshold: 6, expected: 2 });
    // The last day of a month is not elapsed on that day.
    const [lastDay] = evaluatePlan(cadence(), { areas, records: monthly(['2019-01']), asOf: '2019-02-28' });
    expect(lastDay?.status).toBe('on_track');
    const [nextDay] = evaluatePlan(cadence(), { areas, records: monthly(['2019-01']), asOf: '2019-03-01' });
    expect(nextDay).toMatchObject({ status: 'missed', missing: ['2019-02'] });
  });

  it('is not_started before the period', () => {
    const [r] = evaluatePlan(cadence(), { areas, records: [], asOf: '2019-01-14' });
    expect(r).toMatchObject({ status: 'not_started', missing: [] });
  });

  it('needs minPerPeriod records, counts approved only', () => {
    const records = [
      rec('2019-01-20'),
      rec('2019-01-21'),
      rec('2019-02-01'),
      rec('2019-02-02', { status: 'submitted' }),
    ];
    const [r] = evaluatePlan(cadence({ minPerPeriod: 2 }), { areas, records, asOf: '2019-03-02' });
    expect(r).toMatchObject({ status: 'missed', missing: ['2019-02'], value: 1 });
  });

  it('supports quarters and years with their labels', () => {
    const quarterly = cadence({ every: 'quarter', period: { from: '2019-01-01', to: '2019-12-31' } });
    const [q] = evaluatePlan(quarterly, { areas, records: [rec('2019-03-31'), rec('2019-07-01')], asOf: '2020-01-01' });
    expect(q).toMatchObject({ status: 'missed', threshold: 4, value: 2, missing: ['2019-Q2', '2019-Q4'] });
    const yearly = cadence({ every: 'year', period: { from: '2018-04-06', to: '2020-12-31' } });
    const [y] = evaluatePlan(yearly, { areas, records: [rec('2018-12-31'), rec('2020-02-29')], asOf: '2021-01-01' });
    expect(y).toMatchObject({ status: 'missed', threshold: 3, value: 2, missing: ['2019'] });
  });

  it('handles February of a leap year', () => {
    const plan = cadence({ period: { from: '2020-02-01', to: '2020-03-31' } });
    const [r] = evaluatePlan(plan, { areas, records: [rec('2020-02-29'), rec('2020-03-31')], asOf: '2020-04-01' });
    expect(r).toMatchObject({ status: 'achieved', value: 2 });
  });

  describe('with a yearly window (Trà Vinh: 30/7 campaign between 1/7 and 1/8)', () => {
    const yearly = cadence({
      every: 'year',
      activityTypes: ['campaign'],
      period: { from: '2018-04-06', to: '2020-12-31' },
      window: { from: '07-01', to: '08-01' },
    });
    const camp = (date: string) => makeRecord({ type: 'campaign', date, areaCode: '84' });

    it('counts only records inside the window, both edges included', () => {
      const records = [camp('2018-07-01'), camp('2019-08-01'), camp('2020-06-30'), camp('2020-08-02')];
      const [r] = evaluatePlan(yearly, { areas, records, asOf: '2021-01-01' });
      expect(r).toMatchObject({ status: 'missed', value: 2, threshold: 3, missing: ['2020'] });
      expect(r?.explanation).toBe(
        'Đã đạt 2/3 năm có ít nhất 1 hoạt động “chiến dịch truyền thông” mỗi năm (trong khoảng 1/7–1/8 hằng năm); không đạt: năm 2020.',
      );
    });

    it('judges a year once its window has passed, not at the end of the year', () => {
      const records = [camp('2018-07-30')];
      const [onLastDay] = evaluatePlan(yearly, { areas, records, asOf: '2019-08-01' });
      expect(onLastDay).toMatchObject({ status: 'on_track', missing: [], expected: 1 });
      const [dayAfter] = evaluatePlan(yearly, { areas, records, asOf: '2019-08-02' });
      expect(dayAfter).toMatchObject({ status: 'missed', missing: ['2019'] });
    });

    it('leaves out buckets the window misses: months outside it, a first year starting after it', () => {
      const monthly = cadence({
        activityTypes: ['campaign'],
        period: { from: '2019-06-01', to: '2019-09-30' },
        window: { from: '07-01', to: '08-01' },
      });
      const [m] = evaluatePlan(monthly, { areas, records: [camp('2019-07-15')], asOf: '2019-10-01' });
      // June and September are outside the window; August meets it on its first day only.
      expect(m).toMatchObject({ status: 'missed', threshold: 2, value: 1, missing: ['2019-08'] });
      const late = cadence({
        every: 'year',
        activityTypes: ['campaign'],
        period: { from: '2018-09-01', to: '2019-12-31' },
        window: { from: '07-01', to: '08-01' },
      });
      const [y] = evaluatePlan(late, { areas, records: [camp('2019-07-30')], asOf: '2020-01-01' });
      expect(y).toMatchObject({ status: 'achieved', threshold: 1, value: 1 });
    });

    it('reads 02-29 as the last day of February in common years', () => {
      const feb = cadence({
        every: 'year',
        period: { from: '2019-01-01', to: '2020-12-31' },
        window: { from: '02-01', to: '02-29' },
      });
      const [r] = evaluatePlan(feb, { areas, records: [rec('2019-02-28'), rec('2020-02-29')], asOf: '2021-01-01' });
      expect(r).toMatchObject({ status: 'achieved', value: 2, threshold: 2 });
    });
  });
});
