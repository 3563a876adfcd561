import { env } from '$env/dynamic/private';
import { createApiClient } from '@pcmbn/api/client';
import { error } from '@sveltejs/kit';

export type ApiClient = ReturnType<typeof createApiClient>;

const DEFAULT_API_URL = 'http://127.0.0.1:4000';
let cached: { url: string; client: ApiClient } | undefined;

function client(): ApiClient {
  const url = env['API_URL'] || DEFAULT_API_URL;
  if (cached?.url !== url) cached = { url, client: createApiClient(url) };
  return cached.client;
}

/**
 * Calls the PCMBN API from the server. Whatever goes wrong reaches the reader as a short Vietnamese message
 * on the error page (with the API's own status when it answered), never as a stack trace.
 */
export async function fromApi<T>(call: (api: ApiClient) => Promise<T>): Promise<T> {
  try {
    return await call(client());
  } catch (cause) {
    const status = httpStatusOf(cause);
    if (status === 404) error(404, { message: 'Không tìm thấy dữ liệu được yêu cầu.' });
    if (status !== undefined && status >= 400 && status < 500) {
      error(status, { message: 'Yêu cầu không hợp lệ. Vui lòng kiểm tra lại địa chỉ trang.' });
    }
    console.error('[api] call failed:', cause instanceof Error ? cause.message : cause);
    error(503, {
      message: 'Không kết nối được với máy chủ dữ liệu. Vui lòng thử lại sau ít phút.',
    });
  }
}

/** The HTTP status the API answered with, when it answered at all (tRPC puts it in `error.data.httpStatus`). */
function httpStatusOf(cause: unknown): number | undefined {
  if (typeof cause !== 'object' || cause === null || !('data' in cause)) return undefined;
  const data: unknown = cause.data;
  if (typeof data !== 'object' || data === null || !('httpStatus' in data)) return undefined;
  return typeof data.httpStatus === 'number' ? data.httpStatus : undefined;
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
