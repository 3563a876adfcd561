import { initTRPC } from '@trpc/server';
import type { Logger } from 'pino';
import superjson from 'superjson';
import type { Db } from './db/client.js';
import { describeError } from './errors.js';

// ---------------------------------------------------------------------------------------------------------------
// 1. Context: what every procedure gets. Built per request by the HTTP server (src/server/http.ts).
// ---------------------------------------------------------------------------------------------------------------

export interface Context {
  db: Db;
  log: Logger;
  requestId: string;
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Init: superjson on the wire (Dates survive), one errorFormatter for every error.
// ---------------------------------------------------------------------------------------------------------------

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Never ship stack traces, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error, ctx }) {
    const details = describeError(error);
    return {
      message: `${details.messages.vi} / ${details.messages.en}`,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        appCode: details.appCode,
        messages: details.messages,
        fields: details.fields,
        requestId: ctx?.requestId ?? null,
      },
    };
  },
});

export const createRouter = t.router;
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;

// ---------------------------------------------------------------------------------------------------------------
// 3. Procedures. Auth builders (authedProcedure, adminProcedure, officerProcedure(scope)) narrow ctx here,
//    never inline in handlers; the foundation has only public reads.
// ---------------------------------------------------------------------------------------------------------------

export const publicProcedure = t.procedure;
