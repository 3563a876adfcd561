import { describe, expect, it } from 'vitest';
import { TargetSchema } from '../../model/index.js';
import { makePlan } from '../fixtures.js';
import { validatePlan } from './validate.js';

/** Issue 14 "Also": a target may carry a baseline value and date (IATI results standard). */
const period = { from: '2019-01-01', to: '2020-12-31' };
const coverage = {
  id: 'p1-t1',
  title: '100% xã được nhận tài liệu',
  kind: 'area_coverage' as const,
  level: 'commune' as const,
  thresholdPercent: 100,
  activityTypes: ['leaflet' as const],
  period,
};

describe('target baselines', () => {
  it('keeps a baseline value and date, in the target’s own unit', () => {
    const t = TargetSchema.parse({ ...coverage, baseline: { value: 40, date: '2018-12-31', note: 'Báo cáo 2018' } });
    expect(t.baseline).toEqual({ value: 40, date: '2018-12-31', note: 'Báo cáo 2018' });
    expect(TargetSchema.safeParse({ ...coverage, baseline: { value: -1, date: '2018-12-31' } }).success).toBe(false);
  });

  it('warns about a baseline dated after the period began and refuses a percent above 100', () => {
    const plan = makePlan({ period, targets: [{ ...coverage, baseline: { value: 140, date: '2019-06-30' } }] });
    const codes = (p: typeof plan) =>
      validatePlan(p)
        .map((i) => `${i.severity}:${i.code}`)
        .filter((c) => c.includes('baseline'));
    expect(codes(plan)).toEqual(['warning:target.baseline_late', 'error:target.baseline_percent']);
    const fine = makePlan({ period, targets: [{ ...coverage, baseline: { value: 40, date: '2018-12-31' } }] });
    expect(codes(fine)).toEqual([]);
  });
});
