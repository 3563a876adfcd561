import { redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { clearSessionCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so only by POST (a link or prefetch must not sign anyone out).
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ locals, cookies, url }) => {
    if (locals.token) {
      try {
        await api(locals.token).auth.logout.mutate();
      } catch (cause) {
        // The cookie goes anyway; the API session then simply expires.
        console.error('[auth] logout failed:', cause instanceof Error ? cause.message : cause);
      }
    }
    clearSessionCookie(cookies, url.protocol === 'https:');
    redirect(303, '/dang-nhap');
  },
};
