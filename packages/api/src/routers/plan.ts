import { IdSchema, PeriodSchema, PlanSchema } from '@pcmbn/domain';
import { z } from 'zod';
import { fromDbDate } from '../db/dates.js';
import { planFromRow } from '../db/mappers.js';
import { notFound } from '../errors.js';
import { createRouter, publicProcedure } from '../trpc.js';

const PlanStatusSchema = z.enum(['draft', 'published', 'archived']);

const PlanSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  provinceCode: z.string(),
  status: PlanStatusSchema,
  period: PeriodSchema,
  version: z.number().int(),
});

export const planRouter = createRouter({
  list: publicProcedure
    .input(z.void())
    .output(z.array(PlanSummarySchema))
    .query(async ({ ctx }) => {
      const rows = await ctx.db.plan.findMany({ orderBy: [{ periodFrom: 'desc' }, { id: 'asc' }] });
      return rows.map((row) => ({
        id: row.id,
        code: row.code,
        title: row.title,
        provinceCode: row.provinceCode,
        status: row.status,
        period: { from: fromDbDate(row.periodFrom), to: fromDbDate(row.periodTo) },
        version: row.version,
      }));
    }),

  get: publicProcedure
    .input(z.object({ id: IdSchema }))
    .output(
      z.object({
        id: z.string(),
        status: PlanStatusSchema,
        /** Send it back with an edit; a stale version is a conflict. */
        version: z.number().int(),
        updatedAt: z.date(),
        plan: PlanSchema,
      }),
    )
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.plan.findUnique({ where: { id: input.id } });
      if (!row) throw notFound({ vi: 'kế hoạch', en: 'Plan' }, input.id);
      return { id: row.id, status: row.status, version: row.version, updatedAt: row.updatedAt, plan: planFromRow(row) };
    }),
});
