import { REPORT_SENDER_STATE_LABELS, addDays, reportLatenessVi } from '@pcmbn/domain';
import { fromApi } from '$lib/server/api';
import { readDateInput } from '$lib/components/ui/date-input';
import type { PageServerLoad } from './$types';
import { STATUSES, type DueStatus } from './status';

/** Due and overdue reports of one plan (the first the user may read unless ?plan= names one), as of a day. */
export const load: PageServerLoad = async ({ url }) => {
  const plans = await fromApi((api) => api.plan.list.query({}));
  // dd/mm/yyyy typed in the filter, yyyy-mm-dd from a link; a text that is no day is refused beside the field.
  const asOfTyped = (url.searchParams.get('asOf') ?? '').trim();
  const { day: asOfDay, error: asOfError } = readDateInput(asOfTyped);
  const statusParam = url.searchParams.get('status') ?? '';
  const status = STATUSES.includes(statusParam as DueStatus) ? (statusParam as DueStatus) : undefined;
  const requested = url.searchParams.get('plan');
  // By default a plan that still owes reports (its last yearly report falls due within a year of its end), not one
  // that ended years ago and would open on a page of reports nobody will send.
  const today = new Date().toISOString().slice(0, 10);
  const owing = plans.find((p) => p.status !== 'archived' && addDays(p.period.to, 366) >= (asOfDay ?? today));
  const planId = plans.some((p) => p.id === requested) ? (requested as string) : (owing ?? plans[0])?.id;
  // By default the periods around asOf (a year either side): a plan that ended years ago does not flood the list
  // with reports owed long ago; "Tất cả các kỳ" shows them, each as what it is ("Không nộp").
  const all = url.searchParams.get('ky') === 'tat-ca';
  const due = planId
    ? await fromApi((api) =>
        api.report.due.query({
          planId,
          ...(asOfDay ? { asOf: asOfDay } : {}),
          ...(status ? { status } : {}),
        }),
      )
    : null;
  const asOf = due?.asOf ?? '';
  const every = (due?.items ?? []).map((i) => ({
    ...i,
    stateLabel: REPORT_SENDER_STATE_LABELS[i.state].vi,
    lateness: i.status === 'overdue' ? (reportLatenessVi(i, asOf) ?? '') : '',
  }));
  const items = all ? every : every.filter((i) => i.dueDate >= addDays(asOf, -366) && i.dueDate <= addDays(asOf, 366));
  return {
    plans: plans.map((p) => ({ id: p.id, code: p.code, title: p.title })),
    planId: planId ?? '',
    status: status ?? '',
    all,
    asOf,
    /** What the field shows: the day used, or the refused text as typed. */
    asOfText: asOfError ? asOfTyped : asOf,
    asOfError: asOfError ?? null,
    items,
    hidden: every.length - items.length,
    missing: every.filter((i) => i.dueDate < addDays(asOf, -366) && i.state === 'late').length,
    error: url.searchParams.get('loi'),
  };
};
