import { fromApi, fromApiOrNull } from '$lib/server/api';
import { parseDateCell } from '@pcmbn/domain';
import type { PageServerLoad } from './$types';

/** Dashboard of one plan (?plan=), as of a date (?asOf=), with one target drawn over time and on the grid (?target=). */
export const load: PageServerLoad = async ({ url }) => {
  const plans = await fromApi((a) => a.plan.list.query());
  const requested = url.searchParams.get('plan');
  const summary = plans.find((p) => p.id === requested) ?? plans.find((p) => p.status === 'published') ?? plans[0];
  if (!summary) return { plans, selected: null };
  // dd/mm/yyyy from the form, yyyy-mm-dd from an older link.
  const rawAsOf = (url.searchParams.get('asOf') ?? '').trim();
  const asOf = rawAsOf === '' ? undefined : parseDateCell(rawAsOf);
  const asOfError =
    rawAsOf !== '' && !asOf ? `Ngày “${rawAsOf}” không hợp lệ; ghi theo dạng dd/mm/yyyy, ví dụ 31/12/2019.` : null;
  const planId = summary.id;
  const [got, status, byArea] = await Promise.all([
    fromApi((a) => a.plan.get.query({ id: planId })),
    fromApi((a) => a.plan.status.query({ id: planId, ...(asOf ? { asOf } : {}) })),
    fromApi((a) => a.dashboard.byArea.query({ planId, level: 'district', ...(asOf ? { asOf } : {}) })),
  ]);
  const targets = got.plan.targets;
  const requestedTarget = url.searchParams.get('target');
  const target =
    targets.find((t) => t.id === requestedTarget) ?? targets.find((t) => t.kind === 'area_coverage') ?? targets[0];
  // A finished plan is drawn over its whole period; one still running, up to the date asked.
  const to =
    asOf && asOf < got.plan.period.to ? (asOf < got.plan.period.from ? got.plan.period.from : asOf) : undefined;
  const [overTime, grid, overdue, coverageMap] = await Promise.all([
    fromApi((a) => a.dashboard.overTime.query({ planId, every: 'quarter', ...(to ? { to } : {}) })),
    target
      ? fromApi((a) => a.dashboard.coverageGrid.query({ planId, targetId: target.id, ...(asOf ? { asOf } : {}) }))
      : Promise.resolve(null),
    // The reports feature's API; the card is left out when it does not answer.
    fromApiOrNull((a) => a.report.due.query({ planId, status: 'overdue', ...(asOf ? { asOf } : {}) })),
    // The commune map of the chosen target (issue 15 item 5); left out when the API cannot draw it.
    fromApiOrNull((a) => a.map.planCoverage.query({ planId, targetId: target?.id, ...(asOf ? { asOf } : {}) })),
  ]);
  return {
    plans,
    selected: {
      id: planId,
      plan: got.plan,
      status,
      byArea,
      overTime,
      grid,
      targetId: target?.id ?? null,
      overdue: overdue?.items ?? null,
      coverageMap,
      asOfError,
    },
  };
};
