import { env } from '$env/dynamic/private';
import { getRequestEvent } from '$app/server';
import { createApiClient, isApiError, type ApiClient, type ApiErrorData } from '@pcmbn/api/client';
import { error, redirect } from '@sveltejs/kit';
import { signInUrl } from './session';

export type { ApiClient, ApiErrorData };

const DEFAULT_API_URL = 'http://127.0.0.1:4000';

export function apiUrl(): string {
  return env['API_URL'] || DEFAULT_API_URL;
}

/**
 * A client for the current request: the signed-in user's token as a Bearer header (never a cookie, so the API's
 * CSRF rule does not apply to us) and the browser's address for the API's throttling and audit log.
 */
export function api(token?: string | null): ApiClient {
  let forwardedFor: string | null = null;
  let sessionToken = token;
  try {
    const event = getRequestEvent();
    forwardedFor = event.getClientAddress();
    if (sessionToken === undefined) sessionToken = event.locals.token;
  } catch {
    // Outside a request (should not happen on the server): no token, no address.
  }
  return createApiClient(apiUrl(), { token: sessionToken ?? null, forwardedFor });
}

/**
 * Calls the PCMBN API from the server as the signed-in user. Whatever goes wrong reaches people as a short
 * Vietnamese message on the error page (the API's own message when it answered 4xx), never as a stack trace;
 * an expired session sends them to the sign-in page.
 */
export async function fromApi<T>(call: (api: ApiClient) => Promise<T>): Promise<T> {
  try {
    return await call(api());
  } catch (cause) {
    const data = apiErrorData(cause);
    if (data?.httpStatus === 401) {
      const event = getRequestEvent();
      redirect(303, signInUrl(event.url));
    }
    if (data && data.httpStatus >= 400 && data.httpStatus < 500) {
      error(data.httpStatus, { message: data.messages.vi });
    }
    console.error('[api] call failed:', cause instanceof Error ? cause.message : cause);
    error(503, { message: API_DOWN });
  }
}

export const API_DOWN = 'Không kết nối được với máy chủ dữ liệu. Vui lòng thử lại sau ít phút.';

/** Like `fromApi`, for parts of a page that can be left out (the page still renders) when the API is down. */
export async function fromApiOrNull<T>(call: (api: ApiClient) => Promise<T>): Promise<T | null> {
  try {
    return await call(api());
  } catch (cause) {
    console.error('[api] optional call failed:', cause instanceof Error ? cause.message : cause);
    return null;
  }
}

/** The API's error data (appCode, messages, fields), or undefined for a network failure or a bug. */
export function apiErrorData(cause: unknown): ApiErrorData | undefined {
  if (!isApiError(cause)) return undefined;
  const data: unknown = cause.data;
  return typeof data === 'object' && data !== null && 'httpStatus' in data && 'messages' in data
    ? (data as ApiErrorData)
    : undefined;
}

/** For form actions: the API's field errors by path, and its message, for `fail(status, …)`. */
export function formErrors(cause: unknown): {
  status: number;
  message: string;
  messageEn: string;
  fields: Record<string, string>;
} {
  const data = apiErrorData(cause);
  if (!data) {
    console.error('[api] action failed:', cause instanceof Error ? cause.message : cause);
    return {
      status: 503,
      message: API_DOWN,
      messageEn: 'The data server cannot be reached. Please try again in a few minutes.',
      fields: {},
    };
  }
  const fields: Record<string, string> = {};
  for (const f of data.fields) fields[f.path] ??= f.vi;
  return { status: data.httpStatus, message: data.messages.vi, messageEn: data.messages.en, fields };
}
