import { AgencySignerSchema, IdSchema, IsoDateSchema, ProvinceCodeSchema, todayInHoChiMinh } from '@pcmbn/domain';
import { z } from 'zod';
import { adminProvince, checkAgency, lockAgencyLinks } from '../agencies/checks.js';
import { findAgency, writeMembers } from '../agencies/load.js';
import { agencySigners, removeSigner, setSigner, SignerKeySchema } from '../agencies/signers.js';
import { AgencyCreateSchema, AgencyOutSchema, AgencyUpdateSchema, merged, rowData } from '../agencies/schemas.js';
import { toDbDate } from '../db/dates.js';
import { AGENCY_MEMBERS, agencyFromRow } from '../db/mappers.js';
import { appError, notFound } from '../errors.js';
import { authedProcedure, createRouter, permittedProcedure, publicProcedure } from '../trpc.js';

const AGENCY = { vi: 'cơ quan', en: 'Agency' };

export const agencyRouter = createRouter({
  /** Agencies in force on `asOf` (default: today in Vietnam), optionally of one province; `all` adds past and future ones. */
  list: publicProcedure
    .input(
      z
        .object({
          provinceCode: ProvinceCodeSchema.optional(),
          asOf: IsoDateSchema.optional(),
          all: z.boolean().optional(),
        })
        .default({}),
    )
    .output(z.array(AgencyOutSchema))
    .query(async ({ ctx, input }) => {
      const asOf = toDbDate(input.asOf ?? todayInHoChiMinh());
      const rows = await ctx.db.agency.findMany({
        where: {
          ...(input.provinceCode ? { provinceCode: input.provinceCode } : {}),
          ...(input.all
            ? {}
            : {
                AND: [
                  { OR: [{ validFrom: null }, { validFrom: { lte: asOf } }] },
                  { OR: [{ validTo: null }, { validTo: { gte: asOf } }] },
                ],
              }),
        },
        include: AGENCY_MEMBERS,
        orderBy: [{ provinceCode: 'asc' }, { name: 'asc' }],
      });
      return rows.map(agencyFromRow);
    }),

  create: permittedProcedure('admin.manage')
    .input(AgencyCreateSchema)
    .output(AgencyOutSchema)
    .mutation(async ({ ctx, input }) => {
      await lockAgencyLinks(ctx.db);
      if (await ctx.db.agency.findUnique({ where: { id: input.id }, select: { id: true } })) {
        const messages = { vi: `Mã cơ quan "${input.id}" đã có`, en: `Agency id "${input.id}" is taken` };
        throw appError('CONFLICT', 'AGENCY_ID_TAKEN', messages, [{ path: 'id', ...messages }]);
      }
      const next = merged(null, input);
      await checkAgency(ctx.db, ctx.user, input.id, next);
      await ctx.db.agency.create({ data: { id: input.id, ...rowData(next) } });
      await writeMembers(ctx.db, input.id, next.memberIds);
      const after = (await findAgency(ctx.db, input.id))!;
      ctx.audit({ entity: 'agency', entityId: input.id, after });
      return after;
    }),

  update: permittedProcedure('admin.manage')
    .input(AgencyUpdateSchema)
    .output(AgencyOutSchema)
    .mutation(async ({ ctx, input }) => {
      await lockAgencyLinks(ctx.db);
      const before = await findAgency(ctx.db, input.id);
      if (!before) throw notFound(AGENCY, input.id);
      const province = await adminProvince(ctx.db, ctx.user);
      if (province !== null && (before.provinceCode ?? null) !== province) throw notFound(AGENCY, input.id);
      const next = merged(before, input);
      await checkAgency(ctx.db, ctx.user, input.id, next);
      await ctx.db.agency.update({ where: { id: input.id }, data: rowData(next) });
      if (input.memberIds !== undefined) await writeMembers(ctx.db, input.id, next.memberIds);
      const after = (await findAgency(ctx.db, input.id))!;
      ctx.audit({ entity: 'agency', entityId: input.id, before, after });
      return after;
    }),

  /** Who signs the agency's reports, newest entry first (issue 13.3: "the signer's title and name come from the agency"). */
  signers: authedProcedure
    .input(z.object({ agencyId: IdSchema }))
    .output(z.array(AgencySignerSchema))
    .query(({ ctx, input }) => agencySigners(ctx.db, input.agencyId)),

  /** Sets who signs from a date on (same date: replaced); an admin of the agency's province. */
  signerSet: permittedProcedure('admin.manage')
    .input(AgencySignerSchema)
    .output(AgencySignerSchema)
    .mutation(async ({ ctx, input }) => {
      const { before, after } = await setSigner(ctx.db, ctx.user, input);
      ctx.audit({ entity: 'agency_signer', entityId: input.agencyId, before, after });
      return after;
    }),

  /** Removes one signer entry. */
  signerRemove: permittedProcedure('admin.manage')
    .input(SignerKeySchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const before = await removeSigner(ctx.db, ctx.user, input.agencyId, input.validFrom);
      ctx.audit({ entity: 'agency_signer', entityId: input.agencyId, before, after: null });
      return { ok: true as const };
    }),
});
