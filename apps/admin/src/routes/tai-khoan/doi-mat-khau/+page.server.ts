import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms/server';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from '@pcmbn/domain';
import { api, formErrors } from '$lib/server/api';
import { requireUser } from '$lib/server/guard';
import { safeNext } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';
import { field, type Bilingual } from '$lib/form';

// The domain's length rule, counted in code points as the API counts (an emoji is one character, not two UTF-16
// units); the API checks it again with the rest of its policy (common, repeated or personal passwords).
const ChangePassword = zod4(
  z
    .object({
      currentPassword: z.string().min(1, { error: 'Nhập mật khẩu hiện tại' }),
      newPassword: z.string().refine((p) => [...p].length >= PASSWORD_MIN_LENGTH, {
        error: `Mật khẩu mới phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`,
      }),
      confirmPassword: z.string(),
    })
    .refine((v) => v.confirmPassword === v.newPassword, {
      error: 'Mật khẩu nhập lại không khớp',
      path: ['confirmPassword'],
    }),
);
type Passwords = { currentPassword: string; newPassword: string; confirmPassword: string };

export const load: PageServerLoad = (event) => {
  const user = requireUser(event, { allowPendingPasswordChange: true });
  return { required: user.mustChangePassword, next: safeNext(event.url.searchParams.get('next'), event.url) };
};

export const actions: Actions = {
  default: async (event) => {
    requireUser(event, { allowPendingPasswordChange: true });
    const posted = await event.request.formData();
    const next = safeNext(field(posted, 'next'), event.url);
    const form = await superValidate<Passwords, Bilingual>(posted, ChangePassword, { allowFiles: false });
    const { currentPassword, newPassword } = form.data;
    // No password goes back to the page.
    form.data = { currentPassword: '', newPassword: '', confirmPassword: '' };
    if (!form.valid) return fail(400, { form });

    try {
      await api().auth.changePassword.mutate({ currentPassword, newPassword });
    } catch (cause) {
      const e = formErrors(cause);
      form.message = { vi: e.message, en: e.messageEn };
      for (const [path, msg] of Object.entries(e.fields))
        if (path in form.data) form.errors[path as keyof Passwords] = [msg];
      return fail(e.status, { form });
    }
    redirect(303, next);
  },
};
