import { IsoDateSchema } from '@pcmbn/domain';
import { z } from 'zod';
import { todayInVietnam, toDbDate } from '../db/dates.js';
import { contactFromRow } from '../db/mappers.js';
import type { DbClient } from '../db/client.js';
import { createRouter, publicProcedure } from '../trpc.js';
import { AsOfSchema, ProvinceCodeSchema } from './inputs.js';

export const ContactSchema = z.object({
  id: z.string(),
  /** national_hotline | emergency | support | local */
  kind: z.string(),
  provinceCode: z.string().optional(),
  number: z.string(),
  label: z.object({ vi: z.string(), en: z.string().optional(), km: z.string().optional() }),
  free: z.boolean(),
  hours: z.string().optional(),
  validFrom: IsoDateSchema.optional(),
  validTo: IsoDateSchema.optional(),
  sourceRef: z.string().optional(),
});
export type Contact = z.infer<typeof ContactSchema>;

/** Numbers in force on `asOf`: national ones plus the province's own (shared with public.home/contacts). */
export async function currentContacts(db: DbClient, asOf: string, provinceCode?: string): Promise<Contact[]> {
  const day = toDbDate(asOf);
  const rows = await db.contact.findMany({
    where: {
      AND: [
        { OR: [{ provinceCode: null }, ...(provinceCode ? [{ provinceCode }] : [])] },
        { OR: [{ validFrom: null }, { validFrom: { lte: day } }] },
        { OR: [{ validTo: null }, { validTo: { gte: day } }] },
      ],
    },
    orderBy: [{ sortOrder: 'asc' }, { number: 'asc' }],
  });
  return rows.map(contactFromRow);
}

export const contactRouter = createRouter({
  /**
   * Numbers in force on `asOf` (default today in Vietnam): national ones plus the province's own.
   * The national hotline is 18001567 until 18/9/2025 and 111 from 19/9/2025 (Nghị định 162/2025/NĐ-CP).
   */
  current: publicProcedure
    .input(z.object({ provinceCode: ProvinceCodeSchema.optional(), asOf: AsOfSchema }).default({}))
    .output(z.object({ asOf: IsoDateSchema, contacts: z.array(ContactSchema) }))
    .query(async ({ ctx, input }) => {
      const asOf = input.asOf ?? todayInVietnam();
      return { asOf, contacts: await currentContacts(ctx.db, asOf, input.provinceCode) };
    }),
});
