import { fromApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';
import { STATUSES, type DueStatus } from './status';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Due and overdue reports of one plan (the first the user may read unless ?plan= names one), as of a day. */
export const load: PageServerLoad = async ({ url }) => {
  const plans = await fromApi((api) => api.plan.list.query({}));
  const asOfParam = url.searchParams.get('asOf') ?? '';
  const statusParam = url.searchParams.get('status') ?? '';
  const status = STATUSES.includes(statusParam as DueStatus) ? (statusParam as DueStatus) : undefined;
  const requested = url.searchParams.get('plan');
  const planId = plans.some((p) => p.id === requested) ? (requested as string) : plans[0]?.id;
  const due = planId
    ? await fromApi((api) =>
        api.report.due.query({
          planId,
          ...(ISO.test(asOfParam) ? { asOf: asOfParam } : {}),
          ...(status ? { status } : {}),
        }),
      )
    : null;
  return {
    plans: plans.map((p) => ({ id: p.id, code: p.code, title: p.title })),
    planId: planId ?? '',
    status: status ?? '',
    asOf: due?.asOf ?? '',
    items: due?.items ?? [],
    error: url.searchParams.get('loi'),
  };
};
