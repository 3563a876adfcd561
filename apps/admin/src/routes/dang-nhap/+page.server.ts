import { fail, redirect } from '@sveltejs/kit';
import { api, formErrors } from '$lib/server/api';
import { safeNext, setSessionCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';
import { field } from '$lib/form';

export const load: PageServerLoad = ({ locals, url }) => {
  const next = safeNext(url.searchParams.get('next'), url);
  if (locals.user) redirect(303, locals.user.mustChangePassword ? '/tai-khoan/doi-mat-khau' : next);
  return { next };
};

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const email = field(form, 'email').trim();
    const password = field(form, 'password');
    const next = safeNext(field(form, 'next'), url);

    const fields: Record<string, string> = {};
    if (!email) fields.email = 'Nhập email';
    else if (!/^[^\s@]+@[^\s@]+$/.test(email)) fields.email = 'Email không hợp lệ';
    if (!password) fields.password = 'Nhập mật khẩu';
    if (Object.keys(fields).length > 0) return fail(400, { email, fields, message: null, messageEn: null });

    let result;
    try {
      result = await api(null).auth.login.mutate({ email, password, transport: 'token' });
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { email, fields: e.fields, message: e.message, messageEn: e.messageEn });
    }
    setSessionCookie(cookies, result.token!, url.protocol === 'https:');
    if (result.user.mustChangePassword) {
      redirect(
        303,
        next === '/' ? '/tai-khoan/doi-mat-khau' : `/tai-khoan/doi-mat-khau?next=${encodeURIComponent(next)}`,
      );
    }
    redirect(303, next);
  },
};
