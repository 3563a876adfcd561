import { env } from '$env/dynamic/private';
import { createApiClient, isApiError, type ApiClient, type ApiErrorData } from '@pcmbn/api/client';
import { error } from '@sveltejs/kit';

export type { ApiClient };

const DEFAULT_API_URL = 'http://127.0.0.1:4000';
let cached: { url: string; client: ApiClient } | undefined;

function client(): ApiClient {
  const url = env['API_URL'] || DEFAULT_API_URL;
  if (cached?.url !== url) cached = { url, client: createApiClient(url) };
  return cached.client;
}

/**
 * Calls the PCMBN API from the server. Whatever goes wrong reaches people as a short Vietnamese message on the
 * error page (the API's own message when it answered 4xx), never as a stack trace.
 */
export async function fromApi<T>(call: (api: ApiClient) => Promise<T>): Promise<T> {
  try {
    return await call(client());
  } catch (cause) {
    const data = apiErrorData(cause);
    if (data && data.httpStatus >= 400 && data.httpStatus < 500) {
      error(data.httpStatus, { message: data.messages.vi });
    }
    console.error('[api] call failed:', cause instanceof Error ? cause.message : cause);
    error(503, { message: 'Không kết nối được với máy chủ dữ liệu. Vui lòng thử lại sau ít phút.' });
  }
}

/** Like `fromApi`, for parts of a page that can be left out (the page still renders) when the API is down. */
export async function fromApiOrNull<T>(call: (api: ApiClient) => Promise<T>): Promise<T | null> {
  try {
    return await call(client());
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
