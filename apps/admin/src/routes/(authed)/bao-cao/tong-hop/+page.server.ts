import { REPORT_SENDER_STATE_LABELS, reportLatenessVi, signerOn } from '@pcmbn/domain';
import { error } from '@sveltejs/kit';
import { fromApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';
import { readDateInput } from '$lib/components/ui/date-input';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The province report of one period: each sender's report state, then the compiled DOCX (issue 13 item 4). */
export const load: PageServerLoad = async ({ url }) => {
  const planId = url.searchParams.get('plan') ?? '';
  const ruleId = url.searchParams.get('rule') ?? '';
  const period = url.searchParams.get('period') ?? '';
  const asOf = url.searchParams.get('asOf') ?? '';
  if (!planId || !ruleId || !period) error(404, { message: 'Thiếu thông tin kỳ báo cáo (kế hoạch, chế độ, kỳ).' });
  const [due, plan] = await Promise.all([
    fromApi((a) => a.report.due.query({ planId, ...(ISO.test(asOf) ? { asOf } : {}) })),
    // The plan's number and title only: its summary, not the whole document.
    fromApi((a) => a.plan.list.query({})).then((plans) => plans.find((p) => p.id === planId)),
  ]);
  const items = due.items.filter((i) => i.ruleId === ruleId && i.label === period);
  const first = items[0];
  if (!first || !plan) error(404, { message: 'Không tìm thấy kỳ báo cáo này.' });
  // The receiving body's signer on the day (issue 13.3: the signer comes from the agency); the officer may change it.
  const signers = await fromApi((a) => a.agency.signers.query({ agencyId: first.toAgencyId }));
  // The download form as typed, when /bao-cao/tai-ve sent it back refused.
  const typed = (name: string) => url.searchParams.get(name);
  const issue = { number: typed('number') ?? '', date: typed('ngay') ?? '' };
  return {
    issue,
    issueDateError: readDateInput(issue.date).error ?? null,
    signerName: typed('signer') ?? signerOn(signers, first.toAgencyId, due.asOf)?.name ?? '',
    key: { planId, ruleId, period },
    asOf: due.asOf,
    plan: { code: plan.code, title: plan.title },
    toAgencyName: first.toAgencyName,
    dueDate: first.dueDate,
    periodRange: first.period,
    senders: items.map((i) => ({
      agencyId: i.agencyId,
      agencyName: i.agencyName,
      stateLabel: REPORT_SENDER_STATE_LABELS[i.state].vi,
      lateness: i.status === 'overdue' ? (reportLatenessVi(i, due.asOf) ?? '') : '',
      submittedOn: i.submittedOn,
    })),
    accepted: items.filter((i) => i.state === 'accepted').length,
    error: url.searchParams.get('loi'),
  };
};
