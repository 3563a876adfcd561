import type { Cookies } from '@sveltejs/kit';

/**
 * The admin app's own httpOnly cookie holding the API session token (the browser never sees the API). Over HTTPS it
 * is `__Host-pcmbn_admin_session`: browsers then accept it only with Secure, Path=/ and no Domain, so neither a
 * sibling subdomain nor a plain-http page on the network can set or overwrite it (session fixation). Browsers refuse
 * a `__Host-` cookie without Secure, and Secure cookies sent over plain http are refused as well (except by some on
 * localhost), so the app served over http (localhost in development and the tests) keeps the bare name.
 */
export const SESSION_COOKIE = 'pcmbn_admin_session';
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** The cookie's name for a site served over HTTPS (`secure`) or plain http. */
export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}
/** The API ends a session after 12 h idle and 7 days at most; the cookie may live as long as the longest. */
const MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export function setSessionCookie(cookies: Cookies, token: string, secure: boolean): void {
  cookies.set(sessionCookieName(secure), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: MAX_AGE_SECONDS,
  });
}

export function clearSessionCookie(cookies: Cookies, secure: boolean): void {
  cookies.delete(sessionCookieName(secure), { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/** Only paths of this site (src/lib/server/safe-next.ts). */
export { safeNext } from './safe-next';

/** Where to send a signed-out visitor of `url`. */
export function signInUrl(url: URL): string {
  const next = url.pathname + url.search;
  return next === '/' ? '/dang-nhap' : `/dang-nhap?next=${encodeURIComponent(next)}`;
}
