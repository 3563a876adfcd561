import { z } from 'zod';
import { writeAudit } from '../auth/audit.js';
import { deskCovers, deskProvinces } from '../help/desk.js';
import { listHelpRequests, storeHelpRequest } from '../help/requests.js';
import { newReceipt } from '../help/receipt.js';
import { HelpHandleSchema, HelpListInputSchema, HelpRequestViewSchema, HelpSubmitSchema } from '../help/schemas.js';
import { appError, forbidden, notFound } from '../errors.js';
import type { RateLimit } from '../server/rate-limit.js';
import { retentionFromEnv } from '../server/retention.js';
import { authedProcedure, createRouter, publicProcedure, rateLimit, telemetryProcedure } from '../trpc.js';
import type { Context } from '../server/context.js';

/**
 * Per address: ten messages at once, then one every two minutes — a person may correct and resend, a commune behind
 * one carrier-grade NAT address may send a few a day, a bot gets thirty an hour (and its honeypot gives it away).
 */
export const HELP_SUBMIT_LIMIT: RateLimit = { capacity: 10, refillPerSecond: 1 / 120 };

const NO_DESK = {
  vi: 'Tài khoản của bạn không thuộc bộ phận tiếp nhận tin nhắn xin giúp đỡ (quản trị cấp tỉnh hoặc cán bộ Công an tỉnh)',
  en: 'Your account is not on the help desk (province administrators and provincial police officers)',
};

const alreadyHandled = () =>
  appError('CONFLICT', 'CONFLICT', { vi: 'Yêu cầu này đã được xử lý', en: 'This request has already been handled' });

async function deskOf(ctx: Pick<Context, 'db'> & { user: NonNullable<Context['user']> }) {
  const agency = ctx.user.agencyId
    ? await ctx.db.agency.findUnique({ where: { id: ctx.user.agencyId }, select: { kind: true } })
    : null;
  const desk = deskProvinces(ctx.user, agency?.kind ?? null);
  if (desk !== 'all' && desk.length === 0) throw forbidden(NO_DESK);
  return desk;
}

export const helpRouter = createRouter({
  /** What the public page says about keeping messages: how many days before they are deleted. */
  policy: publicProcedure
    .input(z.void())
    .output(z.object({ retentionDays: z.number().int().positive() }))
    .query(() => ({ retentionDays: retentionFromEnv().helpRequests })),

  /**
   * A message to the province's hotline desk. One INSERT, no transaction and no audit row: the audit log would keep
   * the sender's address for years, and the request row is the record. The rate limit's bucket keys on the address
   * (as for search) and goes with the idle buckets after a day. A filled honeypot gets a receipt and stores nothing.
   */
  submit: telemetryProcedure
    .use(rateLimit('help.submit', HELP_SUBMIT_LIMIT))
    .input(HelpSubmitSchema)
    .output(z.object({ receipt: z.string() }))
    .mutation(async ({ ctx, input }) => {
      if (input.website) return { receipt: newReceipt() };
      return { receipt: await storeHelpRequest(ctx.db, input) };
    }),

  /** The desk's list, newest first. Each read is audited (who looked at which province's list), never the messages. */
  list: authedProcedure
    .input(HelpListInputSchema)
    .output(
      z.object({
        provinces: z.union([z.literal('all'), z.array(z.string())]),
        requests: z.array(HelpRequestViewSchema),
      }),
    )
    .query(async ({ ctx, input }) => {
      const desk = await deskOf(ctx);
      if (input.provinceCode && !deskCovers(desk, input.provinceCode)) throw forbidden(NO_DESK);
      const provinces = input.provinceCode ? [input.provinceCode] : desk;
      const requests = await listHelpRequests(ctx.db, provinces, input.status);
      await writeAudit(ctx.rootDb, { userId: ctx.user.id, requestId: ctx.requestId, ip: ctx.ip }, 'help.list', [
        { entity: 'helpRequest', after: { provinces, status: input.status, shown: requests.map((r) => r.receipt) } },
      ]);
      return { provinces: desk, requests };
    }),

  /** Marks a request handled, with what was done. Once: a second officer sees who handled it and when. */
  handle: authedProcedure
    .input(HelpHandleSchema)
    .output(z.object({ id: z.string(), handledAt: z.date() }))
    .mutation(async ({ ctx, input }) => {
      const desk = await deskOf(ctx);
      const row = await ctx.db.helpRequest.findUnique({ where: { id: input.id } });
      if (!row || !deskCovers(desk, row.provinceCode))
        throw notFound({ vi: 'yêu cầu giúp đỡ', en: 'help request' }, input.id);
      if (row.handledAt) throw alreadyHandled();
      const handledAt = new Date();
      // Two officers at once: the second finds it handled (the WHERE holds the first one's row).
      const { count } = await ctx.db.helpRequest.updateMany({
        where: { id: row.id, handledAt: null },
        data: { handledAt, handledById: ctx.user.id, handledNote: input.note },
      });
      if (count === 0) throw alreadyHandled();
      // The note may say things about the person: the audit keeps that it was handled, not what was written.
      ctx.audit({ entity: 'helpRequest', entityId: row.id, after: { receipt: row.receipt, handledAt } });
      return { id: row.id, handledAt };
    }),
});
