import { describe, expect, it } from 'vitest';
import { PlanSchema, type ReportingRule } from '../../model/index.js';
import { makePlan } from '../fixtures.js';
import { laiChau2228 } from '../../seeds/index.js';
import { isOverdue, reportingSchedule } from './reporting.js';

const traVinh = makePlan({
  id: 'tv651',
  period: { from: '2018-04-06', to: '2020-12-31' },
  reporting: [
    {
      id: 'tv651-r1',
      cadence: 'yearly',
      // "Định kỳ hàng năm (trước ngày 20/12 của năm) … gửi … đến Sở Thông tin và Truyền thông"
      due: { kind: 'fixed_date', month: 12, day: 20, before: true },
      toAgencyId: 'tv-stttt',
    },
  ],
});

const laiChau = makePlan({
  id: 'lc2228',
  period: { from: '2016-11-09', to: '2018-12-31' },
  reporting: [
    // "Định kỳ 6 tháng, 01 năm báo cáo kết quả thực hiện về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo UBND tỉnh."
    {
      id: 'lc2228-r1',
      cadence: 'half_yearly',
      due: { kind: 'after_period_end', days: 10 },
      toAgencyId: 'lc-sldtbxh',
      consolidatedForAgencyId: 'lc-ubnd',
    },
    {
      id: 'lc2228-r2',
      cadence: 'yearly',
      due: { kind: 'after_period_end', days: 15 },
      toAgencyId: 'lc-sldtbxh',
      consolidatedForAgencyId: 'lc-ubnd',
    },
  ],
});

describe('reportingSchedule', () => {
  it('Trà Vinh: due 19 December of 2018, 2019 and 2020', () => {
    const due = reportingSchedule(traVinh, { from: '2018-01-01', to: '2021-12-31' });
    expect(due.map((d) => [d.label, d.period, d.dueDate])).toEqual([
      ['2018', { from: '2018-04-06', to: '2018-12-31' }, '2018-12-19'],
      ['2019', { from: '2019-01-01', to: '2019-12-31' }, '2019-12-19'],
      ['2020', { from: '2020-01-01', to: '2020-12-31' }, '2020-12-19'],
    ]);
    expect(due[0]).toMatchObject({ ruleId: 'tv651-r1', fromAgencyIds: [], toAgencyId: 'tv-stttt' });
  });

  it('includes due dates on the range edges only', () => {
    expect(reportingSchedule(traVinh, { from: '2019-12-19', to: '2019-12-19' })).toHaveLength(1);
    expect(reportingSchedule(traVinh, { from: '2019-12-20', to: '2020-12-18' })).toHaveLength(0);
  });

  it('Lai Châu: half-yearly and yearly, sorted by due date', () => {
    const due = reportingSchedule(laiChau, { from: '2016-01-01', to: '2019-12-31' });
    expect(due.map((d) => `${d.ruleId} ${d.label} ${d.period.from}..${d.period.to} → ${d.dueDate}`)).toEqual([
      'lc2228-r1 2016-H2 2016-11-09..2016-12-31 → 2017-01-10',
      'lc2228-r2 2016 2016-11-09..2016-12-31 → 2017-01-15',
      'lc2228-r1 2017-H1 2017-01-01..2017-06-30 → 2017-07-10',
      'lc2228-r1 2017-H2 2017-07-01..2017-12-31 → 2018-01-10',
      'lc2228-r2 2017 2017-01-01..2017-12-31 → 2018-01-15',
      'lc2228-r1 2018-H1 2018-01-01..2018-06-30 → 2018-07-10',
      'lc2228-r1 2018-H2 2018-07-01..2018-12-31 → 2019-01-10',
      'lc2228-r2 2018 2018-01-01..2018-12-31 → 2019-01-15',
    ]);
    expect(due[0]?.consolidatedForAgencyId).toBe('lc-ubnd');
  });

  it('half-yearly fixed date falls in June and December', () => {
    const rule: ReportingRule = {
      id: 'p1-r',
      cadence: 'half_yearly',
      due: { kind: 'fixed_date', day: 20, before: true },
      fromAgencyIds: [],
      toAgencyId: 'a',
    };
    const due = reportingSchedule(makePlan({ reporting: [rule] }), { from: '2019-01-01', to: '2020-12-31' });
    expect(due.map((d) => d.dueDate)).toEqual(['2019-06-19', '2019-12-19', '2020-06-19', '2020-12-19']);
  });

  it('monthly and quarterly rules, day clamped to the month end (leap year)', () => {
    const monthly: ReportingRule = {
      id: 'p1-m',
      cadence: 'monthly',
      due: { kind: 'fixed_date', day: 31, before: false },
      fromAgencyIds: [],
      toAgencyId: 'a',
    };
    const quarterly: ReportingRule = {
      id: 'p1-q',
      cadence: 'quarterly',
      due: { kind: 'after_period_end', days: 0 },
      fromAgencyIds: [],
      toAgencyId: 'a',
    };
    const plan = makePlan({ period: { from: '2020-01-15', to: '2020-06-30' }, reporting: [monthly, quarterly] });
    const due = reportingSchedule(plan, { from: '2020-01-01', to: '2020-12-31' });
    expect(due.map((d) => `${d.label} ${d.dueDate}`)).toEqual([
      '2020-01 2020-01-31',
      '2020-02 2020-02-29',
      '2020-03 2020-03-31',
      '2020-Q1 2020-03-31',
      '2020-04 2020-04-30',
      '2020-05 2020-05-31',
      '2020-06 2020-06-30',
      '2020-Q2 2020-06-30',
    ]);
  });
});

describe('reportingSchedule with periods', () => {
  it('Lai Châu seed: an H1 report each year and a yearly report, no H2 due the same day as the yearly one', () => {
    const due = reportingSchedule(PlanSchema.parse(laiChau2228), { from: '2016-01-01', to: '2019-12-31' });
    expect(due.map((d) => `${d.ruleId} ${d.label} ${d.period.from}..${d.period.to} → ${d.dueDate}`)).toEqual([
      'lc2228-r-yearly 2016 2016-11-09..2016-12-31 → 2017-01-15',
      'lc2228-r-half-yearly 2017-H1 2017-01-01..2017-06-30 → 2017-07-15',
      'lc2228-r-yearly 2017 2017-01-01..2017-12-31 → 2018-01-15',
      'lc2228-r-half-yearly 2018-H1 2018-01-01..2018-06-30 → 2018-07-15',
      'lc2228-r-yearly 2018 2018-01-01..2018-12-31 → 2019-01-15',
    ]);
  });

  it('keeps only the listed quarters and months; yearly rules ignore periods', () => {
    const rules: ReportingRule[] = [
      {
        id: 'p1-q',
        cadence: 'quarterly',
        periods: ['Q2', 'Q4'],
        due: { kind: 'after_period_end', days: 0 },
        fromAgencyIds: [],
        toAgencyId: 'a',
      },
      {
        id: 'p1-m',
        cadence: 'monthly',
        periods: ['07'],
        due: { kind: 'after_period_end', days: 5 },
        fromAgencyIds: [],
        toAgencyId: 'a',
      },
      {
        id: 'p1-y',
        cadence: 'yearly',
        periods: ['H1'],
        due: { kind: 'after_period_end', days: 0 },
        fromAgencyIds: [],
        toAgencyId: 'a',
      },
    ];
    const due = reportingSchedule(makePlan({ period: { from: '2019-01-01', to: '2019-12-31' }, reporting: rules }), {
      from: '2019-01-01',
      to: '2020-12-31',
    });
    expect(due.map((d) => `${d.label} ${d.dueDate}`)).toEqual([
      '2019-Q2 2019-06-30',
      '2019-07 2019-08-05',
      '2019-Q4 2019-12-31',
      '2019 2019-12-31',
    ]);
  });
});

describe('isOverdue', () => {
  const due = { dueDate: '2019-12-19' };
  it('compares asOf when not submitted', () => {
    expect(isOverdue(due, { asOf: '2019-12-19' })).toBe(false);
    expect(isOverdue(due, { asOf: '2019-12-20' })).toBe(true);
  });
  it('compares the submission date when submitted', () => {
    expect(isOverdue(due, { asOf: '2020-05-01', submittedOn: '2019-12-19' })).toBe(false);
    expect(isOverdue(due, { asOf: '2019-12-25', submittedOn: '2019-12-20' })).toBe(true);
  });
});
