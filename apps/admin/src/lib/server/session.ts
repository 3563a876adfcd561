import type { Cookies } from '@sveltejs/kit';

/** The admin app's own httpOnly cookie holding the API session token (the browser never sees the API). */
export const SESSION_COOKIE = 'pcmbn_admin_session';
/** The API ends a session after 12 h idle and 7 days at most; the cookie may live as long as the longest. */
const MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export function setSessionCookie(cookies: Cookies, token: string, secure: boolean): void {
  cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: MAX_AGE_SECONDS });
}

export function clearSessionCookie(cookies: Cookies, secure: boolean): void {
  cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/** Only paths of this site (src/lib/server/safe-next.ts). */
export { safeNext } from './safe-next';

/** Where to send a signed-out visitor of `url`. */
export function signInUrl(url: URL): string {
  const next = url.pathname + url.search;
  return next === '/' ? '/dang-nhap' : `/dang-nhap?next=${encodeURIComponent(next)}`;
}
