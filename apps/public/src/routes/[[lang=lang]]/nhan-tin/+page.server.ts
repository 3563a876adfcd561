import { env } from '$env/dynamic/private';
import { createApiClient, isApiError, type ApiErrorData } from '@pcmbn/api/client';
import { fail } from '@sveltejs/kit';
import { langOf, messages } from '$lib/i18n';
import { fromApi } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

/**
 * "Nhắn tin xin giúp đỡ" (issue 16 item 6): a plain form POST to the province's hotline desk, no JavaScript. Nothing
 * here is kept: not by the page cache (a page with a form action is never listed in src/lib/server/page-cache.ts),
 * not by the browser (no-store), and a sent message is never written back into the page — only its receipt.
 */

const MESSAGE_MAX = 2_000;

export const load: PageServerLoad = async (event) => {
  event.setHeaders({ 'cache-control': 'private, no-store' });
  const [provinces, policy] = await Promise.all([
    fromApi(event, (api) => api.public.provinces.query()),
    fromApi(event, (api) => api.help.policy.query()),
  ]);
  // The province of the page the reader came from (?tinh=84 from Trà Vinh's page): a former province is now part of
  // another, and its desk is that one's.
  const from = provinces.find((p) => p.code === event.url.searchParams.get('tinh'));
  const preset = from ? (from.current ? from.code : (from.nowPartOf?.code ?? '')) : '';
  return {
    provinces: provinces.filter((p) => p.current).map((p) => ({ code: p.code, name: p.name })),
    preset,
    retentionDays: policy.retentionDays,
    messageMax: MESSAGE_MAX,
  };
};

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

export const actions: Actions = {
  default: async (event) => {
    // No setHeaders here: the page's load runs after the action and sets cache-control (twice is an error).
    const lang = langOf(event.params.lang);
    const t = messages(lang).helpForm;
    const form = await event.request.formData();
    const values = {
      provinceCode: text(form, 'tinh'),
      message: text(form, 'noi-dung').slice(0, MESSAGE_MAX * 2),
      contactPhone: text(form, 'so-dien-thoai').slice(0, 100),
      safeTime: text(form, 'gio-an-toan').slice(0, 200),
    };
    let forwardedFor: string | null = null;
    try {
      forwardedFor = event.getClientAddress();
    } catch {
      // No address (a test server): the API counts this server's.
    }
    const api = createApiClient(env['API_URL'] || 'http://127.0.0.1:4000', { forwardedFor });
    try {
      const { receipt } = await api.help.submit.mutate({ ...values, lang, website: text(form, 'website') });
      return { receipt };
    } catch (cause) {
      const data = isApiError(cause) ? (cause.data as ApiErrorData | undefined) : undefined;
      // What the person wrote comes back only to be corrected, never after a successful send.
      if (data?.httpStatus === 400 && data.fields.length > 0) {
        const errors = [...new Set(data.fields.map((f) => f.path))].map((path) => ({
          field: path,
          message: t.errors[path] ?? (lang === 'en' ? data.messages.en : data.messages.vi),
        }));
        return fail(400, { values, errors });
      }
      if (data?.httpStatus === 429) return fail(429, { values, errors: [{ field: '', message: t.tooMany }] });
      console.error('[nhan-tin] help.submit failed:', cause instanceof Error ? cause.message : cause);
      return fail(503, { values, errors: [{ field: '', message: t.failed }] });
    }
  },
};
