import { describe, expect, it } from 'vitest';
import { evaluatePlan } from './evaluate.js';
import { makeRecord, planWith, smallProvince } from '../fixtures.js';

const areas = smallProvince();
const deadline = planWith({
  id: 'p1-t5',
  title: 'Ban hành kế hoạch triển khai trước 30/6/2019',
  kind: 'deadline',
  activityTypes: ['guidance_document'],
  period: { from: '2019-01-01', to: '2019-12-31' },
  dueDate: '2019-06-30',
});
const rec = (date: string, status: 'approved' | 'draft' = 'approved') =>
  makeRecord({ type: 'guidance_document', date, areaCode: '84', status });
const run = (records: ReturnType<typeof rec>[], asOf: string) => evaluatePlan(deadline, { areas, records, asOf })[0];

describe('deadline', () => {
  it('is achieved by a record on the due date', () => {
    expect(run([rec('2019-06-30')], '2019-07-01')).toMatchObject({
      status: 'achieved',
      value: 1,
      threshold: 1,
      missing: [],
    });
    expect(run([rec('2019-06-30')], '2019-07-01')?.explanation).toBe(
      'Đã có hoạt động “văn bản, kế hoạch, hướng dẫn” ngày 30/06/2019, trong hạn 30/06/2019.',
    );
  });
  it('is missed when the only record is one day late, or before the period', () => {
    expect(run([rec('2019-07-01'), rec('2018-12-31')], '2019-08-01')).toMatchObject({ status: 'missed', value: 0 });
    expect(run([], '2019-07-01')?.explanation).toBe(
      'Không có hoạt động “văn bản, kế hoạch, hướng dẫn” đến hạn 30/06/2019.',
    );
  });
  it('is achieved as soon as done, before the due date; drafts do not count', () => {
    expect(run([rec('2019-01-01')], '2019-01-01')?.status).toBe('achieved');
    expect(run([rec('2019-01-01', 'draft')], '2019-01-02')?.status).toBe('on_track');
  });
  it('is not_started before the period, on_track then at_risk in the last 15 days', () => {
    expect(run([], '2018-12-31')?.status).toBe('not_started');
    expect(run([], '2019-06-15')?.status).toBe('on_track');
    expect(run([], '2019-06-16')).toMatchObject({ status: 'at_risk' });
    expect(run([], '2019-06-30')?.explanation).toBe(
      'Chưa có hoạt động “văn bản, kế hoạch, hướng dẫn”; hạn 30/06/2019, còn 0 ngày.',
    );
  });
});
