import { z } from 'zod';
import {
  IdSchema,
  IsoDateSchema,
  MonthDaySchema,
  MonthDayWindowSchema,
  PeriodSchema,
  SourceRefSchema,
} from './common.js';
import { ActivitySchema } from './activity.js';
import { TargetSchema } from './target.js';
import { ReportingRuleSchema } from './reporting.js';
import { AreaCodeSchema, ProvinceCodeSchema } from '../vocabulary/codes.js';

/** A document the plan is based on (căn cứ pháp lý). */
export const LegalBasisSchema = z.object({
  code: z.string().min(1).optional(), // '2546/QĐ-TTg'
  title: z.string().min(1),
  issuer: z.string().min(1).optional(),
  issuedOn: IsoDateSchema.optional(),
});
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/** Sub-project (tiểu đề án) or content area with one lead agency (chủ trì) and cooperating ones (phối hợp). */
export const ComponentSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  leadAgencyId: IdSchema,
  cooperatingAgencyIds: z.array(IdSchema).default([]),
  description: z.string().optional(),
  sourceRef: SourceRefSchema.optional(),
});
export type Component = z.infer<typeof ComponentSchema>;

/** What the plan asks of one agency (nhiệm vụ), one entry per sentence of "Tổ chức thực hiện". */
export const DutySchema = z.object({
  id: IdSchema,
  agencyId: IdSchema,
  role: z.enum(['lead', 'cooperate', 'fund', 'report', 'implement']),
  componentIds: z.array(IdSchema).default([]),
  text: z.string().min(1),
  sourceRef: SourceRefSchema.optional(),
});
export type Duty = z.infer<typeof DutySchema>;

/** Objective (mục đích, mục tiêu) in the plan's words. */
export const ObjectiveSchema = z.object({
  id: IdSchema,
  text: z.string().min(1),
  sourceRef: SourceRefSchema.optional(),
});

/**
 * A recurring day ('MM-DD') with its campaign window and, inside it, its peak: Trà Vinh 651 III.2.a "trong thời gian
 * từ 1/7 đến 1/8, cao điểm trong tuần cuối tháng 7" = date 07-30, window 07-01–08-01, peak 07-25–07-31.
 */
export const ObservanceSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  date: MonthDaySchema,
  window: MonthDayWindowSchema.optional(),
  /** The peak weeks inside the window (cao điểm); validatePlan checks that it lies inside `window`. */
  peak: MonthDayWindowSchema.optional(),
  sourceRef: SourceRefSchema.optional(),
});
export type Observance = z.infer<typeof ObservanceSchema>;

/**
 * The plan carried onto a later administrative structure (rules/areas/carry.ts): records dated from `from` on are entered
 * at units of `structure`; `areaMap` says, for each unit of the plan's own structure in its area (communes,
 * districts, the province), the new units it maps to — the succession links plus an officer's decisions where a
 * unit was split or its successor is unknown.
 */
export const PlanCarrySchema = z
  .object({
    from: IsoDateSchema,
    structure: IsoDateSchema,
    provinceCode: ProvinceCodeSchema,
    areaMap: z.record(AreaCodeSchema, z.array(AreaCodeSchema)),
  })
  .refine((c) => c.from >= c.structure, {
    error: 'Ngày chuyển không được trước ngày của cơ cấu hành chính mới',
    path: ['from'],
  });
export type PlanCarry = z.infer<typeof PlanCarrySchema>;

export const PlanSchema = z.object({
  id: IdSchema,
  /** Number and symbol of the issuing document, e.g. '651/QĐ-UBND'. */
  code: z.string().min(1),
  title: z.string().min(1),
  issuer: z.string().min(1),
  issuedOn: IsoDateSchema,
  signer: z.string().optional(),
  provinceCode: ProvinceCodeSchema,
  /** Date of the administrative structure the plan's area codes belong to (codes are reused later). */
  areaStructure: IsoDateSchema,
  /** Carried onto a later structure from a date (the 01/07/2025 reform); absent: one structure throughout. */
  carry: PlanCarrySchema.optional(),
  /** A district plan made from a provincial one covers only this area and rolls up into the parent. */
  scopeAreaCode: AreaCodeSchema.optional(),
  parentPlanId: IdSchema.optional(),
  period: PeriodSchema,
  legalBases: z.array(LegalBasisSchema).default([]),
  parentProgramme: z.object({ code: z.string().optional(), title: z.string().min(1) }).optional(),
  objectives: z.array(ObjectiveSchema).default([]),
  components: z.array(ComponentSchema).default([]),
  duties: z.array(DutySchema).default([]),
  activities: z.array(ActivitySchema).default([]),
  targets: z.array(TargetSchema).default([]),
  reporting: z.array(ReportingRuleSchema).default([]),
  observances: z.array(ObservanceSchema).default([]),
  funding: z.string().optional(),
});
export type Plan = z.infer<typeof PlanSchema>;
export type PlanInput = z.input<typeof PlanSchema>;
