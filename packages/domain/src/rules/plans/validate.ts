import { z } from 'zod';
import {
  ACTIVITY_TYPE_LABELS,
  PlanSchema,
  REPORTING_SUB_PERIODS,
  type Agency,
  type Area,
  type MonthDayWindow,
  type Period,
  type Plan,
} from '../../model/index.js';
import { areaIndex, areasForStructure } from '../areas/areas.js';
import { daysInMonth } from '../dates.js';
import { formatDateVi } from '../../format/dates.js';

export const PlanIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  messageEn: z.string().optional(),
});
export type PlanIssue = z.infer<typeof PlanIssueSchema>;

export interface ValidatePlanOptions {
  /** When given, every agency id the plan names must be one of these. */
  agencies?: readonly Agency[];
  /** When given, every area code the plan names must be one of these (of the plan's areaStructure). */
  areas?: readonly Area[];
}

/** The structure date from which districts no longer exist (Nghị quyết 202/2025/QH15: two levels from 1/7/2025). */
const TWO_LEVEL_FROM = '2025-07-01';

/**
 * Everything wrong with a plan, errors and warnings, each with the path of the offending value. A plan that does
 * not parse gets only its schema issues: the other checks need a well-formed plan.
 */
export function validatePlan(input: unknown, options: ValidatePlanOptions = {}): PlanIssue[] {
  const parsed = PlanSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
      code: `schema.${issue.code}`,
      severity: 'error' as const,
      message: /[À-ỹ]/.test(issue.message) ? issue.message : `Giá trị không hợp lệ (${issue.message})`,
      messageEn: issue.message,
    }));
  }
  const plan = parsed.data;
  const issues: PlanIssue[] = [];
  const add = (
    path: PlanIssue['path'],
    code: string,
    message: string,
    messageEn: string,
    severity: PlanIssue['severity'] = 'error',
  ) => issues.push({ path, code, severity, message, messageEn });

  checkPeriods(plan, add);
  checkReform(plan, add);
  checkTargetActivities(plan, add);
  checkBaselines(plan, add);
  checkIds(plan, add);
  checkComponents(plan, add);
  checkTargets(plan, add);
  checkReporting(plan, add);
  checkWindows(plan, add);
  if (options.agencies) checkAgencies(plan, options.agencies, add);
  if (options.areas) checkAreas(plan, options.areas, add);
  return issues;
}

type Add = (
  path: PlanIssue['path'],
  code: string,
  message: string,
  messageEn: string,
  severity?: PlanIssue['severity'],
) => void;

function checkPeriods(plan: Plan, add: Add): void {
  const check = (period: Period, path: PlanIssue['path'], inside: boolean) => {
    if (period.from > period.to) {
      add(
        [...path, 'period'],
        'period.reversed',
        `Ngày bắt đầu ${formatDateVi(period.from)} sau ngày kết thúc ${formatDateVi(period.to)}.`,
        'The period starts after it ends.',
      );
      return;
    }
    if (inside && (period.from < plan.period.from || period.to > plan.period.to)) {
      add(
        [...path, 'period'],
        'period.outside_plan',
        `Thời gian ${formatDateVi(period.from)}–${formatDateVi(period.to)} nằm ngoài thời gian của kế hoạch (${formatDateVi(plan.period.from)}–${formatDateVi(plan.period.to)}).`,
        'The period is not inside the plan period.',
      );
    }
  };
  check(plan.period, [], false);
  plan.activities.forEach((a, i) => check(a.period, ['activities', i], plan.period.from <= plan.period.to));
  plan.targets.forEach((t, i) => check(t.period, ['targets', i], plan.period.from <= plan.period.to));
}

/**
 * Issue 14 item 6: a plan on a three-level list (2018) running past 30/06/2025 names communes and districts that
 * no longer exist from 01/07/2025; its records after that day need the plan carried onto the new structure.
 */
function checkReform(plan: Plan, add: Add): void {
  if (plan.areaStructure >= TWO_LEVEL_FROM || plan.period.to < TWO_LEVEL_FROM) return;
  if (plan.carry && plan.carry.from <= TWO_LEVEL_FROM) return;
  add(
    ['areaStructure'],
    'structure.crosses_reform',
    `Kế hoạch dùng danh mục đơn vị hành chính ngày ${formatDateVi(plan.areaStructure)} nhưng kéo dài đến ${formatDateVi(plan.period.to)}, qua ngày ${formatDateVi(TWO_LEVEL_FROM)} khi cấp huyện bỏ và nhiều xã, tỉnh được sáp nhập; hãy chuyển kế hoạch sang cơ cấu mới từ ngày đó (Chuyển cơ cấu).`,
    `The plan uses the list of administrative units of ${formatDateVi(plan.areaStructure)} but runs to ${formatDateVi(plan.period.to)}, past ${formatDateVi(TWO_LEVEL_FROM)} when districts were abolished and many communes and provinces merged; carry it onto the new structure from that day.`,
    'warning',
  );
}

/**
 * A baseline is the value before the target's period (IATI); one dated after the period began, or a percent above
 * 100, is most likely a slip.
 */
function checkBaselines(plan: Plan, add: Add): void {
  plan.targets.forEach((t, i) => {
    if (!t.baseline) return;
    if (t.baseline.date > t.period.from)
      add(
        ['targets', i, 'baseline', 'date'],
        'target.baseline_late',
        `Giá trị ban đầu của chỉ tiêu “${t.title}” ghi ngày ${formatDateVi(t.baseline.date)}, sau ngày bắt đầu ${formatDateVi(t.period.from)}.`,
        `The baseline of target ${t.id} is dated after the target's period begins.`,
        'warning',
      );
    if ((t.kind === 'area_coverage' || t.kind === 'population_reach') && t.baseline.value > 100)
      add(
        ['targets', i, 'baseline', 'value'],
        'target.baseline_percent',
        `Giá trị ban đầu của chỉ tiêu “${t.title}” là tỷ lệ phần trăm, không quá 100.`,
        `The baseline of target ${t.id} is a percentage, at most 100.`,
      );
  });
}

/** A target's activityIds (issue 14 item 5) name activities of the plan, of one of the target's types. */
function checkTargetActivities(plan: Plan, add: Add): void {
  const byId = new Map(plan.activities.map((a) => [a.id, a]));
  plan.targets.forEach((t, i) =>
    (t.activityIds ?? []).forEach((id, j) => {
      const activity = byId.get(id);
      if (!activity)
        add(
          ['targets', i, 'activityIds', j],
          'target.activity_unknown',
          `Chỉ tiêu “${t.title}” đo hoạt động “${id}” không có trong kế hoạch.`,
          `Target ${t.id} measures activity "${id}", which is not in the plan.`,
        );
      else if (!t.activityTypes.includes(activity.type))
        add(
          ['targets', i, 'activityIds', j],
          'target.activity_type',
          `Hoạt động “${activity.title}” không thuộc loại hoạt động mà chỉ tiêu “${t.title}” đếm.`,
          `Activity ${id} is not of a type target ${t.id} counts.`,
        );
    }),
  );
}

function checkIds(plan: Plan, add: Add): void {
  const seen = new Map<string, string>();
  const lists = ['objectives', 'components', 'duties', 'activities', 'targets', 'reporting', 'observances'] as const;
  for (const list of lists) {
    plan[list].forEach((item: { id: string }, i: number) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        add(
          [list, i, 'id'],
          'id.duplicate',
          `Mã “${item.id}” bị trùng (đã dùng tại ${first}).`,
          `Duplicate id "${item.id}" (first used at ${first}).`,
        );
      } else seen.set(item.id, `${list}[${i}]`);
    });
  }
  if (plan.parentPlanId === plan.id)
    add(
      ['parentPlanId'],
      'plan.parent_self',
      'Kế hoạch không thể là kế hoạch cấp trên của chính nó.',
      'A plan cannot be its own parent.',
    );
}

function checkComponents(plan: Plan, add: Add): void {
  const components = new Map(plan.components.map((c) => [c.id, c]));
  plan.components.forEach((c, i) => {
    if (c.cooperatingAgencyIds.includes(c.leadAgencyId)) {
      add(
        ['components', i, 'cooperatingAgencyIds'],
        'component.lead_also_cooperating',
        `Cơ quan chủ trì “${c.leadAgencyId}” không đồng thời là cơ quan phối hợp.`,
        'The lead agency is also listed as cooperating.',
        'warning',
      );
    }
  });
  plan.duties.forEach((duty, i) => {
    duty.componentIds.forEach((componentId, j) => {
      const component = components.get(componentId);
      if (!component) {
        add(
          ['duties', i, 'componentIds', j],
          'component.unknown',
          `Nhiệm vụ gắn với tiểu đề án/nội dung “${componentId}” không có trong kế hoạch.`,
          `Unknown component "${componentId}".`,
        );
      } else if (duty.role === 'lead' && duty.agencyId !== component.leadAgencyId) {
        add(
          ['duties', i, 'agencyId'],
          'component.lead_conflict',
          `“${component.title}” chỉ có một cơ quan chủ trì (“${component.leadAgencyId}”), nhưng nhiệm vụ giao chủ trì cho “${duty.agencyId}”.`,
          `Component "${componentId}" has lead "${component.leadAgencyId}" but a lead duty names "${duty.agencyId}".`,
        );
      }
    });
  });
  const checkRef = (componentId: string | undefined, path: PlanIssue['path']) => {
    if (componentId !== undefined && !components.has(componentId)) {
      add(
        path,
        'component.unknown',
        `Tiểu đề án/nội dung “${componentId}” không có trong kế hoạch.`,
        `Unknown component "${componentId}".`,
      );
    }
  };
  plan.activities.forEach((a, i) => checkRef(a.componentId, ['activities', i, 'componentId']));
  plan.targets.forEach((t, i) => checkRef(t.componentId, ['targets', i, 'componentId']));
}

function checkTargets(plan: Plan, add: Add): void {
  const plannedTypes = new Set(plan.activities.map((a) => a.type));
  plan.targets.forEach((target, i) => {
    const path = ['targets', i];
    if (!target.id.startsWith(`${plan.id}-`)) {
      add(
        [...path, 'id'],
        'target.id_prefix',
        `Mã chỉ tiêu “${target.id}” phải bắt đầu bằng “${plan.id}-”.`,
        `Target id must start with "${plan.id}-".`,
      );
    }
    target.activityTypes.forEach((type, j) => {
      if (!(type in ACTIVITY_TYPE_LABELS)) {
        add(
          [...path, 'activityTypes', j],
          'target.unknown_activity_type',
          `Loại hoạt động “${type}” không tồn tại.`,
          `Unknown activity type "${type}".`,
        );
      } else if (!plannedTypes.has(type)) {
        add(
          [...path, 'activityTypes', j],
          'target.no_activity_of_type',
          `Kế hoạch chưa có hoạt động nào thuộc loại “${ACTIVITY_TYPE_LABELS[type].vi}” để thực hiện chỉ tiêu này.`,
          `No planned activity has type "${type}".`,
          'warning',
        );
      }
    });
    if (
      (target.kind === 'area_coverage' || target.kind === 'population_reach') &&
      (target.thresholdPercent < 0 || target.thresholdPercent > 100)
    ) {
      add(
        [...path, 'thresholdPercent'],
        'target.threshold_range',
        'Tỷ lệ chỉ tiêu phải từ 0 đến 100%.',
        'thresholdPercent must be within 0..100.',
      );
    }
    if (target.kind === 'deadline' && (target.dueDate < target.period.from || target.dueDate > target.period.to)) {
      add(
        [...path, 'dueDate'],
        'target.due_outside_period',
        `Hạn ${formatDateVi(target.dueDate)} nằm ngoài thời gian của chỉ tiêu.`,
        'dueDate is outside the target period.',
      );
    }
    if (target.kind === 'area_coverage' && target.level === 'district' && plan.areaStructure >= TWO_LEVEL_FROM) {
      add(
        [...path, 'level'],
        'target.level_not_in_structure',
        'Từ 01/7/2025 không còn cấp huyện; chỉ tiêu phải tính theo cấp tỉnh hoặc xã.',
        'There are no districts in the two-level structure.',
      );
    }
    if (target.kind === 'output_count' && target.areaCodes && target.requiredAreaCodes) {
      target.requiredAreaCodes.forEach((code, j) => {
        if (!target.areaCodes?.includes(code)) {
          add(
            [...path, 'requiredAreaCodes', j],
            'target.required_outside_areas',
            `Địa bàn bắt buộc “${code}” không nằm trong danh sách địa bàn của chỉ tiêu.`,
            `Required area "${code}" is not listed in areaCodes.`,
            'warning',
          );
        }
      });
    }
  });
}

function checkReporting(plan: Plan, add: Add): void {
  plan.reporting.forEach((rule, i) => {
    if (rule.periods !== undefined) {
      if (rule.cadence === 'yearly') {
        add(
          ['reporting', i, 'periods'],
          'reporting.periods_ignored',
          'Báo cáo năm không chia kỳ con; “periods” bị bỏ qua.',
          'periods is ignored for yearly rules.',
          'warning',
        );
      } else {
        const allowed: readonly string[] = REPORTING_SUB_PERIODS[rule.cadence];
        rule.periods.forEach((p, j) => {
          if (!allowed.includes(p)) {
            add(
              ['reporting', i, 'periods', j],
              'reporting.period_mismatch',
              `Kỳ “${p}” không thuộc chế độ báo cáo này; chỉ dùng: ${allowed.join(', ')}.`,
              `Sub-period "${p}" does not match cadence ${rule.cadence}; use ${allowed.join(', ')}.`,
            );
          }
        });
      }
    }
    const due = rule.due;
    if (due.kind !== 'fixed_date') return;
    const path = ['reporting', i, 'due'];
    if (rule.cadence !== 'yearly' && due.month !== undefined) {
      add(
        [...path, 'month'],
        'reporting.month_ignored',
        'Với báo cáo không theo năm, hạn tính theo tháng cuối của kỳ; “tháng” bị bỏ qua.',
        'month is ignored for non-yearly cadences.',
        'warning',
      );
    }
    const month = rule.cadence === 'yearly' ? (due.month ?? 12) : undefined;
    if (month !== undefined && due.day > daysInMonth(2000, month)) {
      add(
        [...path, 'day'],
        'reporting.invalid_due',
        `Ngày ${due.day}/${month} không tồn tại.`,
        `Day ${due.day} does not exist in month ${month}.`,
      );
    } else if (month === undefined && due.day > 28) {
      add(
        [...path, 'day'],
        'reporting.day_clamped',
        `Ngày ${due.day} không có ở mọi tháng; hạn sẽ là ngày cuối tháng khi tháng ngắn hơn.`,
        `Day ${due.day} is clamped to the month's last day in shorter months.`,
        'warning',
      );
    }
    if (due.before && due.day === 1 && month === undefined) {
      add(
        [...path, 'before'],
        'reporting.before_first',
        '“Trước ngày 01” rơi vào tháng trước của kỳ; nên ghi rõ ngày cuối tháng trước.',
        '"Before the 1st" falls in the previous month.',
        'warning',
      );
    }
  });
}

/** Yearly windows do not wrap around New Year; an observance's peak lies inside its window. */
function checkWindows(plan: Plan, add: Add): void {
  const reversed = (w: MonthDayWindow, path: PlanIssue['path']) => {
    if (w.from > w.to) {
      add(
        path,
        'window.reversed',
        `Khoảng thời gian trong năm ${w.from}–${w.to} bị ngược (không được vắt qua năm mới).`,
        `Window ${w.from}–${w.to} is reversed (must not wrap around New Year).`,
      );
      return true;
    }
    return false;
  };
  plan.observances.forEach((o, i) => {
    const windowOk = o.window !== undefined && !reversed(o.window, ['observances', i, 'window']);
    if (o.peak !== undefined && !reversed(o.peak, ['observances', i, 'peak']) && windowOk && o.window !== undefined) {
      if (o.peak.from < o.window.from || o.peak.to > o.window.to) {
        add(
          ['observances', i, 'peak'],
          'observance.peak_outside_window',
          'Thời gian cao điểm phải nằm trong thời gian hưởng ứng.',
          'The peak must lie inside the window.',
        );
      }
    }
  });
  const objectives = new Set(plan.objectives.map((o) => o.id));
  plan.targets.forEach((t, i) => {
    if (t.kind === 'cadence' && t.window !== undefined) reversed(t.window, ['targets', i, 'window']);
    if (t.objectiveId !== undefined && !objectives.has(t.objectiveId)) {
      add(
        ['targets', i, 'objectiveId'],
        'objective.unknown',
        `Mục tiêu “${t.objectiveId}” không có trong kế hoạch.`,
        `Unknown objective "${t.objectiveId}".`,
      );
    }
  });
}

/**
 * Every agency the plan names must exist, and be national (no province) or of the plan's own province: a plan of
 * one province never gives work to another province's bodies (issue 12: references must not cross provinces).
 */
function checkAgencies(plan: Plan, agencies: readonly Agency[], add: Add): void {
  const known = new Map(agencies.map((a) => [a.id, a]));
  const check = (id: string | undefined, path: PlanIssue['path']) => {
    if (id === undefined) return;
    const agency = known.get(id);
    if (!agency) {
      add(path, 'agency.unknown', `Cơ quan “${id}” không có trong danh mục cơ quan.`, `Unknown agency "${id}".`);
    } else if (agency.provinceCode !== undefined && agency.provinceCode !== plan.provinceCode) {
      add(
        path,
        'agency.other_province',
        `Cơ quan “${agency.name}” thuộc tỉnh khác; kế hoạch chỉ giao việc cho cơ quan trung ương hoặc cơ quan của chính tỉnh ban hành.`,
        `Agency "${agency.name}" belongs to another province; a plan may name only national agencies or agencies of its own province.`,
      );
    }
  };
  plan.components.forEach((c, i) => {
    check(c.leadAgencyId, ['components', i, 'leadAgencyId']);
    c.cooperatingAgencyIds.forEach((id, j) => check(id, ['components', i, 'cooperatingAgencyIds', j]));
  });
  plan.duties.forEach((d, i) => check(d.agencyId, ['duties', i, 'agencyId']));
  plan.activities.forEach((a, i) => {
    check(a.leadAgencyId, ['activities', i, 'leadAgencyId']);
    a.cooperatingAgencyIds.forEach((id, j) => check(id, ['activities', i, 'cooperatingAgencyIds', j]));
  });
  plan.reporting.forEach((r, i) => {
    r.fromAgencyIds.forEach((id, j) => check(id, ['reporting', i, 'fromAgencyIds', j]));
    check(r.toAgencyId, ['reporting', i, 'toAgencyId']);
    check(r.consolidatedForAgencyId, ['reporting', i, 'consolidatedForAgencyId']);
  });
}

function checkAreas(plan: Plan, areas: readonly Area[], add: Add): void {
  const index = areaIndex(areasForStructure(areas, plan.areaStructure));
  const scope = plan.scopeAreaCode ?? plan.provinceCode;
  const check = (code: string | undefined, path: PlanIssue['path']) => {
    if (code === undefined) return;
    if (!index.has(code)) {
      add(
        path,
        'area.unknown',
        `Mã địa bàn “${code}” không có trong danh mục địa bàn.`,
        `Unknown area code "${code}".`,
      );
    } else if (!index.isWithin(code, scope)) {
      add(
        path,
        'area.outside_scope',
        `Địa bàn “${index.get(code)?.name ?? code}” nằm ngoài phạm vi kế hoạch.`,
        `Area "${code}" is outside the plan's scope.`,
      );
    }
  };
  if (!index.has(plan.provinceCode)) {
    // Issue 14 item 6: eleven provinces' codes are gone from the 01/07/2025 list (Trà Vinh 84 is part of Vĩnh Long).
    const reform = plan.areaStructure >= TWO_LEVEL_FROM;
    add(
      ['provinceCode'],
      'area.unknown',
      reform
        ? `Mã tỉnh “${plan.provinceCode}” không có trong danh mục đơn vị hành chính từ ${formatDateVi(TWO_LEVEL_FROM)} (tỉnh đã được sáp nhập). Hãy lập kế hoạch theo tỉnh mới, hoặc theo danh mục cũ rồi chuyển kế hoạch sang cơ cấu mới (Chuyển cơ cấu).`
        : `Mã tỉnh “${plan.provinceCode}” không có trong danh mục địa bàn.`,
      reform
        ? `Province ${plan.provinceCode} is not in the list of units from ${formatDateVi(TWO_LEVEL_FROM)} (it was merged). Make the plan for the new province, or on the old list and carry it onto the new structure.`
        : `Unknown province "${plan.provinceCode}".`,
    );
  }
  if (plan.scopeAreaCode !== undefined) {
    if (!index.has(plan.scopeAreaCode)) {
      add(
        ['scopeAreaCode'],
        'area.unknown',
        `Mã địa bàn “${plan.scopeAreaCode}” không có trong danh mục địa bàn.`,
        `Unknown area code "${plan.scopeAreaCode}".`,
      );
    } else if (!index.isWithin(plan.scopeAreaCode, plan.provinceCode)) {
      add(
        ['scopeAreaCode'],
        'area.outside_scope',
        'Phạm vi kế hoạch phải nằm trong tỉnh của kế hoạch.',
        'scopeAreaCode must lie inside the province.',
      );
    }
  }
  plan.activities.forEach((a, i) =>
    a.places.forEach((p, j) => check(p.areaCode, ['activities', i, 'places', j, 'areaCode'])),
  );
  plan.targets.forEach((t, i) => {
    const path = ['targets', i];
    if (t.kind === 'area_coverage') check(t.withinAreaCode, [...path, 'withinAreaCode']);
    if (t.kind === 'output_count') {
      t.areaCodes?.forEach((code, j) => check(code, [...path, 'areaCodes', j]));
      t.requiredAreaCodes?.forEach((code, j) => check(code, [...path, 'requiredAreaCodes', j]));
    }
  });
}
