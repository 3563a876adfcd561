import { env } from '$env/dynamic/private';
import { json, type RequestHandler } from '@sveltejs/kit';

/**
 * Same-origin door to the API for the kiosk's browser: kiosk.* procedures only. Keeping the API behind the app's
 * own origin means no CORS, and the service worker and CSP ('connect-src self') see one origin.
 */
const DEFAULT_API_URL = 'http://127.0.0.1:4000';
const ALLOWED = /^kiosk\.[A-Za-z]+$/;

const forward: RequestHandler = async ({ request, params, url, getClientAddress }) => {
  const procedures = (params.path ?? '').split(',');
  if (procedures.length === 0 || !procedures.every((p) => ALLOWED.test(p))) {
    return json({ error: { message: 'Không tìm thấy / Not found' } }, { status: 404 });
  }
  const target = `${(env['API_URL'] || DEFAULT_API_URL).replace(/\/+$/, '')}/trpc/${params.path}${url.search}`;
  const headers = new Headers();
  for (const name of ['authorization', 'content-type', 'x-request-id']) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set('x-forwarded-for', getClientAddress());
  try {
    const res = await fetch(target, {
      method: request.method,
      headers,
      ...(request.method === 'POST' ? { body: await request.text() } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    return new Response(res.body, {
      status: res.status,
      headers: { 'content-type': res.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' },
    });
  } catch {
    // The kiosk treats this like being offline and tries again later.
    return json({ error: { message: 'Không kết nối được máy chủ dữ liệu / API unreachable' } }, { status: 502 });
  }
};

export const GET = forward;
export const POST = forward;
