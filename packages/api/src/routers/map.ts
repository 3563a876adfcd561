import { IdSchema, IsoDateSchema, ProvinceCodeSchema, todayInHoChiMinh } from '@pcmbn/domain';
import { z } from 'zod';
import { planCoverageMap, PlanCoverageMapSchema, provinceMap, ProvinceMapSchema } from '../map/coverage.js';
import { LIMITS } from '../server/rate-limit.js';
import { authedProcedure, createRouter, publicCached, publicProcedure } from '../trpc.js';

/**
 * Commune maps (issue 15 item 5, issue 16 item 7): SVG paths of today's communes, coloured by coverage. The public
 * map is the same for everyone and only moves with a closed quarter, so it is answered from the public cache.
 */
export const mapRouter = createRouter({
  province: publicProcedure
    .use(publicCached('public', LIMITS.publicRead))
    .input(z.object({ provinceCode: ProvinceCodeSchema }))
    .output(ProvinceMapSchema)
    .query(({ ctx, input }) => provinceMap(ctx.db, input.provinceCode, todayInHoChiMinh())),

  planCoverage: authedProcedure
    .input(z.object({ planId: IdSchema, targetId: IdSchema.optional(), asOf: IsoDateSchema.optional() }))
    .output(PlanCoverageMapSchema)
    .query(({ ctx, input }) => planCoverageMap(ctx.db, ctx.user, input, todayInHoChiMinh())),
});
