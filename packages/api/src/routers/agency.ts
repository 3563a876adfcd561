import { AgencySchema } from '@pcmbn/domain';
import { z } from 'zod';
import { todayInVietnam, toDbDate } from '../db/dates.js';
import { agencyFromRow } from '../db/mappers.js';
import { createRouter, publicProcedure } from '../trpc.js';
import { AsOfSchema, ProvinceCodeSchema } from './inputs.js';

export const agencyRouter = createRouter({
  /** Agencies in force on `asOf` (default: today in Vietnam), optionally of one province. */
  list: publicProcedure
    .input(z.object({ provinceCode: ProvinceCodeSchema.optional(), asOf: AsOfSchema }).default({}))
    .output(z.array(AgencySchema))
    .query(async ({ ctx, input }) => {
      const asOf = toDbDate(input.asOf ?? todayInVietnam());
      const rows = await ctx.db.agency.findMany({
        where: {
          ...(input.provinceCode ? { provinceCode: input.provinceCode } : {}),
          AND: [
            { OR: [{ validFrom: null }, { validFrom: { lte: asOf } }] },
            { OR: [{ validTo: null }, { validTo: { gte: asOf } }] },
          ],
        },
        orderBy: [{ provinceCode: 'asc' }, { name: 'asc' }],
      });
      return rows.map(agencyFromRow);
    }),
});
