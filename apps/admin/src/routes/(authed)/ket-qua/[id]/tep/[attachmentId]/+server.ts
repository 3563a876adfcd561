import { error } from '@sveltejs/kit';
import { apiUrl } from '$lib/server/api';
import { requireUser } from '$lib/server/guard';
import type { RequestHandler } from './$types';

/** Streams an attachment from the API with the user's token; the API decides who may read it. */
export const GET: RequestHandler = async (event) => {
  requireUser(event);
  const res = await fetch(`${apiUrl()}/files/attachments/${encodeURIComponent(event.params.attachmentId)}`, {
    headers: event.locals.token ? { authorization: `Bearer ${event.locals.token}` } : {},
  }).catch(() => null);
  if (!res) error(503, { message: 'Không kết nối được với máy chủ dữ liệu.' });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { messages?: { vi?: string } } } | null;
    error(res.status, { message: body?.error?.messages?.vi ?? 'Không tải được tệp.' });
  }
  const headers = new Headers();
  for (const h of [
    'content-type',
    'content-length',
    'content-disposition',
    'x-content-type-options',
    'content-security-policy',
    'cache-control',
  ]) {
    const v = res.headers.get(h);
    if (v) headers.set(h, v);
  }
  return new Response(res.body, { headers });
};
