import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../model/index.js';
import { laiChau2228 as lcInput, traVinh651 as tvInput } from '../../seeds/index.js';
import { reportDueStatus, reportSenders, REPORT_DUE_SOON_DAYS } from './report-status.js';

describe('reportDueStatus', () => {
  const due = { dueDate: '2019-12-19' };
  it('is not due more than 15 days ahead, due soon within 15 days, overdue the day after', () => {
    expect(reportDueStatus(due, { asOf: '2019-12-03' }).status).toBe('not_due');
    expect(reportDueStatus(due, { asOf: '2019-12-04' })).toEqual({
      status: 'due_soon',
      late: false,
      daysLeft: REPORT_DUE_SOON_DAYS,
    });
    expect(reportDueStatus(due, { asOf: '2019-12-19' }).status).toBe('due_soon');
    expect(reportDueStatus(due, { asOf: '2019-12-20' })).toEqual({ status: 'overdue', late: true, daysLeft: -1 });
  });
  it('a submitted report is submitted, late when sent after the due date', () => {
    expect(reportDueStatus(due, { asOf: '2020-03-01', submittedOn: '2019-12-18' })).toMatchObject({
      status: 'submitted',
      late: false,
    });
    expect(reportDueStatus(due, { asOf: '2020-03-01', submittedOn: '2019-12-21' })).toMatchObject({
      status: 'submitted',
      late: true,
    });
  });
});

describe('reportSenders', () => {
  const laiChau2228 = PlanSchema.parse(lcInput);
  const traVinh651 = PlanSchema.parse(tvInput);
  it('Lai Châu: the rule names its senders', () => {
    expect(reportSenders(laiChau2228, laiChau2228.reporting[0]!)).toEqual(['lc-so-nganh', 'lc-ubnd-huyen']);
  });
  it('Trà Vinh: every agency the plan names except Sở TT&TT (receives) and UBND tỉnh (consolidates)', () => {
    const senders = reportSenders(traVinh651, traVinh651.reporting[0]!);
    expect(senders).toContain('tv-hlhpn');
    expect(senders).not.toContain('tv-stttt');
    expect(senders).not.toContain('tv-ubnd');
  });
});
