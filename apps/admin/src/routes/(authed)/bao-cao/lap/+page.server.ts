import { can, formatDateTimeVi } from '@pcmbn/domain';
import { api, fromApi, formErrors } from '$lib/server/api';
import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { field } from '$lib/form';

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
    fromApi((a) => a.plan.get.query({ id: k.planId })),
    fromApi((a) => a.report.get.query(k)),
  ]);
  const item = due.items.find((i) => i.ruleId === k.ruleId && i.label === k.period);
  if (!item) error(404, { message: 'Không tìm thấy kỳ báo cáo này.' });
  return {
    key: k,
    item,
    asOf: due.asOf,
    plan: { id: plan.plan.id, code: plan.plan.code, title: plan.plan.title },
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
    try {
      await api().report.markSubmitted.mutate({
        ...k,
        ...(number ? { number } : {}),
        ...(submittedOn ? { submittedOn } : {}),
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
