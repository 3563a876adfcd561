/**
 * Issue 14 item 5, "targets are not tied to their activities", with the issue's own inputs on the Lai Châu seed
 * plan and its seed areas.
 */
import { describe, expect, it } from 'vitest';
import type { ActivityRecord, Area } from '../../model/index.js';
import { PlanSchema } from '../../model/index.js';
import { seedAreas } from '../../seeds/areas.js';
import { laiChau2228 as lcInput } from '../../seeds/index.js';
import { LAI_CHAU_2016_STRUCTURE } from '../../seeds/structures.js';
import { evaluatePlan } from './evaluate.js';

const plan = PlanSchema.parse(lcInput);
const areas = seedAreas[LAI_CHAU_2016_STRUCTURE] as Area[];
const record = (id: string, over: Partial<ActivityRecord>): ActivityRecord => ({
  id,
  planId: 'lc2228',
  type: 'training',
  date: '2017-06-01',
  areaCode: '107',
  status: 'approved',
  ...over,
});
const resultOf = (records: ActivityRecord[], targetId: string) =>
  evaluatePlan(plan, { areas, records, asOf: '2017-12-31' }).find((r) => r.targetId === targetId)!;

describe('a target counts the records of the activities it measures', () => {
  it('seven officer classes of activity 2-2-1 do not make the women’s-union class target "achieved 1/1"', () => {
    const records = Array.from({ length: 7 }, (_, i) =>
      record(`officer-${i}`, { activityId: 'lc2228-a-2017-2-2-1', quantity: 1 }),
    );
    const unions = resultOf(records, 'lc2228-t-2017-training-muong-te-nam-nhun');
    expect(unions).toMatchObject({ value: 0, status: 'missed' });
    // They are the 7 of the 8 classes the plan's year asks for.
    expect(resultOf(records, 'lc2228-t-2017-training').value).toBe(7);
    const union = record('union', { activityId: 'lc2228-a-2017-2-2-2', quantity: 1, areaCode: '112' });
    expect(resultOf([...records, union], 'lc2228-t-2017-training-muong-te-nam-nhun')).toMatchObject({
      value: 1,
      status: 'achieved',
    });
  });

  it('a record dated 2017 against the 2018 Sìn Hồ event does not count toward the 2017 Phong Thổ target', () => {
    const wrongYear = record('sin-ho', {
      type: 'community_event',
      activityId: 'lc2228-a-2018-3-1-4',
      areaCode: '109',
      quantity: 1,
    });
    expect(resultOf([wrongYear], 'lc2228-t-2017-session-phong-tho').value).toBe(0);
    const right = { ...wrongYear, id: 'phong-tho', activityId: 'lc2228-a-2017-2-1-3' };
    expect(resultOf([right], 'lc2228-t-2017-session-phong-tho').value).toBe(1);
    // A record that names no activity still counts by its type.
    const typeOnly = { ...wrongYear, id: 'type-only', activityId: undefined };
    expect(resultOf([typeOnly], 'lc2228-t-2017-session-phong-tho').value).toBe(1);
  });

  it('a record of an activity counts only inside the activity’s planned places when the target names it', () => {
    // The women's-union class is planned for Mường Tè (107) and Nậm Nhùn (112) only.
    const elsewhere = record('union-elsewhere', { activityId: 'lc2228-a-2017-2-2-2', quantity: 1, areaCode: '106' });
    expect(resultOf([elsewhere], 'lc2228-t-2017-training').value).toBe(0);
  });
});
