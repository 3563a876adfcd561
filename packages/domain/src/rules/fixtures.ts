/**
 * Small builders for tests of the rules (here and in other packages): a plan, areas and records with sensible
 * defaults, parsed through the real schemas so that defaults apply exactly as in production.
 */
import {
  ActivityRecordSchema,
  AreaSchema,
  PlanSchema,
  TargetSchema,
  type ActivityRecord,
  type Area,
  type AreaInput,
  type Plan,
  type PlanInput,
  type Target,
  type TargetInput,
} from '../model/index.js';

export const FIXTURE_PLAN_ID = 'p1';

export function makePlan(overrides: Partial<PlanInput> = {}): Plan {
  return PlanSchema.parse({
    id: FIXTURE_PLAN_ID,
    code: '1/KH-UBND',
    title: 'Kế hoạch thử',
    issuer: 'Ủy ban nhân dân tỉnh Thử',
    issuedOn: '2019-01-01',
    provinceCode: '84',
    areaStructure: '2018-10-16',
    period: { from: '2019-01-01', to: '2020-12-31' },
    ...overrides,
  });
}

export function makeTarget(input: Omit<TargetInput, 'id' | 'title'> & { id?: string; title?: string }): Target {
  return TargetSchema.parse({ id: `${FIXTURE_PLAN_ID}-t1`, title: 'Chỉ tiêu thử', ...input });
}

export function planWith(...targets: TargetInput[]): Plan {
  return makePlan({ targets });
}

export function makeArea(input: Omit<AreaInput, 'name'> & { name?: string }): Area {
  return AreaSchema.parse({ name: `Địa bàn ${input.code}`, ...input });
}

let sequence = 0;
export function makeRecord(
  input: Partial<ActivityRecord> & Pick<ActivityRecord, 'type' | 'date' | 'areaCode'>,
): ActivityRecord {
  sequence += 1;
  return ActivityRecordSchema.parse({ id: `r${sequence}`, planId: FIXTURE_PLAN_ID, status: 'approved', ...input });
}

/**
 * A province '84' with two districts ('840', '841') of two communes each: 84001, 84002 under 840; 84101, 84102
 * under 841. Tags: 84001 and 84101 are high_risk; populations aged 14–60 of 1 000 per commune, 84102 without.
 */
export function smallProvince(): Area[] {
  return [
    makeArea({ code: '84', level: 'province', name: 'Tỉnh Thử' }),
    makeArea({ code: '840', level: 'district', parentCode: '84', tags: ['key_area'] }),
    makeArea({ code: '841', level: 'district', parentCode: '84' }),
    makeArea({
      code: '84001',
      level: 'commune',
      parentCode: '840',
      tags: ['high_risk', 'key_area'],
      population: { aged14to60: 1000 },
    }),
    makeArea({
      code: '84002',
      level: 'commune',
      parentCode: '840',
      tags: ['key_area'],
      population: { aged14to60: 1000 },
    }),
    makeArea({
      code: '84101',
      level: 'commune',
      parentCode: '841',
      tags: ['high_risk', 'key_area'],
      population: { aged14to60: 1000 },
    }),
    makeArea({ code: '84102', level: 'commune', parentCode: '841', tags: ['key_area'] }),
    makeArea({ code: '12', level: 'province', name: 'Tỉnh Khác' }),
    makeArea({
      code: '12001',
      level: 'commune',
      parentCode: '12',
      tags: ['high_risk', 'key_area'],
      population: { aged14to60: 1000 },
    }),
  ];
}
