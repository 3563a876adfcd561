import type { Handle, HandleServerError } from '@sveltejs/kit';
import { api, apiErrorData } from '$lib/server/api';
import { requireUser } from '$lib/server/guard';
import { clearSessionCookie, sessionCookieName } from '$lib/server/session';

/** Pages anyone may open; everything else needs a signed-in user (deny by default, whatever later routes forget).
 * The field app (/thuc-dia) is a prerendered shell that must start offline; its endpoints check the officer's
 * session or field credential themselves (routes/thuc-dia/api). */
const PUBLIC_PATHS = ['/dang-nhap', '/dang-xuat', '/thuc-dia'];
/** Pages a user who must change the password may still open. */
const PASSWORD_CHANGE_PATHS = ['/tai-khoan/doi-mat-khau', '/dang-xuat'];

const under = (path: string, roots: string[]) => roots.some((root) => path === root || path.startsWith(`${root}/`));

/** Loads the session (auth.me with the token from our cookie) into locals, then applies the guard. */
export const handle: Handle = async ({ event, resolve }) => {
  event.locals.user = null;
  const secure = event.url.protocol === 'https:';
  event.locals.token = event.cookies.get(sessionCookieName(secure)) ?? null;
  event.locals.apiUnavailable = false;
  if (event.locals.token) {
    try {
      event.locals.user = await api(event.locals.token).auth.me.query();
    } catch (cause) {
      const data = apiErrorData(cause);
      if (data?.httpStatus === 401) {
        // Expired or revoked: forget it.
        clearSessionCookie(event.cookies, secure);
        event.locals.token = null;
      } else if (data?.httpStatus === 403) {
        // Valid session, but the API refuses auth.me (cannot happen today): treat as signed out.
        event.locals.token = null;
      } else {
        console.error('[auth] session check failed:', cause instanceof Error ? cause.message : cause);
        event.locals.apiUnavailable = true;
      }
    }
  }

  const path = event.url.pathname;
  // API down: let the page's guard answer 503 with the error page (an error thrown here would get the bare one).
  if (!event.locals.apiUnavailable && !under(path, PUBLIC_PATHS)) {
    requireUser(event, { allowPendingPasswordChange: under(path, PASSWORD_CHANGE_PATHS) });
  }
  const response = await resolve(event);
  // Records, users, the audit log: what a signed-in officer sees must stay out of every cache (the browser's too,
  // where Back on a shared computer after signing out would show it). The redirects and errors as well.
  if (!event.locals.token) return response;
  try {
    response.headers.set('cache-control', 'no-store');
    return response;
  } catch {
    // A response passed through from fetch has immutable headers.
    const copy = new Response(response.body, response);
    copy.headers.set('cache-control', 'no-store');
    return copy;
  }
};

/** Unexpected errors are logged here and shown to people as one Vietnamese sentence. */
export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status !== 404) console.error(`[${event.url.pathname}]`, error);
  return {
    message: status === 404 ? 'Không tìm thấy trang này.' : 'Đã có lỗi xảy ra. Vui lòng thử lại sau.',
  };
};
