import {
  AreaCodeSchema,
  AreaLevelSchema,
  AreaSchema,
  AreaTagSchema,
  IsoDateSchema,
  PopulationSchema,
  ProvinceCodeSchema,
} from '@pcmbn/domain';
import { z } from 'zod';
import { areaIndexFor, canReadArea, clearAreaIndexCache } from '../auth/scope.js';
import { toDbDate } from '../db/dates.js';
import { areaFromRow } from '../db/mappers.js';
import { forbidden, notFound } from '../errors.js';
import { Prisma } from '../db/client.js';
import { adminProcedure, authedProcedure, createRouter, publicProcedure } from '../trpc.js';
import { provinceLists } from '../areas/lists.js';
import { areaOptions, AreaOptionsInputSchema, AreaOptionsSchema } from '../areas/options.js';

const ProvinceSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  /** Structures (dates) this province has units for, newest first. */
  structures: z.array(IsoDateSchema),
});

const LEVEL_ORDER = { province: 0, district: 1, commune: 2 } as const;
const AREA = { vi: 'địa bàn', en: 'Area' };

export const areaRouter = createRouter({
  provinces: publicProcedure
    .input(z.void())
    .output(z.array(ProvinceSummarySchema))
    .query(({ ctx }) => provinceLists(ctx.db)),

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

  /** The choices of one area picker of the admin console, for the caller (areas/options.ts). */
  options: authedProcedure
    .input(AreaOptionsInputSchema)
    .output(AreaOptionsSchema)
    .query(({ ctx, input }) => areaOptions(ctx.db, ctx.user, input)),

  /**
   * Tags (which targets pick the area: high_risk, key_area, border…) and population figures (denominators of
   * population_reach targets) of one unit. Names, codes and the tree come from the GSO lists and are not edited here.
   */
  update: adminProcedure
    .input(
      z.object({
        code: AreaCodeSchema,
        structure: IsoDateSchema,
        tags: z.array(AreaTagSchema).max(30).optional(),
        /** null clears the figures. */
        population: PopulationSchema.nullable().optional(),
      }),
    )
    .output(AreaSchema)
    .mutation(async ({ ctx, input }) => {
      const where = { code_structure: { code: input.code, structure: toDbDate(input.structure) } };
      const row = await ctx.db.area.findUnique({ where });
      if (!row) throw notFound(AREA, `${input.code} (${input.structure})`);
      const areas = await areaIndexFor(ctx.db, input.structure);
      if (!canReadArea(ctx.user, input.code, areas))
        throw forbidden({ vi: 'Địa bàn ngoài phạm vi quản lý của bạn', en: 'That area is outside your scope' });
      const before = areaFromRow(row);
      const population =
        input.population === undefined
          ? undefined
          : input.population === null || Object.keys(input.population).length === 0
            ? null
            : input.population;
      const updated = await ctx.db.area.update({
        where,
        data: {
          ...(input.tags ? { tags: [...new Set(input.tags)].sort() } : {}),
          ...(population === undefined ? {} : { population: population === null ? Prisma.DbNull : population }),
        },
      });
      clearAreaIndexCache();
      const after = areaFromRow(updated);
      ctx.audit({ entity: 'area', entityId: `${input.code}@${input.structure}`, before, after });
      return after;
    }),
});
