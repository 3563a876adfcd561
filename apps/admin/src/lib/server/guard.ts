import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { API_DOWN } from './api';
import { signInUrl } from './session';

/** The signed-in user, or a redirect to the sign-in page (and to the password change while one is required). */
export function requireUser(
  event: Pick<RequestEvent, 'locals' | 'url'>,
  options: { allowPendingPasswordChange?: boolean } = {},
) {
  const { locals, url } = event;
  if (locals.apiUnavailable) error(503, { message: API_DOWN });
  if (!locals.user) redirect(303, signInUrl(url));
  if (locals.user.mustChangePassword && !options.allowPendingPasswordChange) {
    const next = url.pathname + url.search;
    redirect(
      303,
      next === '/' ? '/tai-khoan/doi-mat-khau' : `/tai-khoan/doi-mat-khau?next=${encodeURIComponent(next)}`,
    );
  }
  return locals.user;
}
