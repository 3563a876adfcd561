import { describe, expect, it } from 'vitest';
import { PlanSchema, type Area } from '../model/index.js';
import { evaluatePlan } from '../rules/targets/evaluate.js';
import { makeRecord } from '../rules/fixtures.js';
import { seedAreas } from './areas.js';
import { traVinh651 } from './tra-vinh-651.js';

/**
 * Issue 14 item 5 for Trà Vinh: where Decision 651 names the activity a target measures, only that activity's
 * records count (the Women's Union's 30/7 response, the yearly review); broad targets count every activity of
 * their types.
 */
const plan = PlanSchema.parse(traVinh651);
const areas = seedAreas['2018-04-06'] as Area[];
const result = (id: string, records: ReturnType<typeof makeRecord>[], asOf: string) =>
  evaluatePlan(plan, { areas, records: records.map((r) => ({ ...r, planId: 'tv651' })), asOf }).find(
    (t) => t.targetId === id,
  )!;

describe('Trà Vinh 651 targets tied to their activities', () => {
  it('the 30/7 target counts the Women’s Union’s campaign (III.2.a-6), not Sở TT&TT’s media campaign (III.1.a-5)', () => {
    const media = makeRecord({ type: 'campaign', activityId: 'tv651-a-iii-1a-5', date: '2018-07-20', areaCode: '84' });
    const union = makeRecord({ type: 'campaign', activityId: 'tv651-a-iii-2a-6', date: '2018-07-20', areaCode: '84' });
    expect(result('tv651-t-iii-2a-6', [media], '2018-08-10').status).toBe('missed');
    expect(result('tv651-t-iii-2a-6', [union], '2018-08-10').status).not.toBe('missed');
  });

  it('the yearly review counts activity III.1.d-3 only', () => {
    const target = plan.targets.find((t) => t.id === 'tv651-t-iii-1d-3')!;
    expect(target.activityIds).toEqual(['tv651-a-iii-1d-3']);
  });

  it('the broad targets of II name no activity', () => {
    for (const id of ['tv651-t-ii-1', 'tv651-t-ii-2', 'tv651-t-ii-3', 'tv651-t-ii-4'])
      expect(plan.targets.find((t) => t.id === id)?.activityIds ?? []).toEqual([]);
  });
});
