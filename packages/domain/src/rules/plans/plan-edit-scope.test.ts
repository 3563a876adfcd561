import { describe, expect, it } from 'vitest';
import { PlanSchema, type Plan } from '../../model/index.js';
import { laiChau2228 } from '../../seeds/index.js';
import { planEditViolations, stableJson } from './plan-edit-scope.js';

const lc = (): Plan => PlanSchema.parse(structuredClone(laiChau2228));
// Báo Lai Châu cooperates on lc2228-c1 (đường dây nóng) only.
const BAO = 'lc-bao';
const c1Activity = (p: Plan) => p.activities.find((a) => a.componentId === 'lc2228-c1')!;
const c2Activity = (p: Plan) => p.activities.find((a) => a.componentId === 'lc2228-c2')!;

describe('planEditViolations', () => {
  it('an unchanged document has no violation, whatever the key order', () => {
    const before = lc();
    const after = JSON.parse(stableJson(before)) as Plan;
    expect(planEditViolations(before, after, BAO)).toEqual([]);
  });

  it('the agency may change, add and remove activities of a component it cooperates on', () => {
    const before = lc();
    const after = lc();
    c1Activity(after).plannedQuantity = 42;
    after.activities.push({ ...c1Activity(after), id: 'lc2228-a-bao-new', title: 'Chuyên mục mới' });
    expect(planEditViolations(before, after, BAO)).toEqual([]);
    const removed = lc();
    removed.activities = removed.activities.filter((a) => a.id !== c1Activity(before).id);
    expect(planEditViolations(before, removed, BAO)).toEqual([]);
  });

  it('refuses changes to another component’s activity, the header, targets and new components', () => {
    const before = lc();
    const after = lc();
    c2Activity(after).title = 'Đổi tên';
    after.title = 'Kế hoạch khác';
    after.targets[0]!.title = 'Chỉ tiêu khác';
    after.components.push({ id: 'lc2228-c9', title: 'Mới', leadAgencyId: BAO, cooperatingAgencyIds: [] });
    const paths = planEditViolations(before, after, BAO).map((v) => v.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['title', 'targets', `activities.${c2Activity(before).id}`, 'components.lc2228-c9']),
    );
    expect(paths).toHaveLength(4);
  });

  it('moving an activity out of the agency’s component, or a new duty naming another component, is refused', () => {
    const before = lc();
    const moved = lc();
    c1Activity(moved).componentId = 'lc2228-c2';
    expect(planEditViolations(before, moved, BAO)).toHaveLength(1);
    const widened = lc();
    widened.duties.push({
      id: 'lc2228-d-bao',
      agencyId: BAO,
      role: 'cooperate',
      componentIds: ['lc2228-c2'],
      text: 'Phối hợp',
    });
    expect(planEditViolations(before, widened, BAO)[0]?.message).toContain('không chủ trì hoặc phối hợp');
  });
});
