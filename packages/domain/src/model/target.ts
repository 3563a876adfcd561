import { z } from 'zod';
import { IdSchema, IsoDateSchema, MonthDayWindowSchema, PeriodSchema, SourceRefSchema } from './common.js';
import { ActivityTypeSchema } from './activity.js';
import { AreaLevelSchema, AreaTagSchema } from './area.js';
import { AreaCodeSchema } from '../vocabulary/codes.js';

/**
 * Where the measured value stood before the plan (IATI results standard: baseline value and year): in the
 * target's own unit — a percent for area_coverage and population_reach, a count for output_count — on `date`.
 * Shown beside the actual; it does not change the status (the threshold is what the plan asks).
 */
export const BaselineSchema = z.object({
  value: z.number({ error: 'Giá trị ban đầu phải là số' }).min(0, { error: 'Giá trị ban đầu không được âm' }),
  date: IsoDateSchema,
  note: z.string().optional(),
});
export type Baseline = z.infer<typeof BaselineSchema>;

/** Fields every target (chỉ tiêu) has. `title` is the plan's own sentence, in Vietnamese. */
const targetBase = {
  id: IdSchema,
  title: z.string().min(1),
  componentId: IdSchema.optional(),
  period: PeriodSchema,
  activityTypes: z.array(ActivityTypeSchema).min(1),
  /**
   * The plan's activities this target measures (issue 14 item 5: the women's-union class target counts the class
   * of activity 2-2-2, not the seven officer classes of 2-2-1). When set, a record of another activity does not
   * count, nor one outside its activity's year or planned places; a record that names no activity still counts
   * by its type. Absent: every record of activityTypes counts (each still inside its own activity's period).
   */
  activityIds: z.array(IdSchema).optional(),
  sourceRef: SourceRefSchema.optional(),
  /** How a vague sentence was made measurable, when it had to be. */
  reading: z.string().optional(),
  /** The objective (mục tiêu) of the plan this target measures. */
  objectiveId: IdSchema.optional(),
  baseline: BaselineSchema.optional(),
};

/**
 * Audiences the plan names for a target ("cán bộ cấp huyện, cấp xã", "phụ nữ"). Informational only: records carry
 * no audience, so evaluation does not filter on it; reports and forms show it next to the target.
 */
const audiencesField = { audiences: z.array(z.string().min(1)).optional() };

/**
 * How much of a cumulative target (area_coverage, output_count, population_reach) is expected by a given day, and
 * so whether it is on track:
 * - `linear`: threshold × elapsed days / days of the period — cumulative work spread over the period ("100% xã
 *   được nhận tài liệu" over 2018–2020).
 * - `by_due_date`: nothing is owed before `dueDate` (default: the period's last day); unmet, it is at risk in the
 *   last DEADLINE_WARNING_DAYS days before it, off track after it — one-off or dated outputs ("Xây dựng 03 Pano"
 *   in the roadmap year 2017).
 * - `milestones`: `percent` of the threshold by each `by` date ("75% by 2018, 100% by 2020", Đề án 1 of
 *   1090/QĐ-BTTTT), growing linearly between the period's start and the first milestone and between milestones.
 * Absent: derived by targetExpectation() (rules/targets/status.ts).
 */
export const MilestoneSchema = z.object({ by: IsoDateSchema, percent: z.number().min(0).max(100) });
export type Milestone = z.infer<typeof MilestoneSchema>;
export const ExpectationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('linear') }),
  z.object({ kind: z.literal('by_due_date'), dueDate: IsoDateSchema.optional() }),
  z.object({
    kind: z.literal('milestones'),
    milestones: z
      .array(MilestoneSchema)
      .min(1)
      .refine((ms) => ms.every((m, i) => i === 0 || (m.by > ms[i - 1]!.by && m.percent >= ms[i - 1]!.percent)), {
        error: 'Các mốc phải theo thứ tự ngày tăng dần, tỷ lệ không giảm',
      }),
  }),
]);
export type Expectation = z.infer<typeof ExpectationSchema>;
const expectationField = { expectation: ExpectationSchema.optional() };

/** Share of areas at `level` (with all `areaTags`) having ≥ minRecordsPerArea records. */
export const AreaCoverageTargetSchema = z.object({
  ...targetBase,
  kind: z.literal('area_coverage'),
  level: AreaLevelSchema,
  areaTags: z.array(AreaTagSchema).default([]),
  /** Restrict to the areas under this one (a district plan); default: the plan's whole province. */
  withinAreaCode: AreaCodeSchema.optional(),
  minRecordsPerArea: z.number().int().positive().default(1),
  thresholdPercent: z.number().min(0).max(100),
  ...audiencesField,
  ...expectationField,
});

/** At least minPerPeriod records in every calendar month/quarter/year of the period. */
export const CadenceTargetSchema = z.object({
  ...targetBase,
  kind: z.literal('cadence'),
  every: z.enum(['month', 'quarter', 'year']),
  minPerPeriod: z.number().int().positive().default(1),
  /**
   * Only records dated inside this yearly window count, and a bucket is judged once its part of the window has
   * passed (Trà Vinh: the yearly 30/7 campaign "trong thời gian từ 1/7 đến 1/8"). Buckets that the window misses
   * entirely (a month outside it, a first year starting after it) are not counted.
   */
  window: MonthDayWindowSchema.optional(),
});

/** People reached, capped per area at its population, over the population of tagged areas. */
export const PopulationReachTargetSchema = z.object({
  ...targetBase,
  kind: z.literal('population_reach'),
  areaTags: z.array(AreaTagSchema).default([]),
  group: z.enum(['total', 'aged14to60', 'women', 'children']).default('aged14to60'),
  thresholdPercent: z.number().min(0).max(100),
  ...expectationField,
});

/** Total quantity of records of activityTypes, within areaCodes (and descendants) if given. */
export const OutputCountTargetSchema = z.object({
  ...targetBase,
  kind: z.literal('output_count'),
  minQuantity: z.number().int().positive(),
  areaCodes: z.array(AreaCodeSchema).optional(),
  /** Each of these must have at least one record (e.g. the three billboard sites). */
  requiredAreaCodes: z.array(AreaCodeSchema).optional(),
  ...audiencesField,
  ...expectationField,
});

/** A record of activityTypes on or before dueDate. */
export const DeadlineTargetSchema = z.object({
  ...targetBase,
  kind: z.literal('deadline'),
  dueDate: IsoDateSchema,
});

export const TargetSchema = z.discriminatedUnion('kind', [
  AreaCoverageTargetSchema,
  CadenceTargetSchema,
  PopulationReachTargetSchema,
  OutputCountTargetSchema,
  DeadlineTargetSchema,
]);
export type Target = z.infer<typeof TargetSchema>;
export type TargetInput = z.input<typeof TargetSchema>;
export type TargetKind = Target['kind'];
export type AreaCoverageTarget = z.infer<typeof AreaCoverageTargetSchema>;
export type CadenceTarget = z.infer<typeof CadenceTargetSchema>;
export type PopulationReachTarget = z.infer<typeof PopulationReachTargetSchema>;
export type OutputCountTarget = z.infer<typeof OutputCountTargetSchema>;
export type DeadlineTarget = z.infer<typeof DeadlineTargetSchema>;

/**
 * `no_data`: the target cannot be measured with the data at hand (no area carries the tag it selects, no
 * population figure): it is neither on track nor failing, and the result's `dataGaps` says what to supply.
 */
export const TargetStatusSchema = z.enum([
  'not_started',
  'on_track',
  'at_risk',
  'off_track',
  'achieved',
  'missed',
  'no_data',
]);
export type TargetStatus = z.infer<typeof TargetStatusSchema>;

/** What each status means, one sentence each (tooltips, legends, report notes). */
export const TARGET_STATUS_EXPLANATIONS: Record<TargetStatus, { vi: string; en: string }> = {
  not_started: {
    vi: 'Thời gian thực hiện chỉ tiêu chưa bắt đầu.',
    en: 'The period of the target has not begun yet.',
  },
  on_track: {
    vi: 'Kết quả đến nay bằng hoặc vượt mức cần có theo tiến độ, hoặc chưa đến hạn hoàn thành.',
    en: 'What has been done so far meets what is due by now, or the target is not due yet.',
  },
  at_risk: {
    vi: 'Kết quả đến nay thấp hơn mức cần có theo tiến độ nhưng chưa quá 20%, hoặc sắp đến hạn mà chưa đạt.',
    en: 'What has been done so far is short of what is due by now by less than 20%, or the due date is near and the target is not met.',
  },
  off_track: {
    vi: 'Kết quả đến nay thấp hơn mức cần có theo tiến độ từ 20% trở lên, hoặc đã quá hạn mà chưa đạt.',
    en: 'What has been done so far is short of what is due by now by 20% or more, or the due date has passed and the target is not met.',
  },
  achieved: {
    vi: 'Chỉ tiêu đã đạt.',
    en: 'The target has been met.',
  },
  missed: {
    vi: 'Thời gian thực hiện đã kết thúc (hoặc một kỳ bắt buộc đã qua) mà chỉ tiêu không đạt.',
    en: 'The period has ended (or a required sub-period has passed) without the target being met.',
  },
  no_data: {
    vi: 'Chưa thể đánh giá vì còn thiếu dữ liệu về địa bàn (nhãn địa bàn hoặc số liệu dân số).',
    en: 'The target cannot be judged yet because data about the areas (area tags or population figures) is missing.',
  },
};

/**
 * What an officer must supply before a target can be measured (status `no_data`), for the admin to link to the
 * place where it is entered:
 * - `area_tag`: no area in the plan's scope carries `tag` (`tagged` areas do, out of `candidates` at `level`
 *   inside `withinAreaCode`).
 * - `population`: `missing` of the `of` areas at `level` that the target measures have no population figure for
 *   `group` (`areaCodes` lists them); when no area carries the target's tags, every area at `level` in scope.
 * - `areas`: the area list of the plan's structure has no unit at `level` inside `withinAreaCode`.
 */
export const DataGapSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('area_tag'),
    tag: AreaTagSchema,
    level: AreaLevelSchema,
    withinAreaCode: AreaCodeSchema,
    tagged: z.number().int().nonnegative(),
    candidates: z.number().int().nonnegative(),
  }),
  z.object({
    kind: z.literal('population'),
    group: z.enum(['total', 'aged14to60', 'women', 'children']),
    level: AreaLevelSchema,
    missing: z.number().int().nonnegative(),
    of: z.number().int().nonnegative(),
    areaCodes: z.array(z.string()),
  }),
  z.object({ kind: z.literal('areas'), level: AreaLevelSchema, withinAreaCode: AreaCodeSchema }),
]);
export type DataGap = z.infer<typeof DataGapSchema>;
/** What evaluatePlan returns for one target. */
export const TargetResultSchema = z.object({
  targetId: IdSchema,
  kind: z.enum(['area_coverage', 'cadence', 'population_reach', 'output_count', 'deadline']),
  status: TargetStatusSchema,
  /** Percent for coverage/reach, count of periods met for cadence, quantity for output, 0/1 for deadline. */
  value: z.number(),
  threshold: z.number(),
  /**
   * What is due by asOf under the target's expectation (linear: threshold × elapsed days / total days; by_due_date:
   * the threshold once the due date has passed; milestones: interpolated), when the status was judged against it.
   */
  expected: z.number().optional(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  /** Area codes or periods ('2019-03', '2019-Q2', '2019') not yet covered. */
  missing: z.array(z.string()),
  /**
   * population_reach only: area codes that carry the target's tags but have no population figure for its group,
   * left out of numerator and denominator (the explanation counts them).
   */
  excluded: z.array(z.string()).optional(),
  /** no_data (and population_reach with some areas left out): what data is missing. */
  dataGaps: z.array(DataGapSchema).optional(),
  /** One Vietnamese sentence. */
  explanation: z.string(),
  /** The same sentence in English, for no_data results. */
  explanationEn: z.string().optional(),
});
export type TargetResult = z.infer<typeof TargetResultSchema>;

/** Why evaluatePlan left out an approved record of the plan. */
export const IgnoredRecordReasonSchema = z.enum([
  /** The record's area is a unit of the plan's structure outside the plan's province or scope. */
  'outside_plan_area',
  /** The record's area code is not a unit of the plan's structure (another structure, another province, a typo). */
  'unknown_area',
  /** Another record with the same id was already counted (a record counts once). */
  'duplicate_id',
]);
export type IgnoredRecordReason = z.infer<typeof IgnoredRecordReasonSchema>;
export const IgnoredRecordSchema = z.object({
  recordId: z.string(),
  areaCode: z.string(),
  reason: IgnoredRecordReasonSchema,
});
export type IgnoredRecord = z.infer<typeof IgnoredRecordSchema>;

/**
 * What evaluatePlan returns: one result per target, in the plan's order, as an array (so every caller that maps
 * or finds over it keeps working), carrying `ignoredRecords` as a non-enumerable property — it does not take
 * part in equality checks of the results nor in JSON of the array; copy it explicitly to send it on.
 */
export type PlanEvaluation = TargetResult[] & { readonly ignoredRecords: readonly IgnoredRecord[] };
