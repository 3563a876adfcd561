import { IsoDateSchema } from '@pcmbn/domain';
import { z } from 'zod';
import { toDbDate } from '../db/dates.js';
import { contactFromRow } from '../db/mappers.js';
import type { DbClient } from '../db/client.js';

/** Whom to call: the numbers contact.current and public.home/contacts answer. */
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

/** Numbers in force on `asOf`: national ones plus the province's own. */
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
