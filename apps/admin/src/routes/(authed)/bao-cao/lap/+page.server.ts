import { can, formatDateTimeVi } from '@pcmbn/domain';
import { api, fromApi, formErrors } from '$lib/server/api';
import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { field } from '$lib/form';
import { readDateInput } from '$lib/components/ui/date-input';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function key(params: URLSearchParams) {
  const planId = params.get('plan') ?? '';
  const ruleId = params.get('rule') ?? '';
  const period = params.get('period') ?? '';
  const agencyId = params.get('agency') ?? '';
  if (!planId || !ruleId || !period || !agencyId)
    error(404, { message: 'Thiếu thông tin báo cáo (kế hoạch, chế độ, kỳ, cơ quan).' });
  return { planId, ruleId, period, agencyId };
}

export const load: PageServerLoad = async ({ url, locals }) => {
  const k = key(url.searchParams);
  const asOf = url.searchParams.get('asOf') ?? '';
  const [due, plan, report] = await Promise.all([
    fromApi((a) => a.report.due.query({ planId: k.planId, agencyId: k.agencyId, ...(ISO.test(asOf) ? { asOf } : {}) })),
    // The plan's number and title only: its summary, not the whole document (the page was over 1 s, issue 15.4).
    fromApi((a) => a.plan.list.query({})).then((plans) => plans.find((p) => p.id === k.planId)),
    fromApi((a) => a.report.get.query(k)),
  ]);
  const item = due.items.find((i) => i.ruleId === k.ruleId && i.label === k.period);
  if (!item || !plan) error(404, { message: 'Không tìm thấy kỳ báo cáo này.' });
  // The download form as typed, when /bao-cao/tai-ve sent it back refused.
  const typed = (name: string) => url.searchParams.get(name) ?? '';
  const issue = { number: typed('number'), place: typed('place'), signer: typed('signer'), date: typed('ngay') };
  return {
    issue,
    issueDateError: readDateInput(issue.date).error ?? null,
    key: k,
    item,
    asOf: due.asOf,
    plan: { id: plan.id, code: plan.code, title: plan.title },
    // Marking a report sent on paper (the lifecycle below is the officers').
    canSubmit: can(locals.user, 'report.markOnPaper'),
    today: due.asOf,
    report: { ...report, history: report.history.map((h) => ({ ...h, atText: formatDateTimeVi(h.at) })) },
  };
};

/** The narrative and signer as typed, kept on a refused save. */
function narrativeForm(form: FormData) {
  return {
    narrative: {
      results: field(form, 'results'),
      difficulties: field(form, 'difficulties'),
      proposals: field(form, 'proposals'),
    },
    signerName: field(form, 'signerName').trim(),
    signerTitle: field(form, 'signerTitle').trim(),
    number: field(form, 'reportNumber').trim(),
  };
}

function refused<T extends object>(action: string, cause: unknown, typed: T) {
  const e = formErrors(cause);
  return fail(e.status, { action, message: e.message, messageEn: e.messageEn, fields: e.fields, ...typed });
}

export const actions: Actions = {
  save: async ({ request, url }) => {
    const k = key(url.searchParams);
    const typed = narrativeForm(await request.formData());
    try {
      await api().report.save.mutate({
        ...k,
        narrative: typed.narrative,
        signerName: typed.signerName || null,
        signerTitle: typed.signerTitle || null,
      });
      return { done: 'saved' as const };
    } catch (cause) {
      return refused('save', cause, typed);
    }
  },
  send: async ({ request, url }) => {
    const k = key(url.searchParams);
    const typed = narrativeForm(await request.formData());
    try {
      await api().report.save.mutate({
        ...k,
        narrative: typed.narrative,
        signerName: typed.signerName || null,
        signerTitle: typed.signerTitle || null,
      });
      await api().report.submit.mutate({ ...k, ...(typed.number ? { number: typed.number } : {}) });
      return { done: 'sent' as const };
    } catch (cause) {
      return refused('send', cause, typed);
    }
  },
  accept: async ({ url }) => {
    const k = key(url.searchParams);
    try {
      await api().report.accept.mutate(k);
      return { done: 'accepted' as const };
    } catch (cause) {
      return refused('accept', cause, {});
    }
  },
  giveBack: async ({ request, url }) => {
    const k = key(url.searchParams);
    const reason = field(await request.formData(), 'reason').trim();
    try {
      await api().report.return.mutate({ ...k, reason });
      return { done: 'returned' as const };
    } catch (cause) {
      return refused('giveBack', cause, { reason });
    }
  },
  submit: async ({ request, url }) => {
    const k = key(url.searchParams);
    const form = await request.formData();
    const number = field(form, 'number').trim();
    const submittedOn = field(form, 'submittedOn').trim();
    // Typed dd/mm/yyyy in its DateInput; a text that is no day is refused beside the field, nothing sent.
    const day = readDateInput(submittedOn);
    const dayFields: Record<string, string> = day.error ? { submittedOn: day.error } : {};
    if (day.error)
      return fail(400, {
        action: 'submit' as const,
        message: 'Chưa đánh dấu đã nộp: ngày nộp không hợp lệ.',
        messageEn: 'Not marked as submitted: the date is not valid.',
        fields: dayFields,
        number,
        submittedOn,
      });
    try {
      await api().report.markSubmitted.mutate({
        ...k,
        ...(number ? { number } : {}),
        ...(day.day ? { submittedOn: day.day } : {}),
      });
      return { done: 'submitted' as const };
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, {
        action: 'submit' as const,
        message: e.message,
        messageEn: e.messageEn,
        fields: e.fields,
        number,
        submittedOn,
      });
    }
  },
  undo: async ({ url }) => {
    const k = key(url.searchParams);
    try {
      await api().report.undoSubmitted.mutate(k);
      return { done: 'undone' as const };
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, {
        action: 'undo' as const,
        message: e.message,
        messageEn: e.messageEn,
        fields: e.fields,
        number: '',
        submittedOn: '',
      });
    }
  },
};
