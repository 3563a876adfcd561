import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { agencyRouter } from './routers/agency.js';
import { areaRouter } from './routers/area.js';
import { auditRouter } from './routers/audit.js';
import { authRouter } from './routers/auth.js';
import { contactRouter } from './routers/contact.js';
import { helpRouter } from './routers/help.js';
import { kioskRouter } from './routers/kiosk.js';
import { mapRouter } from './routers/map.js';
import { contentRouter } from './routers/content.js';
import { dashboardRouter } from './routers/dashboard.js';
import { planRouter } from './routers/plan.js';
import { publicRouter } from './routers/public.js';
import { recordRouter } from './routers/record.js';
import { reportRouter } from './routers/report.js';
import { userRouter } from './routers/user.js';
import { inboxRouter } from './inbox/router.js';
import { createRouter } from './trpc.js';

/** Router keys are noun then verb: `plan.list`, `contact.current`. */
export const appRouter = createRouter({
  area: areaRouter,
  agency: agencyRouter,
  plan: planRouter,
  record: recordRouter,
  dashboard: dashboardRouter,
  contact: contactRouter,
  kiosk: kioskRouter,
  public: publicRouter,
  content: contentRouter,
  auth: authRouter,
  user: userRouter,
  audit: auditRouter,
  report: reportRouter,
  map: mapRouter,
  help: helpRouter,
  inbox: inboxRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
