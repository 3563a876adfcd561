import { z } from 'zod';
import { IsoDateSchema } from '@pcmbn/domain';
import { authedProcedure, createRouter } from '../trpc.js';
import { InboxSummarySchema } from './schemas.js';
import { inboxSummary } from './summary.js';

export const inboxRouter = createRouter({
  /** Việc cần làm: what waits for the caller (approvals, returned records, drafts, due reports, targets, kiosks). */
  summary: authedProcedure
    .input(z.object({ asOf: IsoDateSchema.optional() }).default({}))
    .output(InboxSummarySchema)
    .query(({ ctx, input }) => inboxSummary(ctx.db, ctx.user, input.asOf)),
});
