import { IdSchema } from '@pcmbn/domain';
import { z } from 'zod';
import { planCarry, planCarryPreview } from '../plans/carry.js';
import { changePlanStatus, createPlan, deriveDistrict, updatePlan } from '../plans/mutations.js';
import { previewTarget } from '../plans/preview.js';
import { getPlan, listPlans, planStatus } from '../plans/queries.js';
import {
  PlanCarryInputSchema,
  PlanCarryPreviewInputSchema,
  PlanCarryPreviewSchema,
  PlanCreateInputSchema,
  PlanDeriveDistrictInputSchema,
  PlanDeriveDistrictOutputSchema,
  PlanGetOutputSchema,
  PlanListInputSchema,
  PlanPreviewTargetInputSchema,
  PlanPreviewTargetOutputSchema,
  PlanStatusChangeInputSchema,
  PlanStatusInputSchema,
  PlanStatusOutputSchema,
  PlanSummarySchema,
  PlanUpdateInputSchema,
  PlanWriteOutputSchema,
} from '../plans/schemas.js';
import { authedProcedure, createRouter, publicProcedure } from '../trpc.js';

/**
 * Plans (kế hoạch). Reads are public for published plans and role-scoped for signed-in users; every change goes
 * through authedProcedure (one transaction with its audit row) and the scope helpers, in src/plans/*.
 */
export const planRouter = createRouter({
  list: publicProcedure
    .input(PlanListInputSchema)
    .output(z.array(PlanSummarySchema))
    .query(({ ctx, input }) => listPlans(ctx.db, ctx.user, input ?? {})),

  get: publicProcedure
    .input(z.object({ id: IdSchema }))
    .output(PlanGetOutputSchema)
    .query(({ ctx, input }) => getPlan(ctx.db, ctx.user, input.id)),

  /** A new plan from a full document; stored as a draft. */
  create: authedProcedure
    .input(PlanCreateInputSchema)
    .output(PlanWriteOutputSchema)
    .mutation(({ ctx, input }) => createPlan(ctx, input.document)),

  /** Replaces the document; `version` must be the one read (else CONFLICT), and goes up by one. */
  update: authedProcedure
    .input(PlanUpdateInputSchema)
    .output(PlanWriteOutputSchema)
    .mutation(({ ctx, input }) => updatePlan(ctx, input)),

  publish: authedProcedure
    .input(PlanStatusChangeInputSchema)
    .output(PlanWriteOutputSchema)
    .mutation(({ ctx, input }) => changePlanStatus(ctx, 'publish', input)),

  archive: authedProcedure
    .input(PlanStatusChangeInputSchema)
    .output(PlanWriteOutputSchema)
    .mutation(({ ctx, input }) => changePlanStatus(ctx, 'archive', input)),

  /** A district plan copied from a provincial one (domain deriveDistrictPlan); returns what could not be carried over. */
  deriveDistrict: authedProcedure
    .input(PlanDeriveDistrictInputSchema)
    .output(PlanDeriveDistrictOutputSchema)
    .mutation(({ ctx, input }) => deriveDistrict(ctx, input)),

  /** evaluatePlan results as of `asOf` (default today in Vietnam), with the derived plans' records rolled up. */
  status: authedProcedure
    .input(PlanStatusInputSchema)
    .output(PlanStatusOutputSchema)
    .query(({ ctx, input }) => planStatus(ctx.db, ctx.user, input)),

  /** A target as typed in the editor, evaluated against the plan's approved records; nothing is saved. */
  previewTarget: authedProcedure
    .input(PlanPreviewTargetInputSchema)
    .output(PlanPreviewTargetOutputSchema)
    .query(({ ctx, input }) => previewTarget(ctx.db, ctx.user, input)),

  /** What carrying the plan onto a later administrative structure from a date would do (issue 14 item 6). */
  carryPreview: authedProcedure
    .input(PlanCarryPreviewInputSchema)
    .output(PlanCarryPreviewSchema)
    .query(({ ctx, input }) => planCarryPreview(ctx, input)),

  /** Carries the plan: records from `from` on are entered at units of the new structure; targets span both. */
  carry: authedProcedure
    .input(PlanCarryInputSchema)
    .output(PlanWriteOutputSchema)
    .mutation(({ ctx, input }) => planCarry(ctx, input)),
});
