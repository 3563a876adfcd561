import { env } from '$env/dynamic/private';
import { createApiClient, isApiError, type ApiClient, type ApiErrorData } from '@pcmbn/api/client';
import { error, type RequestEvent } from '@sveltejs/kit';
import { splitLang } from '$lib/i18n';

export type { ApiClient };

const DEFAULT_API_URL = 'http://127.0.0.1:4000';

/**
 * A client per request carrying the reader's address (X-Forwarded-For), so that the API's per-IP rate limit counts
 * readers, not this server. The API believes the header only from its trusted proxies (loopback by default).
 */
function client(event: Pick<RequestEvent, 'getClientAddress'>): ApiClient {
  let forwardedFor: string | null;
  try {
    forwardedFor = event.getClientAddress();
  } catch {
    forwardedFor = null;
  }
  return createApiClient(env['API_URL'] || DEFAULT_API_URL, { forwardedFor });
}

type Event = Pick<RequestEvent, 'getClientAddress' | 'url'>;

/**
 * Calls the PCMBN API from the server. Whatever goes wrong reaches people as a short message on the error page
 * (the API's own message when it answered 4xx), never as a stack trace.
 */
export async function fromApi<T>(event: Event, call: (api: ApiClient) => Promise<T>): Promise<T> {
  try {
    return await call(client(event));
  } catch (cause) {
    const data = apiErrorData(cause);
    const lang = splitLang(event.url.pathname).lang;
    if (data && data.httpStatus >= 400 && data.httpStatus < 500) {
      error(data.httpStatus, { message: lang === 'en' ? data.messages.en : data.messages.vi });
    }
    console.error('[api] call failed:', cause instanceof Error ? cause.message : cause);
    error(503, { message: 'Không kết nối được với máy chủ dữ liệu. Vui lòng thử lại sau ít phút.' });
  }
}

/** Like `fromApi`, for parts of a page that can be left out (the page still renders) when the API is down. */
export async function fromApiOrNull<T>(event: Event, call: (api: ApiClient) => Promise<T>): Promise<T | null> {
  try {
    return await call(client(event));
  } catch (cause) {
    console.error('[api] optional call failed:', cause instanceof Error ? cause.message : cause);
    return null;
  }
}

function apiErrorData(cause: unknown): ApiErrorData | undefined {
  if (!isApiError(cause)) return undefined;
  const data: unknown = cause.data;
  return typeof data === 'object' && data !== null && 'httpStatus' in data && 'messages' in data
    ? (data as ApiErrorData)
    : undefined;
}
