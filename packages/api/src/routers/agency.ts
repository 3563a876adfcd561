import { AgencyKindSchema, AgencySchema, IdSchema, IsoDateSchema, type Agency } from '@pcmbn/domain';
import { z } from 'zod';
import { areaIndexFor, userProvince } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { todayInVietnam, toDbDate } from '../db/dates.js';
import { agencyFromRow } from '../db/mappers.js';
import { appError, forbidden, notFound } from '../errors.js';
import { adminProcedure, createRouter, publicProcedure } from '../trpc.js';
import { AsOfSchema, ProvinceCodeSchema } from './inputs.js';

const AGENCY = { vi: 'cơ quan', en: 'Agency' };

const field = (path: string, vi: string, en: string) => appError('BAD_REQUEST', 'INVALID_INPUT', { vi, en }, [{ path, vi, en }]);

const AgencyFieldsSchema = z.object({
  name: z.string().trim().min(1, { error: 'Nhập tên cơ quan' }).max(300),
  shortName: z.string().trim().min(1).max(100).nullable().optional(),
  kind: AgencyKindSchema,
  provinceCode: ProvinceCodeSchema.nullable().optional(),
  /** Names and agencies change: a renamed or merged body gets validTo and a successor, never an overwritten name. */
  validFrom: IsoDateSchema.nullable().optional(),
  validTo: IsoDateSchema.nullable().optional(),
  successorId: IdSchema.nullable().optional(),
});

type AgencyFields = z.infer<typeof AgencyFieldsSchema>;

/** The admin's province (null = every province); an agency of another province is outside its scope. */
async function adminProvince(db: DbClient, user: AuthUser): Promise<string | null> {
  if (user.scopeAreaCode === null) return null;
  if (user.scopeAreaCode.length === 2) return user.scopeAreaCode;
  const area = await db.area.findFirst({ where: { code: user.scopeAreaCode }, orderBy: { structure: 'desc' } });
  return area ? userProvince(user, await areaIndexFor(db, area.structure.toISOString().slice(0, 10))) : user.scopeAreaCode;
}

async function checkAgency(db: DbClient, user: AuthUser, id: string, next: { provinceCode: string | null; validFrom: string | null; validTo: string | null; successorId: string | null }): Promise<void> {
  const province = await adminProvince(db, user);
  if (province !== null && next.provinceCode !== province) {
    throw forbidden({ vi: 'Bạn chỉ quản lý được cơ quan của tỉnh mình', en: 'You can only manage agencies of your province' });
  }
  if (next.validFrom && next.validTo && next.validFrom > next.validTo) {
    throw field('validTo', 'Ngày hết hiệu lực phải sau ngày có hiệu lực', 'The end date must follow the start date');
  }
  if (next.successorId) {
    if (next.successorId === id) throw field('successorId', 'Cơ quan không thể kế nhiệm chính nó', 'An agency cannot succeed itself');
    // Follow the chain: a successor that leads back here would make agencyNameAt loop.
    let cursor: string | null = next.successorId;
    const seen = new Set<string>();
    while (cursor) {
      if (cursor === id || seen.has(cursor)) throw field('successorId', 'Chuỗi cơ quan kế nhiệm bị vòng lặp', 'The successor chain loops');
      seen.add(cursor);
      const row: { successorId: string | null } | null = await db.agency.findUnique({ where: { id: cursor }, select: { successorId: true } });
      if (!row) {
        if (cursor === next.successorId) throw field('successorId', `Không có cơ quan "${cursor}"`, `No agency "${cursor}"`);
        break;
      }
      cursor = row.successorId;
    }
  }
}

const dbDate = (iso: string | null) => (iso ? toDbDate(iso) : null);

function rowData(fields: { name: string; shortName: string | null; kind: Agency['kind']; provinceCode: string | null; validFrom: string | null; validTo: string | null; successorId: string | null }) {
  return { ...fields, validFrom: dbDate(fields.validFrom), validTo: dbDate(fields.validTo) };
}

function merged(before: Agency | null, input: Partial<AgencyFields>) {
  const pick = <K extends keyof AgencyFields>(k: K, fallback: string | null) => (input[k] === undefined ? fallback : (input[k] as string | null));
  return {
    name: input.name ?? before?.name ?? '',
    shortName: pick('shortName', before?.shortName ?? null),
    kind: input.kind ?? before?.kind ?? 'other',
    provinceCode: pick('provinceCode', before?.provinceCode ?? null),
    validFrom: pick('validFrom', before?.validFrom ?? null),
    validTo: pick('validTo', before?.validTo ?? null),
    successorId: pick('successorId', before?.successorId ?? null),
  };
}

export const agencyRouter = createRouter({
  /** Agencies in force on `asOf` (default: today in Vietnam), optionally of one province; `all` adds past and future ones. */
  list: publicProcedure
    .input(z.object({ provinceCode: ProvinceCodeSchema.optional(), asOf: AsOfSchema, all: z.boolean().optional() }).default({}))
    .output(z.array(AgencySchema))
    .query(async ({ ctx, input }) => {
      const asOf = toDbDate(input.asOf ?? todayInVietnam());
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
        orderBy: [{ provinceCode: 'asc' }, { name: 'asc' }],
      });
      return rows.map(agencyFromRow);
    }),

  create: adminProcedure
    .input(AgencyFieldsSchema.extend({ id: IdSchema }))
    .output(AgencySchema)
    .mutation(async ({ ctx, input }) => {
      if (await ctx.db.agency.findUnique({ where: { id: input.id } })) {
        const messages = { vi: `Mã cơ quan "${input.id}" đã có`, en: `Agency id "${input.id}" is taken` };
        throw appError('CONFLICT', 'AGENCY_ID_TAKEN', messages, [{ path: 'id', ...messages }]);
      }
      const next = merged(null, input);
      await checkAgency(ctx.db, ctx.user, input.id, next);
      const row = await ctx.db.agency.create({ data: { id: input.id, ...rowData(next) } });
      const after = agencyFromRow(row);
      ctx.audit({ entity: 'agency', entityId: row.id, after });
      return after;
    }),

  update: adminProcedure
    .input(AgencyFieldsSchema.partial().extend({ id: IdSchema }))
    .output(AgencySchema)
    .mutation(async ({ ctx, input }) => {
      const row = await ctx.db.agency.findUnique({ where: { id: input.id } });
      if (!row) throw notFound(AGENCY, input.id);
      const before = agencyFromRow(row);
      const province = await adminProvince(ctx.db, ctx.user);
      if (province !== null && row.provinceCode !== province) throw notFound(AGENCY, input.id);
      const next = merged(before, input);
      await checkAgency(ctx.db, ctx.user, input.id, next);
      const updated = await ctx.db.agency.update({ where: { id: input.id }, data: rowData(next) });
      const after = agencyFromRow(updated);
      ctx.audit({ entity: 'agency', entityId: row.id, before, after });
      return after;
    }),
});
