import { fail, redirect } from '@sveltejs/kit';
import { api, formErrors } from '$lib/server/api';
import { requireUser } from '$lib/server/guard';
import { safeNext } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';
import { field } from '$lib/form';

/** Same rule as the API (length only, 12 to 200 characters); the API checks again. */
const MIN_LENGTH = 12;

export const load: PageServerLoad = (event) => {
  const user = requireUser(event, { allowPendingPasswordChange: true });
  return { required: user.mustChangePassword, next: safeNext(event.url.searchParams.get('next'), event.url) };
};

export const actions: Actions = {
  default: async (event) => {
    requireUser(event, { allowPendingPasswordChange: true });
    const form = await event.request.formData();
    const currentPassword = field(form, 'currentPassword');
    const newPassword = field(form, 'newPassword');
    const confirm = field(form, 'confirmPassword');
    const next = safeNext(field(form, 'next'), event.url);

    const fields: Record<string, string> = {};
    if (!currentPassword) fields.currentPassword = 'Nhập mật khẩu hiện tại';
    // Code points, as the API counts (an emoji is one character, not two UTF-16 units).
    if ([...newPassword].length < MIN_LENGTH) fields.newPassword = `Mật khẩu mới phải có ít nhất ${MIN_LENGTH} ký tự`;
    if (confirm !== newPassword) fields.confirmPassword = 'Mật khẩu nhập lại không khớp';
    if (Object.keys(fields).length > 0) return fail(400, { fields, message: null, messageEn: null });

    try {
      await api().auth.changePassword.mutate({ currentPassword, newPassword });
    } catch (cause) {
      const e = formErrors(cause);
      return fail(e.status, { fields: e.fields, message: e.message, messageEn: e.messageEn });
    }
    redirect(303, next);
  },
};
