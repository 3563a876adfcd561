import { IdSchema, IsoDateSchema } from '@pcmbn/domain';
import { z } from 'zod';
import {
  byArea,
  byComponent,
  ByAreaOutputSchema,
  ByComponentOutputSchema,
  CoverageGridOutputSchema,
  grid,
  overTime,
  OverTimeOutputSchema,
} from '../plans/dashboard.js';
import type { Context } from '../server/context.js';
import { authedProcedure, createRouter } from '../trpc.js';

/**
 * Dashboards may be a replication delay old (docs/deploy.md): they read the streaming replica when
 * DATABASE_REPLICA_URL is set, keeping the primary for writes and for what must read its own writes (plan.status,
 * records, reports).
 */
const stale = (ctx: Context) => ctx.replicaDb ?? ctx.db;

/** The admin dashboard: per plan, per area and component, over time, and the coverage grid. Signed-in users who may read the plan. */
export const dashboardRouter = createRouter({
  byArea: authedProcedure
    .input(
      z.object({
        planId: IdSchema,
        asOf: IsoDateSchema.optional(),
        level: z.enum(['district', 'commune']).default('commune'),
      }),
    )
    .output(ByAreaOutputSchema)
    .query(({ ctx, input }) => byArea(stale(ctx), ctx.user, input)),

  byComponent: authedProcedure
    .input(z.object({ planId: IdSchema, asOf: IsoDateSchema.optional() }))
    .output(ByComponentOutputSchema)
    .query(({ ctx, input }) => byComponent(stale(ctx), ctx.user, input)),

  overTime: authedProcedure
    .input(
      z.object({
        planId: IdSchema,
        from: IsoDateSchema.optional(),
        to: IsoDateSchema.optional(),
        every: z.enum(['month', 'quarter']).default('month'),
      }),
    )
    .output(OverTimeOutputSchema)
    .query(({ ctx, input }) => overTime(stale(ctx), ctx.user, input)),

  coverageGrid: authedProcedure
    .input(z.object({ planId: IdSchema, targetId: IdSchema.optional(), asOf: IsoDateSchema.optional() }))
    .output(CoverageGridOutputSchema)
    .query(({ ctx, input }) => grid(stale(ctx), ctx.user, input)),
});
