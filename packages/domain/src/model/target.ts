import { z } from 'zod';
import { IdSchema, IsoDateSchema, MonthDayWindowSchema, PeriodSchema, SourceRefSchema } from './common.js';
import { ActivityTypeSchema } from './activity.js';
import { AreaLevelSchema, AreaTagSchema } from './area.js';

const AreaCodeSchema = z.string().regex(/^\d{2,5}$/);

/** Fields every target (chỉ tiêu) has. `title` is the plan's own sentence, in Vietnamese. */
const targetBase = {
  id: IdSchema,
  title: z.string().min(1),
  componentId: IdSchema.optional(),
  period: PeriodSchema,
  activityTypes: z.array(ActivityTypeSchema).min(1),
  sourceRef: SourceRefSchema.optional(),
  /** How a vague sentence was made measurable, when it had to be. */
  reading: z.string().optional(),
  /** The objective (mục tiêu) of the plan this target measures. */
  objectiveId: IdSchema.optional(),
};

/**
 * Audiences the plan names for a target ("cán bộ cấp huyện, cấp xã", "phụ nữ"). Informational only: records carry
 * no audience, so evaluation does not filter on it; reports and forms show it next to the target.
 */
const audiencesField = { audiences: z.array(z.string().min(1)).optional() };

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

export const TargetStatusSchema = z.enum(['not_started', 'on_track', 'at_risk', 'off_track', 'achieved', 'missed']);
export type TargetStatus = z.infer<typeof TargetStatusSchema>;

export const TARGET_STATUS_LABELS: Record<TargetStatus, { vi: string; en: string }> = {
  not_started: { vi: 'Chưa bắt đầu', en: 'Not started' },
  on_track: { vi: 'Đúng tiến độ', en: 'On track' },
  at_risk: { vi: 'Có nguy cơ chậm', en: 'At risk' },
  off_track: { vi: 'Chậm tiến độ', en: 'Off track' },
  achieved: { vi: 'Đã đạt', en: 'Achieved' },
  missed: { vi: 'Không đạt', en: 'Missed' },
};

/** What evaluatePlan returns for one target. */
export const TargetResultSchema = z.object({
  targetId: IdSchema,
  kind: z.enum(['area_coverage', 'cadence', 'population_reach', 'output_count', 'deadline']),
  status: TargetStatusSchema,
  /** Percent for coverage/reach, count of periods met for cadence, quantity for output, 0/1 for deadline. */
  value: z.number(),
  threshold: z.number(),
  /** Where the status is judged against time elapsed: threshold × elapsed days / total days. */
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
  /** One Vietnamese sentence. */
  explanation: z.string(),
});
export type TargetResult = z.infer<typeof TargetResultSchema>;
