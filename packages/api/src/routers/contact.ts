import { IsoDateSchema, ProvinceCodeSchema, todayInHoChiMinh } from '@pcmbn/domain';
import { z } from 'zod';
import { ContactSchema, currentContacts } from '../content/contacts.js';
import { createRouter, publicProcedure } from '../trpc.js';

export const contactRouter = createRouter({
  /**
   * Numbers in force on `asOf` (default today in Vietnam): national ones plus the province's own.
   * The national hotline is 18001567 until 18/9/2025 and 111 from 19/9/2025 (Nghị định 162/2025/NĐ-CP).
   */
  current: publicProcedure
    .input(z.object({ provinceCode: ProvinceCodeSchema.optional(), asOf: IsoDateSchema.optional() }).default({}))
    .output(z.object({ asOf: IsoDateSchema, contacts: z.array(ContactSchema) }))
    .query(async ({ ctx, input }) => {
      const asOf = input.asOf ?? todayInHoChiMinh();
      return { asOf, contacts: await currentContacts(ctx.db, asOf, input.provinceCode) };
    }),
});
