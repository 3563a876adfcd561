import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms/server';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { api, formErrors } from '$lib/server/api';
import { safeNext, setSessionCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';
import { field, type Bilingual } from '$lib/form';

// What the form can tell before asking the API (which checks the email's form again and the password itself).
const SignIn = zod4(
  z.object({
    email: z
      .string()
      .trim()
      .min(1, { error: 'Nhập email', abort: true })
      .regex(/^[^\s@]+@[^\s@]+$/, { error: 'Email không hợp lệ' }),
    password: z.string().min(1, { error: 'Nhập mật khẩu' }),
  }),
);

export const load: PageServerLoad = ({ locals, url }) => {
  const next = safeNext(url.searchParams.get('next'), url);
  if (locals.user) redirect(303, locals.user.mustChangePassword ? '/tai-khoan/doi-mat-khau' : next);
  return { next };
};

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const posted = await request.formData();
    const next = safeNext(field(posted, 'next'), url);
    const form = await superValidate<{ email: string; password: string }, Bilingual>(posted, SignIn, {
      allowFiles: false,
    });
    const { email, password } = form.data;
    // The password never goes back to the page; the email is shown again.
    form.data.password = '';
    if (!form.valid) return fail(400, { form });

    let result;
    try {
      result = await api(null).auth.login.mutate({ email, password, transport: 'token' });
    } catch (cause) {
      const e = formErrors(cause);
      form.message = { vi: e.message, en: e.messageEn };
      for (const [path, msg] of Object.entries(e.fields))
        if (path in form.data) form.errors[path as keyof typeof form.data] = [msg];
      return fail(e.status, { form });
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
