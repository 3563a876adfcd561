import { z } from 'zod';
import {
  ACTIVITY_TYPE_LABELS,
  IdSchema,
  IsoDateSchema,
  PeriodSchema,
  type ActivityRecord,
  type ActivityType,
  type Agency,
  type Area,
  type Period,
  type Plan,
  type Target,
  type TargetResult,
  type TargetStatus,
} from '../../model/index.js';
import { areaIndex, areasForStructure, type AreaIndex } from '../areas/areas.js';
import { agencyAt } from '../effective.js';
import { DomainError } from '../errors.js';
import { evaluatePlan } from '../targets/evaluate.js';
import { listSome, statusExplanation } from '../targets/explain.js';
import { NO_COMPONENT, componentOfRecord } from '../records/record-component.js';
import { countOf, type CountedRecord } from '../records/record-tally.js';
import { ReportNarrativeSchema } from './report-lifecycle.js';
import { signatureLines } from './report-signer.js';
import {
  agencySymbol,
  documentReference,
  issuingBodyLines,
  placeAndDateLine,
  signatureAuthority,
  type ReportBlock,
  type ReportDocument,
  type ReportSection,
  type ReportTally,
} from './report-document.js';
import { AreaCodeSchema } from '../../vocabulary/codes.js';
import { TARGET_STATUS_LABELS } from '../../format/statuses.js';
import { formatDateVi } from '../../format/dates.js';
import { formatNumberVi } from '../../format/numbers.js';
import { periodPhraseVi } from '../../format/periods.js';
import { missingItemLabel, targetResultText } from '../../format/target-results.js';

/**
 * Content of the periodic report (Báo cáo kết quả thực hiện kế hoạch) of one agency for one period.
 *
 * Readings:
 * - Records count when approved, of this plan, inside its scope, once per id, dated inside the period and not
 *   after asOf (as evaluatePlan).
 * - A sender's report holds only its own work (isSenderRecord): records entered by or for it (`agencyId`), and for
 *   a district committee also the records entered without an agency in its district's communes. The report of a
 *   body that receives reports under the plan's rules (Sở TT&TT, Sở LĐ-TB&XH) consolidates every record
 *   (`consolidated`). `areaCode` narrows further.
 * - Figures count the data period (`dataPeriod`, reportDataPeriod: thời gian chốt số liệu), printed in `dataNote`;
 *   the title names the reporting period.
 * - Targets: those the sender contributes to (its records count toward them, or it leads or cooperates on their
 *   component), with its share beside the province total and the province's status; a consolidated report shows
 *   the province's figures only. Statuses come from `results` (evaluatePlan at the data cut-off: final from the
 *   target period's last day on).
 * - Quantities are totalled per unit ("100 tin, bài; 7 pano; 30.240 tờ"), never across units.
 * - No placeholder text: a final report (a signer is named) says what the figures say; a draft (no signer, or
 *   `draft`) carries fill-in paragraphs marked "[Dự thảo …]" for the officer.
 * - Work goes under the component of its activity; a record without an activity goes under the one component that
 *   has activities of its type (activities outside any component aside), else under "Hoạt động khác".
 * - Recipients: the rules' receiving and consolidating agencies for the rules the reporter sends under; when none
 *   names it (a district committee inside "UBND các huyện": agencies have no membership), those of every rule.
 * - Section III lists achieved targets as strengths and at_risk / off_track / missed / no_data ones (a target that
 *   cannot be measured is a shortcoming of the data to fix), with their explanations,
 *   as limitations; IV lists the targets not achieved whose period runs past the report period; V holds the
 *   officer's `recommendations`, else "Không có kiến nghị, đề xuất." (a draft: a marked fill-in).
 */
export const PeriodicReportOptionsSchema = z.object({
  period: PeriodSchema,
  reportingAgencyId: IdSchema,
  recipientAgencyId: IdSchema.optional(),
  /** Registry number ('125'); blank space is left when absent. */
  number: z.string().min(1).optional(),
  /** Ký hiệu override ('STTTT'); derived from the agency's short name otherwise. */
  symbol: z.string().min(1).optional(),
  place: z.string().min(1),
  date: IsoDateSchema,
  asOf: IsoDateSchema,
  areaCode: AreaCodeSchema.optional(),
  /** Days the figures cover (reportDataPeriod); the reporting period when absent. */
  dataPeriod: PeriodSchema.optional(),
  /** The sentence saying which days the figures cover and why (reportDataPeriod's note). */
  dataNote: z.string().min(1).optional(),
  /** Every record of the plan (the receiving body's consolidated report); default: when it receives reports. */
  consolidated: z.boolean().optional(),
  /** Who signs; without one the report is a draft. */
  signerName: z.string().trim().min(1).optional(),
  /** The signer's title (report-signer.ts: the agency's signer on the date); default: by kind of body. */
  signerTitle: z.string().trim().min(1).optional(),
  /** A draft carries marked fill-ins for the officer; default: no signer named. */
  draft: z.boolean().optional(),
  /** The officer's recommendations (section V). */
  recommendations: z.array(z.string().trim().min(1)).optional(),
  /**
   * What the sender wrote (issue 13.3): results open section II, difficulties open III.2, proposals make section V
   * (before `recommendations`). Blank parts leave the figures' own text.
   */
  narrative: ReportNarrativeSchema.optional(),
});
export type PeriodicReportOptions = z.input<typeof PeriodicReportOptionsSchema>;

export interface PeriodicReportInput extends PeriodicReportOptions {
  plan: Plan;
  agencies: readonly Agency[];
  areas: readonly Area[];
  /** Records, or tallies standing for `count` records each (record-tally.ts): every figure counts countOf. */
  records: readonly CountedRecord[];
  /** evaluatePlan(plan, { …, asOf: period end }) */
  results: readonly TargetResult[];
}

const DIRECTION_TYPES: ActivityType[] = ['guidance_document', 'inspection', 'review'];
const OTHER = NO_COMPONENT;

/** A fill-in for the officer, only in a draft, marked so that it cannot be sent unnoticed. */
const fillIn = (what: string): ReportBlock => ({
  kind: 'paragraph',
  text: `[Dự thảo — cán bộ bổ sung: ${what}]`,
  editable: true,
});

/**
 * Is the record the sender's own work? Entered by or for it (`agencyId` one of `senderIds`, the agency and its
 * predecessor), or — for a district committee — entered without an agency in a commune of its district.
 */
export function isSenderRecord(
  record: Pick<ActivityRecord, 'agencyId' | 'areaCode'>,
  sender: Pick<Agency, 'kind' | 'areaCode'>,
  senderIds: ReadonlySet<string>,
  index: AreaIndex,
): boolean {
  if (record.agencyId !== undefined) return senderIds.has(record.agencyId);
  return (
    sender.kind === 'district_committee' &&
    sender.areaCode !== undefined &&
    index.isWithin(record.areaCode, sender.areaCode)
  );
}

/**
 * Unit of a record's quantity, by activity type (a reading of how the plans count each kind of work); a record of
 * an activity with its own unit uses that one.
 */
export const QUANTITY_UNITS_VI: Record<ActivityType, string> = {
  guidance_document: 'văn bản',
  material_distribution: 'bản tài liệu',
  leaflet: 'tờ',
  billboard: 'pano',
  media_item: 'tin, bài',
  newspaper_column: 'số chuyên mục',
  online_post: 'tin, bài trực tuyến',
  loudspeaker_broadcast: 'lượt phát',
  video_clip: 'video clip',
  community_event: 'cuộc',
  conference: 'hội nghị',
  training: 'lớp',
  workshop: 'buổi',
  contest: 'hội thi',
  counselling: 'buổi tư vấn',
  mobile_trial: 'phiên',
  campaign: 'chiến dịch',
  cultural_event: 'buổi',
  inspection: 'cuộc kiểm tra',
  review: 'hội nghị sơ kết, tổng kết',
  hotline_promotion: 'lượt',
  model_building: 'mô hình',
  kiosk_interactions: 'lượt tương tác',
  network_building: 'lượt',
  information_gathering: 'lượt',
  victim_support: 'trường hợp',
};

export function buildPeriodicReport(input: PeriodicReportInput): ReportDocument {
  const options = PeriodicReportOptionsSchema.parse(input);
  const { plan, agencies } = input;
  const { period, date } = options;
  const reporter = agencyAt(agencies, options.reportingAgencyId, date);
  if (!reporter) {
    throw new DomainError('AGENCY_UNKNOWN', `Không tìm thấy cơ quan báo cáo “${options.reportingAgencyId}”.`, {
      messageEn: `Unknown reporting agency "${options.reportingAgencyId}".`,
      details: { agencyId: options.reportingAgencyId },
    });
  }
  const index = areaIndex(areasForStructure(input.areas, plan.areaStructure));
  const dataPeriod = options.dataPeriod ?? period;
  const last = options.asOf < dataPeriod.to ? options.asOf : dataPeriod.to;
  const draft = options.draft ?? options.signerName === undefined;
  const consolidated =
    options.consolidated ??
    plan.reporting.some((r) => r.toAgencyId === options.reportingAgencyId || r.toAgencyId === reporter.id);
  const senderIds = new Set([options.reportingAgencyId, reporter.id]);
  // As evaluatePlan counts them: inside the plan's scope (when areas are given), each id once.
  const checkScope = index.areas.length > 0;
  const seen = new Set<string>();
  const inData = (r: ActivityRecord) => {
    if (r.status !== 'approved' || r.planId !== plan.id) return false;
    if (checkScope && !index.inScope(r.areaCode, plan)) return false;
    return consolidated || isSenderRecord(r, reporter, senderIds, index);
  };
  const own = input.records.filter(inData);
  const records = own.filter((r) => {
    if (seen.has(r.id)) return false;
    seen.add(r.id);
    return (
      r.date >= dataPeriod.from &&
      r.date <= last &&
      (options.areaCode === undefined || index.isWithin(r.areaCode, options.areaCode))
    );
  });
  const phrase = periodPhraseVi(period, plan.period);
  const symbol = options.symbol ?? agencySymbol(reporter);
  const where =
    options.areaCode === undefined ? '' : ` trên địa bàn ${index.get(options.areaCode)?.name ?? options.areaCode}`;

  const targets = plan.targets.filter((t) => t.period.from <= period.to && t.period.to >= period.from);
  const resultOf = new Map(input.results.map((r) => [r.targetId, r]));
  // The sender's share: the same evaluation over its own records (up to the same cut-off).
  const ownResultOf = consolidated
    ? undefined
    : new Map(
        evaluatePlan(plan, {
          areas: input.areas,
          records: own.filter((r) => r.date <= last),
          asOf: last,
        }).map((r) => [r.targetId, r]),
      );
  const involved = new Set<string>();
  for (const c of plan.components) {
    const named = [c.leadAgencyId, ...c.cooperatingAgencyIds];
    if (named.some((id) => senderIds.has(id) || id === reporter.parentId)) involved.add(c.id);
  }
  const judged = targets.flatMap((t): Judged[] => {
    const result = resultOf.get(t.id);
    if (!result) return [];
    if (!ownResultOf) return [{ target: t, result }];
    const mine = ownResultOf.get(t.id);
    const contributes = mine !== undefined && (mine.value > 0 || (mine.numerator ?? 0) > 0);
    if (!contributes && !(t.componentId !== undefined && involved.has(t.componentId))) return [];
    return [{ target: t, result, ...(mine ? { own: mine } : {}) }];
  });
  const narrative = options.narrative;
  const recommendations = [...paragraphsOf(narrative?.proposals), ...(options.recommendations ?? [])];
  const resultsSection = results(plan, records, judged, index, !consolidated);
  resultsSection.blocks.unshift(...paragraphsOf(narrative?.results).map(asParagraph));
  const assessed = assessment(judged, draft);
  assessed.subsections[1]?.blocks.unshift(...paragraphsOf(narrative?.difficulties).map(asParagraph));

  const sections: ReportSection[] = [
    direction(records, phrase, draft),
    resultsSection,
    assessed,
    nextSteps(plan, judged, period, draft),
    {
      number: 'V',
      title: 'Kiến nghị, đề xuất',
      blocks: [
        ...(recommendations.length > 0
          ? [{ kind: 'list' as const, items: recommendations }]
          : draft
            ? []
            : [{ kind: 'paragraph' as const, text: 'Không có kiến nghị, đề xuất.' }]),
        ...(draft ? [fillIn('kiến nghị, đề xuất với cấp trên, nếu có.')] : []),
      ],
      subsections: [],
    },
  ];

  return {
    header: {
      issuingBody: issuingBodyLines(reporter),
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      number: `Số: ${options.number ?? '      '}/BC-${symbol}`,
      placeAndDate: placeAndDateLine(options.place, date),
    },
    title: { kind: 'BÁO CÁO', summary: `Kết quả thực hiện ${plan.title}${where} ${phrase}` },
    preamble: `Thực hiện ${documentReference(plan)}, ${reporter.name} báo cáo kết quả thực hiện ${phrase}${where} như sau:`,
    ...(options.dataNote ? { dataNote: options.dataNote } : {}),
    draft,
    sections,
    recipients: {
      heading: 'Nơi nhận:',
      lines: recipientLines(plan, agencies, reporter, options.recipientAgencyId, date),
    },
    signature: {
      authority: signatureLines(signatureAuthority(reporter), options.signerTitle),
      signerName: options.signerName ?? '',
      editable: draft,
    },
    tallies: reportTallies(plan, records),
  };
}

/** The officer's text as paragraphs: one per non-blank line. */
const paragraphsOf = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
const asParagraph = (text: string): ReportBlock => ({ kind: 'paragraph', text });

/** Section II's work as numbers, one row per activity type, quantities per unit (as workBlocks counts them). */
export function reportTallies(plan: Pick<Plan, 'activities'>, records: readonly CountedRecord[]): ReportTally[] {
  const activityUnit = new Map(plan.activities.map((a) => [a.id, a.unit]));
  const byType = new Map<ActivityType, ReportTally & { firsts: Map<string, string> }>();
  for (const r of records) {
    const unit = (r.activityId !== undefined ? activityUnit.get(r.activityId) : undefined) ?? QUANTITY_UNITS_VI[r.type];
    const t = byType.get(r.type) ?? {
      type: r.type,
      label: ACTIVITY_TYPE_LABELS[r.type].vi,
      records: 0,
      units: {},
      reached: 0,
      aged14to60: 0,
      women: 0,
      children: 0,
      firsts: new Map<string, string>(),
    };
    t.records += countOf(r);
    t.units[unit] = (t.units[unit] ?? 0) + (r.quantity ?? 1);
    noteFirst(t.firsts, unit, r.date);
    t.reached += r.reached?.total ?? 0;
    t.aged14to60 += r.reached?.aged14to60 ?? 0;
    t.women += r.reached?.women ?? 0;
    t.children += r.reached?.children ?? 0;
    byType.set(r.type, t);
  }
  return [...byType.values()]
    .map(({ firsts, units, ...t }) => ({
      ...t,
      units: Object.fromEntries(unitOrder(firsts).map((unit) => [unit, units[unit] ?? 0])),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}

/** Keeps the earliest day each unit is counted on. */
function noteFirst(firsts: Map<string, string>, unit: string, date: string): void {
  const first = firsts.get(unit);
  if (first === undefined || date < first) firsts.set(unit, date);
}

/**
 * Units in the order their work began (earliest day counted, then by name): the same text whatever order the
 * records or tallies come in — a report from tallies reads as the report from the records.
 */
const unitOrder = (firsts: ReadonlyMap<string, string>): string[] =>
  [...firsts]
    .sort(([ua, da], [ub, db]) => (da < db ? -1 : da > db ? 1 : ua.localeCompare(ub, 'vi')))
    .map(([unit]) => unit);

function recipientLines(
  plan: Plan,
  agencies: readonly Agency[],
  reporter: Agency,
  recipientId: string | undefined,
  date: string,
): string[] {
  const ids: string[] = [];
  if (recipientId !== undefined) ids.push(recipientId);
  else {
    const own = plan.reporting.filter(
      (rule) => rule.fromAgencyIds.length === 0 || rule.fromAgencyIds.includes(reporter.id),
    );
    for (const rule of own.length > 0 ? own : plan.reporting) {
      ids.push(rule.toAgencyId);
      if (rule.consolidatedForAgencyId !== undefined) ids.push(rule.consolidatedForAgencyId);
    }
  }
  const names = [
    ...new Set(
      ids
        .map((id) => agencyAt(agencies, id, date))
        .filter((a): a is Agency => a !== undefined && a.id !== reporter.id)
        .map((a) => a.name),
    ),
  ];
  return [...names.map((n) => `- ${n} (b/c);`), '- Lưu: VT.'];
}

function direction(records: readonly CountedRecord[], phrase: string, draft: boolean): ReportSection {
  const items = DIRECTION_TYPES.flatMap((type) => {
    const n = records.reduce((sum, r) => sum + (r.type === type ? countOf(r) : 0), 0);
    return n > 0 ? [`${ACTIVITY_TYPE_LABELS[type].vi}: ${formatNumberVi(n)} lượt.`] : [];
  });
  const blocks: ReportBlock[] =
    items.length > 0
      ? [{ kind: 'list', items }]
      : [{ kind: 'paragraph', text: `Chưa ghi nhận kết quả về chỉ đạo, triển khai trong ${phrase}.` }];
  if (draft) blocks.push(fillIn('các văn bản chỉ đạo, hướng dẫn, kế hoạch đã ban hành và việc phân công thực hiện.'));
  return { number: 'I', title: 'Công tác chỉ đạo, triển khai', blocks, subsections: [] };
}

interface Tally {
  records: number;
  quantity: number;
  /** Quantity per unit: only quantities of the same unit are added up. */
  units: Map<string, number>;
  /** The earliest day counted per unit (unitOrder). */
  firsts: Map<string, string>;
  total: number;
  aged14to60: number;
  women: number;
  children: number;
}
const emptyTally = (): Tally => ({
  records: 0,
  quantity: 0,
  units: new Map(),
  firsts: new Map(),
  total: 0,
  aged14to60: 0,
  women: 0,
  children: 0,
});
function add(t: Tally, r: CountedRecord, unit: string): void {
  t.records += countOf(r);
  t.quantity += r.quantity ?? 1;
  t.units.set(unit, (t.units.get(unit) ?? 0) + (r.quantity ?? 1));
  noteFirst(t.firsts, unit, r.date);
  t.total += r.reached?.total ?? 0;
  t.aged14to60 += r.reached?.aged14to60 ?? 0;
  t.women += r.reached?.women ?? 0;
  t.children += r.reached?.children ?? 0;
}
/** '100 tin, bài; 7 pano; 30.240 tờ': one total per unit. */
const unitTotals = (t: Tally) =>
  unitOrder(t.firsts)
    .map((unit) => `${formatNumberVi(t.units.get(unit) ?? 0, 0)} ${unit}`)
    .join('; ');
const tallyCells = (t: Tally) => [
  formatNumberVi(t.records, 0),
  unitTotals(t),
  ...[t.total, t.aged14to60, t.women, t.children].map((n) => formatNumberVi(n, 0)),
];
const TALLY_HEADERS = [
  'STT',
  'Loại hoạt động',
  'Số lượt',
  'Số lượng',
  'Số người được tiếp cận',
  'Từ 14–60 tuổi',
  'Phụ nữ',
  'Trẻ em',
];

type Judged = { target: Target; result: TargetResult; /** The sender's share (its own records). */ own?: TargetResult };

function results(
  plan: Plan,
  records: readonly CountedRecord[],
  judged: readonly Judged[],
  index: AreaIndex,
  withShare: boolean,
): ReportSection {
  const of = componentOfRecord(plan);
  const groups = new Map<string, CountedRecord[]>();
  for (const r of records) {
    const key = of(r);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const parts = [
    ...plan.components.map((c) => ({ id: c.id, title: c.title })),
    { id: OTHER, title: 'Hoạt động khác và chỉ tiêu chung' },
  ];
  const subsections: ReportSection[] = [];
  for (const part of parts) {
    const list = groups.get(part.id) ?? [];
    const ownTargets = judged.filter(
      (j) =>
        (j.target.componentId ?? OTHER) === part.id ||
        (part.id === OTHER && !plan.components.some((c) => c.id === j.target.componentId)),
    );
    if (part.id === OTHER && list.length === 0 && ownTargets.length === 0) continue;
    subsections.push({
      number: String(subsections.length + 1),
      title: part.title,
      blocks: [...workBlocks(plan, list), ...targetBlocks(ownTargets, index, withShare)],
      subsections: [],
    });
  }
  return { number: 'II', title: 'Kết quả thực hiện', blocks: [], subsections };
}

function workBlocks(plan: Plan, records: readonly CountedRecord[]): ReportBlock[] {
  if (records.length === 0) return [{ kind: 'paragraph', text: 'Chưa có kết quả thực hiện được duyệt trong kỳ.' }];
  const byType = new Map<ActivityType, Tally>();
  const byActivity = new Map<string, Tally>();
  const sum = emptyTally();
  const activityUnit = new Map(plan.activities.map((a) => [a.id, a.unit]));
  for (const r of records) {
    const unit = (r.activityId !== undefined ? activityUnit.get(r.activityId) : undefined) ?? QUANTITY_UNITS_VI[r.type];
    const t = byType.get(r.type) ?? emptyTally();
    add(t, r, unit);
    byType.set(r.type, t);
    add(sum, r, unit);
    if (r.activityId !== undefined) {
      const a = byActivity.get(r.activityId) ?? emptyTally();
      add(a, r, unit);
      byActivity.set(r.activityId, a);
    }
  }
  const types = [...byType.keys()].sort((a, b) =>
    ACTIVITY_TYPE_LABELS[a].vi.localeCompare(ACTIVITY_TYPE_LABELS[b].vi, 'vi'),
  );
  const rows = types.map((type, i) => [
    String(i + 1),
    ACTIVITY_TYPE_LABELS[type].vi,
    ...tallyCells(byType.get(type) as Tally),
  ]);
  rows.push(['', 'Cộng', ...tallyCells(sum)]);
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: `Đã thực hiện ${formatNumberVi(sum.records)} lượt hoạt động, tiếp cận ${formatNumberVi(sum.total)} người (trong đó ${formatNumberVi(sum.aged14to60)} người từ 14–60 tuổi, ${formatNumberVi(sum.women)} phụ nữ, ${formatNumberVi(sum.children)} trẻ em).`,
    },
    { kind: 'table', caption: 'Kết quả theo loại hoạt động', headers: TALLY_HEADERS, rows },
  ];
  const items = plan.activities.flatMap((a) => {
    const t = byActivity.get(a.id);
    if (!t) return [];
    const planned =
      a.plannedQuantity === undefined
        ? ''
        : `/${formatNumberVi(a.plannedQuantity)} ${a.unit ?? ''}`.trimEnd() + ' theo kế hoạch';
    return [
      `${a.title.length > 160 ? `${a.title.slice(0, 157)}…` : a.title}: ${formatNumberVi(t.records)} lượt, số lượng ${formatNumberVi(t.quantity)}${planned}.`,
    ];
  });
  if (items.length > 0) blocks.push({ kind: 'list', items });
  return blocks;
}

function targetBlocks(judged: readonly Judged[], index: AreaIndex, withShare: boolean): ReportBlock[] {
  if (judged.length === 0) return [];
  const rows = judged.map((j, i) => {
    const { value, required } = targetResultText(j.target, j.result);
    const missing =
      j.result.missing.length === 0
        ? ''
        : listSome(
            j.result.missing.map((m) => missingItemLabel(m, (code) => index.get(code)?.name)),
            10,
          );
    const status = TARGET_STATUS_LABELS[j.result.status].vi;
    if (!withShare) return [String(i + 1), j.target.title, value, required, status, missing];
    const share = j.own ? targetResultText(j.target, j.own).value : '0';
    return [String(i + 1), j.target.title, share, value, required, status, missing];
  });
  return [
    {
      kind: 'table',
      caption: 'Kết quả thực hiện chỉ tiêu',
      headers: withShare
        ? [
            'STT',
            'Chỉ tiêu',
            'Phần của đơn vị',
            'Toàn tỉnh',
            'Yêu cầu',
            'Tình trạng (toàn tỉnh)',
            'Còn thiếu (toàn tỉnh)',
          ]
        : ['STT', 'Chỉ tiêu', 'Kết quả', 'Yêu cầu', 'Tình trạng', 'Còn thiếu'],
      rows,
    },
    { kind: 'list', items: statusNotes(judged) },
  ];
}

/**
 * Under the target table (issue 14): each status it shows once with its sentence, and each no_data target with
 * exactly what data is missing (domain statusExplanation).
 */
function statusNotes(judged: readonly Judged[]): string[] {
  const statuses = [...new Set(judged.map((j) => j.result.status))].filter((s) => s !== 'no_data');
  return [
    ...statuses.map((s) => `${TARGET_STATUS_LABELS[s].vi}: ${statusExplanation({ status: s, explanation: '' }).vi}`),
    ...judged
      .filter((j) => j.result.status === 'no_data')
      .map((j) => `${j.target.title}: ${statusExplanation(j.result).vi}`),
  ];
}

/** Statuses listed under "Tồn tại, hạn chế". */
const LIMIT_STATUSES: ReadonlySet<TargetStatus> = new Set<TargetStatus>(['at_risk', 'off_track', 'missed', 'no_data']);

function assessment(judged: readonly Judged[], draft: boolean): ReportSection {
  // A no-data explanation already opens with its status ("Chưa đủ dữ liệu: …"): say the status once.
  const line = (j: Judged) => {
    const label = TARGET_STATUS_LABELS[j.result.status].vi;
    const why = j.result.explanation.startsWith(`${label}:`)
      ? j.result.explanation
      : `${label}: ${j.result.explanation}`;
    return `${j.target.title} — ${why}`;
  };
  const strengths = judged.filter((j) => j.result.status === 'achieved').map(line);
  const limits = judged.filter((j) => LIMIT_STATUSES.has(j.result.status)).map(line);
  const sub = (number: string, title: string, items: string[], none: string): ReportSection => ({
    number,
    title,
    blocks: [
      items.length > 0 ? { kind: 'list', items } : { kind: 'paragraph', text: none },
      ...(draft ? [fillIn('nhận xét.')] : []),
    ],
    subsections: [],
  });
  return {
    number: 'III',
    title: 'Đánh giá chung',
    blocks: [],
    subsections: [
      sub('1', 'Ưu điểm', strengths, 'Chưa có chỉ tiêu nào đạt trong kỳ.'),
      sub('2', 'Tồn tại, hạn chế', limits, 'Không có chỉ tiêu chậm tiến độ hoặc không đạt.'),
    ],
  };
}

function nextSteps(plan: Plan, judged: readonly Judged[], period: Period, draft: boolean): ReportSection {
  const open = judged.filter((j) => j.result.status !== 'achieved' && j.target.period.to > period.to);
  const upcoming = plan.targets.filter((t) => t.period.from > period.to);
  const items = [
    ...judged
      .filter((j) => j.result.status === 'no_data')
      .map((j) => `Bổ sung dữ liệu địa bàn để đánh giá được chỉ tiêu: ${j.target.title}.`),
    ...open.map(
      (j) =>
        `Tiếp tục thực hiện chỉ tiêu: ${j.target.title}${j.result.missing.length > 0 ? ` (còn ${formatNumberVi(j.result.missing.length)} mục chưa đạt)` : ''}.`,
    ),
    ...upcoming.map((t) => `Triển khai chỉ tiêu: ${t.title} (từ ${formatDateVi(t.period.from)}).`),
  ];
  const blocks: ReportBlock[] =
    items.length > 0 ? [{ kind: 'list', items }] : [{ kind: 'paragraph', text: 'Duy trì kết quả đã đạt được.' }];
  if (draft) blocks.push(fillIn('nhiệm vụ trọng tâm thời gian tới.'));
  return { number: 'IV', title: 'Phương hướng, nhiệm vụ thời gian tới', blocks, subsections: [] };
}
