import { AreaLevelSchema, AreaSchema, IsoDateSchema } from '@pcmbn/domain';
import { z } from 'zod';
import { fromDbDate, toDbDate } from '../db/dates.js';
import { areaFromRow } from '../db/mappers.js';
import { createRouter, publicProcedure } from '../trpc.js';
import { ProvinceCodeSchema } from './inputs.js';

const ProvinceSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  /** Structures (dates) this province has units for, newest first. */
  structures: z.array(IsoDateSchema),
});

const LEVEL_ORDER = { province: 0, district: 1, commune: 2 } as const;

export const areaRouter = createRouter({
  provinces: publicProcedure
    .input(z.void())
    .output(z.array(ProvinceSummarySchema))
    .query(async ({ ctx }) => {
      const rows = await ctx.db.area.findMany({
        where: { level: 'province' },
        select: { code: true, name: true, structure: true },
        orderBy: [{ code: 'asc' }, { structure: 'desc' }],
      });
      const byCode = new Map<string, z.infer<typeof ProvinceSummarySchema>>();
      for (const row of rows) {
        const entry = byCode.get(row.code);
        if (entry) entry.structures.push(fromDbDate(row.structure));
        else byCode.set(row.code, { code: row.code, name: row.name, structures: [fromDbDate(row.structure)] });
      }
      return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    }),

  list: publicProcedure
    .input(
      z.object({
        provinceCode: ProvinceCodeSchema,
        /** Default: the newest structure loaded for the province. */
        structure: IsoDateSchema.optional(),
        level: AreaLevelSchema.optional(),
      }),
    )
    .output(z.array(AreaSchema))
    .query(async ({ ctx, input }) => {
      let structure = input.structure ? toDbDate(input.structure) : undefined;
      if (!structure) {
        const newest = await ctx.db.area.findFirst({
          where: { provinceCode: input.provinceCode },
          orderBy: { structure: 'desc' },
          select: { structure: true },
        });
        if (!newest) return [];
        structure = newest.structure;
      }
      const rows = await ctx.db.area.findMany({
        where: { provinceCode: input.provinceCode, structure, ...(input.level ? { level: input.level } : {}) },
        orderBy: { code: 'asc' },
      });
      return rows
        .map(areaFromRow)
        .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code));
    }),
});
