import { laiChau2228, PlanSchema, type AreaIndex } from '@pcmbn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../db/client.js';
import { createSeededDatabase } from '../../test/database.js';
import {
  areaIndexFor,
  canApproveRecord,
  canReadArea,
  canReadPlan,
  canWritePlan,
  canWritePlanPart,
  canWriteRecord,
  clearAreaIndexCache,
  userProvince,
} from './scope.js';

// Lai Châu 2016: province 12; districts 105 (Thành phố Lai Châu, communes 03386…) and 106 (Tam Đường, 03390…).
const plan = PlanSchema.parse(laiChau2228);
const activityId = plan.activities[0]!.id;
const user = (
  role: 'province_admin' | 'agency_officer' | 'district_officer' | 'viewer',
  scopeAreaCode: string | null,
  agencyId: string | null = null,
  id = 'u1',
) => ({
  id,
  role,
  scopeAreaCode,
  agencyId,
});

let db: Db;
let areas: AreaIndex;
beforeAll(async () => {
  const { url } = await createSeededDatabase('scope');
  db = createDb(url, { max: 2 });
  clearAreaIndexCache();
  areas = await areaIndexFor(db, plan.areaStructure);
});
afterAll(() => db.$disconnect());

describe('scope helpers over the seeded Lai Châu areas', () => {
  const officer105 = user('district_officer', '105');
  const officer106 = user('district_officer', '106');

  it('a district officer reads its own communes, not another district’s', () => {
    expect(canReadArea(officer105, '03386', areas)).toBe(true);
    expect(canReadArea(officer105, '105', areas)).toBe(true);
    expect(canReadArea(officer105, '03390', areas)).toBe(false);
    expect(canReadArea(officer105, '106', areas)).toBe(false);
    expect(canReadArea(officer106, '03390', areas)).toBe(true);
    // It may open the provincial plan (its district's ancestors), not another province.
    expect(canReadPlan(officer105, plan, areas)).toBe(true);
    expect(canReadArea(officer105, '84', areas)).toBe(false);
    expect(userProvince(officer105, areas)).toBe('12');
  });

  it('a district officer writes records of its communes only', () => {
    expect(canWriteRecord(officer105, { areaCode: '03386' }, plan, areas)).toBe(true);
    expect(canWriteRecord(officer105, { areaCode: '03390' }, plan, areas)).toBe(false);
    expect(canWriteRecord(officer106, { areaCode: '03386' }, plan, areas)).toBe(false);
    // Unknown area codes are refused, never waved through.
    expect(canWriteRecord(officer105, { areaCode: '99999' }, plan, areas)).toBe(false);
    // Not the plan document.
    expect(canWritePlan(officer105, plan, areas)).toBe(false);
    expect(canWritePlan(officer105, { ...plan, scopeAreaCode: '105' }, areas)).toBe(true);
    expect(canWritePlan(officer105, { ...plan, scopeAreaCode: '106' }, areas)).toBe(false);
  });

  it('approval needs a second person', () => {
    const other = user('district_officer', '105', null, 'u2');
    expect(canApproveRecord(other, { areaCode: '03386', createdById: 'u1' }, plan, areas)).toBe(true);
    expect(canApproveRecord(officer105, { areaCode: '03386', createdById: 'u1' }, plan, areas)).toBe(false);
    expect(
      canApproveRecord(
        user('agency_officer', '12', 'lc-sldtbxh', 'u3'),
        { areaCode: '03386', createdById: 'u1', activityId },
        plan,
        areas,
      ),
    ).toBe(false);
  });

  it('a province admin acts in its province only', () => {
    const lc = user('province_admin', '12');
    const tv = user('province_admin', '84');
    expect(canWritePlan(lc, plan, areas)).toBe(true);
    expect(canWritePlan(tv, plan, areas)).toBe(false);
    expect(canWriteRecord(lc, { areaCode: '03390' }, plan, areas)).toBe(true);
    expect(canWriteRecord(tv, { areaCode: '03390' }, plan, areas)).toBe(false);
    expect(canReadArea(tv, '03390', areas)).toBe(false);
    expect(canWritePlan(user('province_admin', null), plan, areas)).toBe(true);
  });

  it('an agency officer changes the parts its agency leads or cooperates on', () => {
    const lead = user('agency_officer', '12', 'lc-sldtbxh');
    const coop = user('agency_officer', '12', 'lc-ubnd-huyen');
    const outsider = user('agency_officer', '12', 'lc-snv');
    expect(canWritePlan(lead, plan, areas)).toBe(false);
    expect(canWritePlanPart(lead, plan, { activityId }, areas)).toBe(true);
    expect(canWritePlanPart(lead, plan, { componentId: 'lc2228-c1' }, areas)).toBe(true);
    expect(canWritePlanPart(coop, plan, { componentId: 'lc2228-c2' }, areas)).toBe(true);
    expect(canWritePlanPart(outsider, plan, { activityId }, areas)).toBe(false);
    expect(canWriteRecord(lead, { areaCode: '03390', activityId }, plan, areas)).toBe(true);
    expect(canWriteRecord(outsider, { areaCode: '03390', activityId }, plan, areas)).toBe(false);
    expect(canWriteRecord(outsider, { areaCode: '03390', agencyId: 'lc-snv' }, plan, areas)).toBe(true);
  });

  it('a viewer reads its province and writes nothing', () => {
    const viewer = user('viewer', '12');
    expect(canReadArea(viewer, '03390', areas)).toBe(true);
    expect(canWritePlan(viewer, plan, areas)).toBe(false);
    expect(canWriteRecord(viewer, { areaCode: '03390' }, plan, areas)).toBe(false);
    expect(canWritePlanPart(viewer, plan, { activityId }, areas)).toBe(false);
  });
});
