import {
  AreaCodeSchema,
  IdSchema,
  IsoDateSchema,
  PeriodSchema,
  PlanIssueSchema,
  PlanSchema,
  ProvinceCodeSchema,
  TargetResultSchema,
  TargetSchema,
  TargetStatusSchema,
} from '@pcmbn/domain';
import { z } from 'zod';

/** Inputs and outputs of plan.* — one place, so the admin forms and the tests see the same shapes. */

export const PlanStatusSchema = z.enum(['draft', 'published', 'archived']);
const VersionSchema = z.number().int().positive();

export const PlanListInputSchema = z
  .object({
    provinceCode: ProvinceCodeSchema.optional(),
    status: PlanStatusSchema.optional(),
    /** Plans derived from this one (district plans of a provincial plan). */
    parentPlanId: IdSchema.optional(),
  })
  .optional();

export const PlanSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
  provinceCode: z.string(),
  status: PlanStatusSchema,
  period: PeriodSchema,
  version: z.number().int(),
  /** The district (or commune) a derived plan covers; null for a provincial plan. */
  scopeAreaCode: z.string().nullable(),
  scopeAreaName: z.string().nullable(),
  parentPlanId: z.string().nullable(),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

const PlanRefSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  status: PlanStatusSchema,
  scopeAreaCode: z.string().nullable(),
});

export const PlanGetOutputSchema = z.object({
  id: z.string(),
  status: PlanStatusSchema,
  /** Send it back with an edit; a stale version is a conflict. */
  version: z.number().int(),
  updatedAt: z.date(),
  plan: PlanSchema,
  /** Agency id → name in force on the plan's issue date, and today (Sở TT&TT → Sở KH&CN from 1/3/2025). */
  agencyNames: z.object({
    atIssue: z.record(z.string(), z.string()),
    today: z.record(z.string(), z.string()),
    todayDate: IsoDateSchema,
  }),
  scopeAreaName: z.string().nullable(),
  parent: PlanRefSchema.nullable(),
  children: z.array(PlanRefSchema),
  /** What the caller may do: write the whole document, or edit only its agency's parts. */
  access: z.object({ write: z.boolean(), editParts: z.boolean() }),
  /** validatePlan warnings (errors cannot be stored). */
  warnings: z.array(PlanIssueSchema),
});

export const PlanCreateInputSchema = z.object({ document: PlanSchema });
export const PlanUpdateInputSchema = z.object({ id: IdSchema, version: VersionSchema, document: PlanSchema });
export const PlanStatusChangeInputSchema = z.object({ id: IdSchema, version: VersionSchema });
export const PlanWriteOutputSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  status: PlanStatusSchema,
  warnings: z.array(PlanIssueSchema),
});

export const PlanDeriveDistrictInputSchema = z.object({
  id: IdSchema,
  districtCode: AreaCodeSchema,
  /** Number and symbol of the district's document; default the provincial one's. */
  code: z.string().trim().min(1).optional(),
  title: z.string().trim().min(1).optional(),
  issuedOn: IsoDateSchema.optional(),
  /** The district committee that issues it; default: found from the agency catalogue. */
  agencyId: IdSchema.optional(),
});
export const PlanDeriveDistrictOutputSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  status: PlanStatusSchema,
  dropped: z.array(z.object({ list: z.enum(['targets', 'activities']), id: z.string(), reason: z.string() })),
});

export const PlanStatusInputSchema = z.object({ id: IdSchema, asOf: IsoDateSchema.optional() });
export const PlanStatusOutputSchema = z.object({
  planId: z.string(),
  asOf: IsoDateSchema,
  results: z.array(TargetResultSchema),
  /** Names of the area codes in results' `missing` and `excluded` lists (communes by name, not by code). */
  areaNames: z.record(z.string(), z.string()),
  /** Approved records counted (the plan's and its derived plans'). */
  recordCount: z.number().int(),
});

/** plan.carryPreview / plan.carry (issue 14 item 6): the plan read in a later administrative structure from a date. */
export const PlanCarryPreviewInputSchema = z.object({
  id: IdSchema,
  /** First day the new structure applies to the plan's records. */
  from: IsoDateSchema,
  /** The new structure; the 01/07/2025 two-level list by default. */
  structure: IsoDateSchema.default('2025-07-01'),
});

export const PlanCarryInputSchema = PlanCarryPreviewInputSchema.extend({
  version: VersionSchema,
  /** Old commune code → the new units an officer chose for it (split or unknown successors); [] for none. */
  decisions: z
    .record(AreaCodeSchema, z.array(AreaCodeSchema).max(50))
    .refine((d) => Object.keys(d).length <= 2000, { error: 'Quá nhiều quyết định' })
    .default({}),
});

const SuccessorSchema = z.object({
  code: z.string(),
  structure: IsoDateSchema,
  name: z.string(),
  provinceName: z.string().optional(),
  coverage: z.enum(['full', 'partial']),
});
const CarryPlaceSchema = z.object({ code: z.string(), name: z.string(), to: z.array(SuccessorSchema) });

export const PlanCarryPreviewSchema = z.object({
  planId: z.string(),
  version: z.number().int(),
  from: IsoDateSchema,
  structure: IsoDateSchema,
  provinceCode: z.string().optional(),
  provinceName: z.string().optional(),
  units: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      /** The old district, to tell units of the same name apart. */
      parentName: z.string().nullable(),
      level: z.enum(['province', 'district', 'commune']),
      outcome: z.enum(['same', 'merged', 'split', 'unknown']),
      successors: z.array(SuccessorSchema),
      unknown: z.boolean(),
      needsDecision: z.boolean(),
    }),
  ),
  targets: z.array(z.object({ id: z.string(), title: z.string(), places: z.array(CarryPlaceSchema) })),
  activities: z.array(z.object({ id: z.string(), title: z.string(), places: z.array(CarryPlaceSchema) })),
  /** The new province's units an officer may choose from for a unit that needs a decision. */
  choices: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Set when the plan is already carried. */
  carried: z.object({ from: IsoDateSchema, structure: IsoDateSchema }).nullable(),
});
export type PlanCarryPreview = z.infer<typeof PlanCarryPreviewSchema>;

/**
 * plan.previewTarget: one target as typed in the editor, evaluated against the plan's records (nothing saved). One
 * target a call: a query travels in the URL, and the editor previews the target being typed.
 */
export const PlanPreviewTargetInputSchema = z.object({
  id: IdSchema,
  target: TargetSchema,
  asOf: IsoDateSchema.optional(),
});

export const PlanPreviewTargetOutputSchema = z.object({
  asOf: IsoDateSchema,
  targetId: z.string(),
  status: TargetStatusSchema,
  value: z.number(),
  threshold: z.number(),
  /** The domain's sentence for this result (figures included: the editor is for officers). */
  explanation: z.string(),
  /** What the status means (statusExplanation). */
  meaning: z.string(),
});
