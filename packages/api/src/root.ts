import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { agencyRouter } from './routers/agency.js';
import { areaRouter } from './routers/area.js';
import { contactRouter } from './routers/contact.js';
import { planRouter } from './routers/plan.js';
import { createRouter } from './trpc.js';

/** Router keys are noun then verb: `plan.list`, `contact.current`. */
export const appRouter = createRouter({
  area: areaRouter,
  agency: agencyRouter,
  plan: planRouter,
  contact: contactRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
