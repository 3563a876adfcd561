import { describe, expect, it } from 'vitest';
import type { Agency, PlanInput } from '../../model/index.js';
import { smallProvince } from '../fixtures.js';
import { validatePlan, type PlanIssue } from './validate.js';

const base: PlanInput = {
  id: 'p1',
  code: '1/KH-UBND',
  title: 'Kế hoạch thử',
  issuer: 'UBND tỉnh',
  issuedOn: '2019-01-01',
  provinceCode: '84',
  areaStructure: '2018-10-16',
  period: { from: '2019-01-01', to: '2020-12-31' },
  components: [{ id: 'p1-c1', title: 'Tiểu đề án 1', leadAgencyId: 'a-lead', cooperatingAgencyIds: ['a-coop'] }],
  duties: [{ id: 'p1-d1', agencyId: 'a-lead', role: 'lead', componentIds: ['p1-c1'], text: 'Chủ trì' }],
  activities: [
    {
      id: 'p1-a1',
      componentId: 'p1-c1',
      type: 'leaflet',
      title: 'Tờ rơi',
      leadAgencyId: 'a-lead',
      period: { from: '2019-01-01', to: '2019-12-31' },
      places: [{ name: 'Xã 1', areaCode: '84001' }],
    },
  ],
  targets: [
    {
      id: 'p1-t1',
      title: '30.000 tờ rơi',
      kind: 'output_count',
      activityTypes: ['leaflet'],
      minQuantity: 30000,
      period: { from: '2019-01-01', to: '2019-12-31' },
      areaCodes: ['840'],
    },
    {
      id: 'p1-t2',
      title: 'Hạn',
      kind: 'deadline',
      activityTypes: ['leaflet'],
      dueDate: '2019-06-30',
      period: { from: '2019-01-01', to: '2019-12-31' },
    },
  ],
  reporting: [
    {
      id: 'p1-r1',
      cadence: 'yearly',
      due: { kind: 'fixed_date', month: 12, day: 20, before: true },
      toAgencyId: 'a-lead',
    },
  ],
  observances: [
    {
      id: 'p1-o1',
      name: 'Ngày toàn dân phòng, chống mua bán người',
      date: '07-30',
      window: { from: '07-01', to: '08-01' },
    },
  ],
};
const agencies: Agency[] = ['a-lead', 'a-coop'].map((id) => ({ id, name: id, kind: 'department' }));
const areas = smallProvince();

/** `base` with `patch` applied to a deep copy. */
function variant(patch: (plan: PlanInput & Record<string, unknown>) => void): PlanInput {
  const copy = structuredClone(base) as PlanInput & Record<string, unknown>;
  patch(copy);
  return copy;
}
const codes = (issues: PlanIssue[]) => issues.map((i) => `${i.severity} ${i.code} ${i.path.join('.')}`);

describe('validatePlan', () => {
  it('accepts a consistent plan', () => {
    expect(validatePlan(base, { agencies, areas })).toEqual([]);
  });

  it('maps schema errors to paths with Vietnamese messages and stops there', () => {
    const issues = validatePlan(
      variant((p) => {
        p.period.from = '2019-02-30';
        p.targets![0]!.id = 'P1 T1';
      }),
    );
    expect(codes(issues)).toEqual(['error schema.custom period.from', 'error schema.invalid_format targets.0.id']);
    expect(issues[0]?.message).toBe('Ngày không tồn tại trong lịch');
    expect(validatePlan({ id: 'x' }).every((i) => i.code.startsWith('schema.'))).toBe(true);
  });

  it('flags reversed periods and periods outside the plan', () => {
    const issues = validatePlan(
      variant((p) => {
        p.activities![0]!.period = { from: '2019-12-31', to: '2019-01-01' };
        p.targets![0]!.period = { from: '2018-12-31', to: '2019-12-31' };
        p.targets![1]!.period = { from: '2019-01-01', to: '2021-01-01' };
      }),
    );
    expect(codes(issues)).toEqual([
      'error period.reversed activities.0.period',
      'error period.outside_plan targets.0.period',
      'error period.outside_plan targets.1.period',
    ]);
    expect(issues[0]?.message).toBe('Ngày bắt đầu 31/12/2019 sau ngày kết thúc 01/01/2019.');
    expect(
      codes(
        validatePlan(
          variant((p) => {
            p.period = { from: '2021-01-01', to: '2019-01-01' };
          }),
        ),
      ),
    ).toContain('error period.reversed period');
  });

  it('flags ids used twice across lists', () => {
    const issues = validatePlan(
      variant((p) => {
        p.observances![0]!.id = 'p1-t1';
        p.duties![0]!.id = 'p1-c1';
      }),
    );
    expect(codes(issues)).toEqual(['error id.duplicate duties.0.id', 'error id.duplicate observances.0.id']);
    expect(issues[0]?.message).toContain('đã dùng tại components[0]');
  });

  it('needs exactly one lead per component', () => {
    const issues = validatePlan(
      variant((p) => {
        p.duties!.push({
          id: 'p1-d2',
          agencyId: 'a-coop',
          role: 'lead',
          componentIds: ['p1-c1', 'p1-c9'],
          text: 'Chủ trì',
        });
      }),
    );
    expect(codes(issues)).toEqual([
      'error component.lead_conflict duties.1.agencyId',
      'error component.unknown duties.1.componentIds.1',
    ]);
    expect(
      codes(
        validatePlan(
          variant((p) => {
            delete (p.components![0] as { leadAgencyId?: string }).leadAgencyId;
          }),
        ),
      ),
    ).toEqual(['error schema.invalid_type components.0.leadAgencyId']);
    expect(
      codes(
        validatePlan(
          variant((p) => {
            p.targets![0]!.componentId = 'p1-c2';
          }),
        ),
      ),
    ).toEqual(['error component.unknown targets.0.componentId']);
  });

  it('checks agency ids when agencies are given', () => {
    const issues = validatePlan(
      variant((p) => {
        p.reporting![0]!.toAgencyId = 'a-gone';
        p.components![0]!.cooperatingAgencyIds = ['a-x'];
      }),
      { agencies },
    );
    expect(codes(issues)).toEqual([
      'error agency.unknown components.0.cooperatingAgencyIds.0',
      'error agency.unknown reporting.0.toAgencyId',
    ]);
    expect(issues[0]?.message).toBe('Cơ quan “a-x” không có trong danh mục cơ quan.');
  });

  it('refuses agencies of another province; national ones and the plan’s own pass', () => {
    const withProvinces: Agency[] = [
      { id: 'a-lead', name: 'Sở Nội vụ tỉnh Trà Vinh', kind: 'department', provinceCode: '84' },
      { id: 'a-coop', name: 'Bộ Công an', kind: 'ministry' },
      { id: 'a-far', name: 'Sở Nội vụ tỉnh Lai Châu', kind: 'department', provinceCode: '12' },
    ];
    expect(
      codes(
        validatePlan(
          variant(() => {}),
          { agencies: withProvinces },
        ),
      ),
    ).toEqual([]);
    const issues = validatePlan(
      variant((p) => {
        p.components![0]!.cooperatingAgencyIds = ['a-coop', 'a-far'];
      }),
      { agencies: withProvinces },
    );
    expect(codes(issues)).toEqual(['error agency.other_province components.0.cooperatingAgencyIds.1']);
    expect(issues[0]?.message).toMatch(/^Cơ quan “Sở Nội vụ tỉnh Lai Châu” thuộc tỉnh khác/);
  });

  it('warns when no planned activity has a target type; rejects unknown types', () => {
    expect(
      codes(
        validatePlan(
          variant((p) => {
            p.targets![1]!.activityTypes = ['leaflet', 'billboard'];
          }),
        ),
      ),
    ).toEqual(['warning target.no_activity_of_type targets.1.activityTypes.1']);
    expect(
      codes(
        validatePlan(
          variant((p) => {
            p.targets![1]!.activityTypes = ['poster' as never];
          }),
        ),
      )[0],
    ).toMatch(/^error schema\.invalid_value targets\.1\.activityTypes\.0/);
  });

  it('checks area codes and scope when areas are given', () => {
    const issues = validatePlan(
      variant((p) => {
        p.targets![0] = { ...p.targets![0]!, areaCodes: ['840', '77777'], requiredAreaCodes: ['12001'] } as never;
        p.activities![0]!.places![0]!.areaCode = '12001';
      }),
      { areas },
    );
    expect(codes(issues)).toEqual([
      'warning target.required_outside_areas targets.0.requiredAreaCodes.0',
      'error area.outside_scope activities.0.places.0.areaCode',
      'error area.unknown targets.0.areaCodes.1',
      'error area.outside_scope targets.0.requiredAreaCodes.0',
    ]);
    expect(
      codes(
        validatePlan(
          variant((p) => {
            p.scopeAreaCode = '12001';
          }),
          { areas },
        ),
      ),
    ).toEqual([
      'error area.outside_scope scopeAreaCode',
      'error area.outside_scope activities.0.places.0.areaCode',
      'error area.outside_scope targets.0.areaCodes.0',
    ]);
  });

  it('target ids start with the plan id', () => {
    const issues = validatePlan(
      variant((p) => {
        p.targets![0]!.id = 'tv651-t1';
      }),
    );
    expect(codes(issues)).toEqual(['error target.id_prefix targets.0.id']);
    expect(issues[0]?.message).toBe('Mã chỉ tiêu “tv651-t1” phải bắt đầu bằng “p1-”.');
  });

  it('thresholdPercent must be within 0..100', () => {
    const plan = variant((p) => {
      p.targets!.push({
        id: 'p1-t3',
        title: 'x',
        kind: 'area_coverage',
        level: 'commune',
        activityTypes: ['leaflet'],
        thresholdPercent: 120,
        period: p.period,
      });
    });
    expect(codes(validatePlan(plan))).toEqual(['error schema.too_big targets.2.thresholdPercent']);
  });

  it('deadline dueDate inside the target period', () => {
    expect(
      codes(
        validatePlan(
          variant((p) => {
            (p.targets![1] as { dueDate: string }).dueDate = '2020-01-01';
          }),
        ),
      ),
    ).toEqual(['error target.due_outside_period targets.1.dueDate']);
  });

  it('no district-level coverage in the two-level structure', () => {
    const plan = variant((p) => {
      p.areaStructure = '2025-07-01';
      p.targets!.push({
        id: 'p1-t3',
        title: 'x',
        kind: 'area_coverage',
        level: 'district',
        activityTypes: ['leaflet'],
        thresholdPercent: 100,
        period: p.period,
      });
    });
    expect(codes(validatePlan(plan))).toEqual(['error target.level_not_in_structure targets.2.level']);
  });

  it('reporting due rules', () => {
    const bad = variant((p) => {
      p.reporting = [
        { id: 'p1-r1', cadence: 'yearly', due: { kind: 'fixed_date', month: 2, day: 30 }, toAgencyId: 'a-lead' },
        { id: 'p1-r2', cadence: 'half_yearly', due: { kind: 'fixed_date', month: 6, day: 31 }, toAgencyId: 'a-lead' },
        { id: 'p1-r3', cadence: 'monthly', due: { kind: 'after_period_end', days: 120 }, toAgencyId: 'a-lead' },
      ];
    });
    expect(codes(validatePlan(bad))).toEqual(['error schema.too_big reporting.2.due.days']);
    const issues = validatePlan(
      variant((p) => {
        p.reporting = (bad.reporting ?? []).slice(0, 2);
      }),
    );
    expect(codes(issues)).toEqual([
      'error reporting.invalid_due reporting.0.due.day',
      'warning reporting.month_ignored reporting.1.due.month',
      'warning reporting.day_clamped reporting.1.due.day',
    ]);
    expect(issues[0]?.message).toBe('Ngày 30/2 không tồn tại.');
  });

  it('reporting periods must match the cadence; yearly rules ignore them', () => {
    const issues = validatePlan(
      variant((p) => {
        p.reporting = [
          {
            id: 'p1-r1',
            cadence: 'half_yearly',
            periods: ['H1', 'Q3'],
            due: { kind: 'after_period_end', days: 15 },
            toAgencyId: 'a-lead',
          },
          {
            id: 'p1-r2',
            cadence: 'yearly',
            periods: ['H1'],
            due: { kind: 'after_period_end', days: 15 },
            toAgencyId: 'a-lead',
          },
        ];
      }),
    );
    expect(codes(issues)).toEqual([
      'error reporting.period_mismatch reporting.0.periods.1',
      'warning reporting.periods_ignored reporting.1.periods',
    ]);
    expect(issues[0]?.message).toBe('Kỳ “Q3” không thuộc chế độ báo cáo này; chỉ dùng: H1, H2.');
  });

  it('yearly windows: not reversed, the peak inside the window', () => {
    const issues = validatePlan(
      variant((p) => {
        p.observances = [
          {
            id: 'p1-o1',
            name: 'Ngày 30/7',
            date: '07-30',
            window: { from: '07-01', to: '08-01' },
            peak: { from: '07-25', to: '07-31' },
          },
          {
            id: 'p1-o2',
            name: 'Ngày 30/7',
            date: '07-30',
            window: { from: '07-01', to: '08-01' },
            peak: { from: '06-25', to: '07-31' },
          },
          { id: 'p1-o3', name: 'Ngày 30/7', date: '07-30', window: { from: '08-01', to: '07-01' } },
        ];
        p.targets = [
          {
            id: 'p1-t1',
            title: 'Chiến dịch',
            kind: 'cadence',
            every: 'year',
            activityTypes: ['leaflet'],
            period: { from: '2019-01-01', to: '2019-12-31' },
            window: { from: '12-15', to: '01-15' },
          },
        ];
      }),
    );
    expect(codes(issues)).toEqual([
      'error observance.peak_outside_window observances.1.peak',
      'error window.reversed observances.2.window',
      'error window.reversed targets.0.window',
    ]);
  });

  it('a target’s objectiveId names an objective of the plan', () => {
    const issues = validatePlan(
      variant((p) => {
        p.objectives = [{ id: 'p1-o-1', text: 'Mục tiêu' }];
        p.targets = [
          { ...(p.targets?.[0] as object), objectiveId: 'p1-o-1' },
          { ...(p.targets?.[1] as object), objectiveId: 'p1-o-9' },
        ] as never;
      }),
    );
    expect(codes(issues)).toEqual(['error objective.unknown targets.1.objectiveId']);
  });
});
